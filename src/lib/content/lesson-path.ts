/**
 * The one definition of where a lesson lives and what it is called. A lesson
 * is `content/<locale>/<path>.md` or `.mdx`; its id is that path without
 * the extension and without a final `index`:
 *
 * | file under `content/<locale>/`  | lesson id                    | page               |
 * | ------------------------------- | ---------------------------- | ------------------ |
 * | `strategies/introduction.mdx`   | `strategies/introduction`    | `/<locale>/strategies/introduction/` |
 * | `regularization/index.mdx`      | `regularization`             | `/<locale>/regularization/` |
 * | `index.mdx`                     | `` (the empty id: home page) | `/<locale>/`       |
 *
 * Decks (`lesson:`), the glossary (`lessons:`), the translation status, the
 * link check and the pages all name lessons this way. It is the id Astro
 * gives the page (each folder and file name slugged, `/index` dropped), so
 * a name that slugging would change is refused rather than renamed behind
 * the author's back.
 */
import { slug } from 'github-slugger';

export const lessonExtensions = ['.md', '.mdx'] as const;

const lessonFilePattern = /\.mdx?$/;
/** `.md` or `.mdx` in any case: `notes.MD` is a lesson named in the wrong case, not some other file. */
const anyCaseLessonFile = /\.mdx?$/i;
/** Markdown extensions Starlight would publish too; the site's tools read only `.md` and `.mdx`. */
const otherMarkdownPattern = /\.(markdown|mdown|mkdn|mkd|mdwn|mdoc)$/i;

/** Whether a file name is a lesson's (`.md` or `.mdx`). */
export function isLessonFile(path: string): boolean {
	return lessonFilePattern.test(path);
}

/** The lesson id of a path under `content/<locale>/`: `regularization/index.mdx` → `regularization`, `index.md` → ``. */
export function lessonId(pathInLocale: string): string {
	const withoutExtension = pathInLocale.replace(lessonFilePattern, '');
	if (withoutExtension === 'index') return '';
	return withoutExtension.endsWith('/index') ? withoutExtension.slice(0, -'/index'.length) : withoutExtension;
}

/** The id of the page Astro's docs collection gives a lesson: `en/regularization`, `en` for the home page. */
export function docsEntryId(locale: string, id: string): string {
	return id === '' ? locale : `${locale}/${id}`;
}

/** The locale and lesson id of a docs collection entry id (`en/regularization` → en, regularization). */
export function lessonOfDocsEntry(entryId: string): { locale: string; id: string } {
	const slash = entryId.indexOf('/');
	return slash < 0 ? { locale: entryId, id: '' } : { locale: entryId.slice(0, slash), id: entryId.slice(slash + 1) };
}

