/**
 * The lesson files on disk, for the lesson index: every file under
 * `content/` that is (or might wrongly be) a page, plus the chapter labels,
 * and the frontmatter check with Starlight's own docs schema, so a field
 * Starlight would reject is reported with its line before Astro reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, parse as parsePath } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { unknownFields } from '../lib/content/schema-fields.ts';
import { chapterLabelFile } from '../lib/content/lesson-path.ts';
import { fieldIssue } from '../lib/content/value-fixes.ts';
import type { FieldIssue, LessonEntry, SourceFile } from '../lib/content/lesson-index.ts';
import type { Problem } from '../lib/content/problems.ts';
import { decodeText, fencedLines, lineFinder } from '../lib/content/text.ts';
import { svgProblem } from '../lib/content/svg-check.ts';
import { lessonFrontmatter } from '../lib/lesson-schema.ts';
import { walkFiles } from './file-walk.ts';

const pageFile = /\.(md|mdx|markdown|mdown|mkdn|mkd|mdwn|mdoc)$/i;

/**
 * Every page-like file and chapter label under `content/`, paths from the
 * project root, and the problems of reading them: a file that is not UTF-8
 * (it is still listed, so other checks do not report it missing) and a link
 * to a folder that contains it.
 */
export function readContentFiles(root: string): { files: SourceFile[]; problems: Problem[] } {
	const dir = join(root, 'content');
	const walk = walkFiles(dir);
	const fromRoot = (path: string) => `content/${path.slice(dir.length + 1).split('\\').join('/')}`;
	const problems: Problem[] = walk.loops.map((path) => ({
		file: fromRoot(path),
		line: 1,
		message: 'a link to a folder that contains it, so its lessons would be read again inside themselves without end',
		fix: 'remove the link, or point it to a folder outside this one',
	}));
	const files = walk.files
		.filter((path) => pageFile.test(path) || basename(path) === chapterLabelFile)
		.map((path) => {
			const { text, problem } = decodeText(readFileSync(path));
			if (problem) problems.push({ file: fromRoot(path), ...problem });
			return { path: fromRoot(path), text };
		});
	return { files, problems };
}

/** Hero images are checked on disk (below); here any path is accepted. */
const frontmatterSchema = docsSchema({ extend: lessonFrontmatter })({ image: () => z.string() } as unknown as Parameters<ReturnType<typeof docsSchema>>[0]);

/** Starlight's verdict on a lesson's frontmatter, field by field, and the fields it would drop unread. */
export function checkFrontmatter(data: unknown): FieldIssue[] {
	const result = frontmatterSchema.safeParse(data);
	const invalid = result.success ? [] : result.error.issues.map((issue) => fieldIssue(issue, data));
	// "slug:" is refused with its own message (lesson-index.ts).
	return [...invalid, ...unknownFields(frontmatterSchema, data).filter((issue) => issue.path.join('.') !== 'slug')];
}

/** Images a lesson shows: Markdown images `![alt](path)` and a hero's `file:`. */
const imageReference = /!\[[^\]\n]*\]\(\s*<?([^\s)>]+)|^\s+file:\s*['"]?([^'"\n]+?)['"]?\s*$/gm;

/**
 * Images named by relative path that do not exist (Astro would stop on the
 * first with a stack trace), and SVG figures that are not well-formed (Astro
 * would copy them as they are): each figure's problem is named once, at its
 * own line, however many lessons show it.
 */
export function imageProblems(root: string, lessons: readonly LessonEntry[], files: readonly SourceFile[]): Problem[] {
	const texts = new Map(files.map((file) => [file.path, file.text]));
	const figuresChecked = new Set<string>();
	return lessons.flatMap((lesson) => {
		const text = texts.get(lesson.file) ?? '';
		if (!text.includes('![') && !text.includes('file:')) return [];
		const lineOf = lineFinder(text);
		const code = fencedLines(text);
		const frontmatterEnd = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
		return [...text.matchAll(imageReference)].flatMap((match): Problem[] => {
			const line = lineOf(match.index);
			const path = decodeURI(match[1] ?? match[2] ?? '');
			if (code.has(line) || (match[2] !== undefined && match.index > frontmatterEnd)) return [];
			if (!path || /^([a-z]+:|\/|#)/i.test(path)) return [];
			const figure = join(dirname(lesson.file), path);
			if (!existsSync(join(root, figure))) return [{ file: lesson.file, line, message: `the image ${path} does not exist`, fix: 'give the path of an image relative to this file, e.g. ../../figures/en/name.svg' }];
			if (!figure.endsWith('.svg') || figuresChecked.has(figure)) return [];
			figuresChecked.add(figure);
			const { text: svg, problem: encoding } = decodeText(readFileSync(join(root, figure)));
			const problem = encoding ?? svgProblem(svg);
			const fix = encoding?.fix ?? 'every tag needs its closing tag (or ends with />) and every quote its pair; opening the file in a browser shows the first mistake';
			return problem ? [{ file: figure.split('\\').join('/'), line: problem.line, message: encoding ? problem.message : `not a well-formed SVG figure (${lesson.file} shows it): ${problem.message}`, fix }] : [];
		});
	});
}

/** `import … from '…'` lines of an MDX lesson, with the module each names. */
const importLine = /^import\s(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const moduleExtensions = ['', '.ts', '.js', '.mjs', '.astro', '/index.ts', '/index.js'];

/** Whether a package is installed in the project's node_modules or one above it, as Node and Vite look for it. */
function packageInstalled(root: string, specifier: string): boolean {
	const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
	for (let dir = root; ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'node_modules', name))) return true;
		if (dir === parsePath(dir).root) return false;
	}
}

/**
 * Modules an MDX lesson imports that do not exist: `@/…` (the project's
 * src/) and packages. Vite would stop on the first with a stack trace that
 * names the lesson by its path under src/content/docs/ and gives no line.
 * Relative imports are left to Vite: they resolve from that linked path.
 */
export function missingImports(root: string, lessons: readonly LessonEntry[], files: readonly SourceFile[]): Problem[] {
	const texts = new Map(files.map((file) => [file.path, file.text]));
	return lessons.flatMap((lesson) => {
		const text = /\.mdx$/i.test(lesson.file) ? (texts.get(lesson.file) ?? '') : '';
		if (!text.includes('import')) return [];
		const lineOf = lineFinder(text);
		const code = fencedLines(text);
		return [...text.matchAll(importLine)].flatMap((match): Problem[] => {
			const line = lineOf(match.index);
			const specifier = match[1]!;
			if (code.has(line) || specifier.startsWith('.') || specifier.includes(':')) return [];
			if (specifier.startsWith('@/')) {
				const path = join(root, 'src', specifier.slice(2));
				if (moduleExtensions.some((extension) => existsSync(path + extension))) return [];
				return [{ file: lesson.file, line, message: `the import ${specifier} names src/${specifier.slice(2)}, which does not exist`, fix: 'correct the path (compare the import lines of the English lesson), or remove the import and its tags' }];
			}
			if (packageInstalled(root, specifier)) return [];
			return [{ file: lesson.file, line, message: `the import ${specifier} names a package that is not installed`, fix: 'correct the name (Starlight\'s components come from @astrojs/starlight/components), or add the package with npm install' }];
		});
	});
}
