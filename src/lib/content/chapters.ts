/**
 * Chapters: a chapter is a folder under `content/<locale>/`, and its label
 * lives beside its lessons, in `chapter.yaml`, once per locale:
 *
 *     content/en/regularization/chapter.yaml   label: Regularization
 *                                              order: 2
 *     content/tr/regularization/chapter.yaml   label: Düzenlileştirme
 *
 * The order is set once, in the source locale. The sidebar, prev/next links
 * and the trainer's deck list follow the chapters found here, so a new
 * chapter needs no edit anywhere else.
 */
import { z } from 'zod';
import { chapterLabelFile } from './lesson-path.ts';
import type { LessonEntry, LessonIndex, SourceFile } from './lesson-index.ts';
import type { Problem } from './problems.ts';
import { sharedOrders } from './shared-orders.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

export interface Chapter {
	/** The folder's name, the same in every locale. */
	id: string;
	order?: number;
	/** Label by locale code; a locale without its own shows the source locale's. */
	labels: Record<string, string>;
}

export interface Chapters {
	/** In sidebar order: by `order`, then by folder name. */
	chapters: Chapter[];
	/** Source-locale pages outside every chapter (the home page excepted), in sidebar order. */
	topPages: LessonEntry[];
	/** Labels a translation lacks: the sidebar shows the source locale's. */
	untranslated: { locale: string; chapter: string; file: string }[];
	problems: Problem[];
}

const label = z.string({ error: 'expected the chapter\'s name as text, e.g. label: "Regularization"' }).trim().min(1, 'the label must not be empty');
const sourceSchema = z.strictObject({ label, order: z.number({ error: 'expected a number: chapters are listed by it, smallest first' }).optional() });
const translationSchema = z.strictObject({ label });