/** The page of a lesson under the site's base: `/course/en/regularization/`. */
export function lessonUrl(base: string, locale: string, id: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${locale}/${id === '' ? '' : `${id}/`}`;
}

/** Files and folders whose name starts with `_` are partials: imported by lessons, never pages. */
export function isPartial(pathInLocale: string): boolean {
	return pathInLocale.split('/').some((part) => part.startsWith('_'));
}

/** What a file under `content/` is, by its path. */
export type ContentFile =
	| { kind: 'lesson'; locale: string; pathInLocale: string; id: string; /** Set for `.MD` or `.Mdx`: read as the lesson it names, so links, decks and the glossary find it, and reported once. */ extensionCase?: { message: string; fix: string } }
	| { kind: 'chapter-label'; locale: string; chapter: string }
	| { kind: 'not-a-lesson' }
	| { kind: 'misplaced'; message: string; fix: string; /** Set when the mistake is the name of this folder (`content/en/Extra/`), which every file in it shares. */ folder?: string };

/** The name of the file that gives a chapter its label in one locale. */
export const chapterLabelFile = 'chapter.yaml';

const nameRule = 'lowercase letters, digits and hyphens';

/**
 * What is wrong with a folder or file name that the page address would
 * change, and the fix: rename it to the address's form of the name, or,
 * when that keeps nothing (`🎉`), to a name of its own, as in `example`.
 * `place` is the path before the name, `suffix` what follows it (`/`, `.md`).
 */
function nameMistake(name: string, what: string, place: string, suffix: string, example: string): { message: string; fix: string } {
	const address = slug(name);
	const also = ', and use that name in links, decks and the glossary';
	if (address === '') return { message: `${what} "${name}" has no letter or digit, so the page address would have no name for it: names are ${nameRule}`, fix: `rename it to a name of ${nameRule} that says what it holds, e.g. ${place}${example}${suffix}${also}` };
	return { message: `the page address would have "${address}", not "${name}": names are ${nameRule}`, fix: `rename it to ${place}${address}${suffix}${also}` };
}

/**
 * Sorts a file under `content/` (path relative to it, with `/`). Folders
 * that are not locales (`figures/`, `glossary/`, …) hold no lessons;
 * `404.md(x)` at the top is the site's not-found page.
 */
export function classifyContentFile(pathInContent: string, localeCodes: readonly string[]): ContentFile {
	const slash = pathInContent.indexOf('/');
	const top = slash < 0 ? pathInContent : pathInContent.slice(0, slash);
	const rest = slash < 0 ? '' : pathInContent.slice(slash + 1);
	const isMarkdown = anyCaseLessonFile.test(pathInContent) || otherMarkdownPattern.test(pathInContent);
	if (!localeCodes.includes(top)) {
		if (slash < 0 && /^404\.mdx?$/.test(pathInContent)) return { kind: 'not-a-lesson' };
		if (!isMarkdown) return { kind: 'not-a-lesson' };
		return {
			kind: 'misplaced',
			message: `this page is outside every locale folder (${localeCodes.map((code) => `content/${code}/`).join(', ')}), so no language would show it`,
			fix: `move it into content/${localeCodes[0] ?? '<locale>'}/ (and its translations into the other locale folders)`,
		};
	}
	const parts = rest.split('/');
	const isLabel = parts.length === 2 && parts[1] === chapterLabelFile;
	if ((!isMarkdown && !isLabel) || isPartial(rest)) return { kind: 'not-a-lesson' };
	const chapter = parts.length > 1 ? parts[0]! : undefined;
	if (chapter !== undefined && slug(chapter) !== chapter) {
		const folder = `content/${top}/${chapter}/`;
		return { kind: 'misplaced', folder, ...nameMistake(chapter, 'the folder name', `content/${top}/`, '/', 'model-evaluation') };
	}
	if (isLabel) return { kind: 'chapter-label', locale: top, chapter: chapter! };
	if (otherMarkdownPattern.test(rest)) {
		return { kind: 'misplaced', message: 'lessons are .md or .mdx files', fix: `rename it to ${rest.replace(otherMarkdownPattern, '.md')}` };
	}
	// The folder's name is right (above), so only the file's can be wrong.
	const name = parts.at(-1)!.replace(anyCaseLessonFile, '');
	if (slug(name) !== name) {
		const place = `content/${top}/${parts.slice(0, -1).map((folder) => `${folder}/`).join('')}`;
		return { kind: 'misplaced', ...nameMistake(name, 'the file name', place, rest.slice(rest.lastIndexOf('.')), 'model-metrics') };
	}
	if (parts.length > 2) {
		return {
			kind: 'misplaced',
			message: 'a lesson sits directly in its chapter folder (content/<locale>/<chapter>/<lesson>.md); deeper folders get no sidebar label',
			fix: `move it to content/${top}/${parts[0]}/${parts.at(-1)}, or make ${parts.slice(0, -1).join('/')} a chapter of its own under content/${top}/`,
		};
	}
	const extension = rest.slice(rest.lastIndexOf('.'));
	if (lessonFilePattern.test(extension)) return { kind: 'lesson', locale: top, pathInLocale: rest, id: lessonId(rest) };
	const renamed = `${rest.slice(0, -extension.length)}${extension.toLowerCase()}`;
	return {
		kind: 'lesson',
		locale: top,
		pathInLocale: rest,
		id: lessonId(renamed),
		extensionCase: { message: `the extension "${extension}" is not in lower case, so Astro would leave the page out: lessons are .md or .mdx files`, fix: `rename it to content/${top}/${renamed}` },
	};
}