/** `regularization` for `content/en/regularization/chapter.yaml`. */
const chapterOf = (file: string) => file.split('/').at(-2)!;
const byName = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byOrder = <T extends { order?: number }>(key: (item: T) => string) => (a: T, b: T) =>
	(a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

function readLabel(file: SourceFile, isSource: boolean, problems: Problem[]): { label: string; order?: number; orderLine: number } | undefined {
	const parsed = parseYamlWithLines(file.text);
	if (!parsed.ok) {
		problems.push({ file: file.path, line: parsed.line, message: `not valid YAML: ${parsed.message}`, fix: parsed.fix ?? 'write it as label: Chapter name (quote it if it contains ": ")' });
		return undefined;
	}
	const result = (isSource ? sourceSchema : translationSchema).safeParse(parsed.yaml.data ?? {});
	if (result.success) return { ...result.data, orderLine: parsed.yaml.lineOf(['order']) };
	for (const issue of result.error.issues) {
		const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
		problems.push({
			file: file.path,
			line: parsed.yaml.lineOf(unknownKey ? [unknownKey] : issue.path),
			at: `field "${unknownKey ?? issue.path.join('.')}"`,
			message: unknownKey === 'order' ? 'the order of chapters is set once, in the source locale\'s chapter.yaml' : unknownKey ? `a chapter.yaml has only label${isSource ? ' and order' : ''}` : issue.message,
			...(unknownKey ? { fix: `remove "${unknownKey}:"` } : {}),
		});
	}
	return undefined;
}

/** The chapters of the index's lessons, with their labels from `chapter.yaml`. */
export function readChapters(index: Pick<LessonIndex, 'locales' | 'lessons' | 'chapterLabels' | 'problems'>): Chapters {
	const [sourceLocale = 'en'] = index.locales;
	const problems: Problem[] = [];
	const sourceLessons = index.lessons.filter((lesson) => lesson.locale === sourceLocale);
	const inFolder = (lesson: LessonEntry) => lesson.file.slice(`content/${sourceLocale}/`.length).includes('/');
	const folders = new Set(sourceLessons.filter(inFolder).map((lesson) => lesson.id.split('/')[0]!));
	const labelFiles = new Map(index.chapterLabels.map((file) => [file.path, file]));
	const chapters: Chapter[] = [];
	const orders: { id: string; file: string; line: number; order?: number }[] = [];
	const untranslated: Chapters['untranslated'] = [];
	for (const id of folders) {
		const sourceFile = `content/${sourceLocale}/${id}/${chapterLabelFile}`;
		const file = labelFiles.get(sourceFile);
		if (!file) {
			problems.push({ file: sourceFile, message: `the chapter folder content/${sourceLocale}/${id}/ has no label file`, fix: `create ${sourceFile} with a line "label: …" (its name in the sidebar) and, to place it, "order: <number>"` });
			continue;
		}
		const source = readLabel(file, true, problems);
		if (!source) continue;
		const chapter: Chapter = { id, ...(source.order !== undefined ? { order: source.order } : {}), labels: { [sourceLocale]: source.label } };
		orders.push({ id, file: sourceFile, line: source.orderLine, ...(source.order !== undefined ? { order: source.order } : {}) });
		for (const locale of index.locales.slice(1)) {
			const path = `content/${locale}/${id}/${chapterLabelFile}`;
			const translated = labelFiles.get(path);
			const own = translated ? readLabel(translated, false, problems) : undefined;
			if (own) chapter.labels[locale] = own.label;
			else if (!translated) untranslated.push({ locale, chapter: id, file: path });
		}
		chapters.push(chapter);
	}
	for (const file of index.chapterLabels) {
		const id = chapterOf(file.path);
		if (folders.has(id)) continue;
		const folder = `content/${sourceLocale}/${id}/`;
		if (file.path.startsWith(folder)) {
			// A lesson file the index refused (a name to change, say) is the mistake to fix; once it is, the chapter has its lesson.
			if (!index.problems.some((problem) => problem.file.startsWith(folder))) problems.push({ file: file.path, message: `the chapter ${folder} has no lessons yet, so the sidebar has nothing to show under this label`, fix: `add its first lesson (a .md or .mdx file in ${folder}), or delete this file until the chapter has one` });
			continue;
		}
		// A label beside the source locale's label of a chapter without lessons: that one is reported.
		if (labelFiles.has(`${folder}${chapterLabelFile}`)) continue;
		problems.push({ file: file.path, message: `there is no ${sourceLocale} chapter "${id}" (a folder of lessons under content/${sourceLocale}/) for this label`, fix: 'rename its folder to match a chapter, or delete it' });
	}
	const topPages = sourceLessons.filter((lesson) => lesson.id !== '' && !inFolder(lesson)).sort(byOrder((lesson) => lesson.id));
	problems.push(...sharedOrders(orders.sort(byName), 'order', 'give each chapter its own order: chapters are listed by it, smallest first'));
	for (const group of [...[...folders].sort().map((id) => sourceLessons.filter((lesson) => lesson.id === id || lesson.id.startsWith(`${id}/`))), topPages]) {
		const lessons = [...group].sort(byName).map((lesson) => ({ file: lesson.file, line: lesson.orderLine ?? 1, ...(lesson.order !== undefined ? { order: lesson.order } : {}) }));
		problems.push(...sharedOrders(lessons, 'sidebar.order', 'give each lesson of the chapter its own sidebar.order, in the order readers should take them'));
	}
	return { chapters: chapters.sort(byOrder((chapter) => chapter.id)), topPages, untranslated, problems };
}

/** Lesson ids in reading order: chapter by chapter, each by its sidebar order, then the pages outside chapters. */
export function readingOrder(chapters: Chapters, lessons: readonly LessonEntry[], sourceLocale: string): string[] {
	const source = lessons.filter((lesson) => lesson.locale === sourceLocale);
	const inChapter = (chapter: string) => source.filter((lesson) => lesson.id === chapter || lesson.id.startsWith(`${chapter}/`)).sort(byOrder((lesson) => lesson.id));
	return [...chapters.chapters.flatMap((chapter) => inChapter(chapter.id).map((lesson) => lesson.id)), ...chapters.topPages.map((lesson) => lesson.id)];
}
