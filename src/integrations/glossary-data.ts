import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlossary, type Glossary, type GlossaryFile } from '../lib/glossary/parse';
import { locales, sourceLocale } from '../lib/locales';
import { memoByFiles } from './memo-by-files';

/** Where the glossary's data lives, relative to the project root. */
export const glossaryDir = 'content/glossary';

/** The YAML files of `content/glossary/`, sorted by name. */
export function readGlossaryFiles(root: string): GlossaryFile[] {
	const dir = join(root, glossaryDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => ({ path: `${glossaryDir}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Whether `content/<some locale>/<lesson>.md(x)` or `…/<lesson>/index.md(x)` exists. */
export function lessonExistsIn(root: string): (lesson: string) => boolean {
	return (lesson) =>
		locales.some(({ code }) =>
			['.md', '.mdx', '/index.md', '/index.mdx'].some((ending) => existsSync(join(root, 'content', code, `${lesson}${ending}`))),
		);
}

/**
 * Reads and checks the glossary; throws a GlossaryError naming file and
 * entry on bad data. Read once per build process: the term links, the
 * decks' term cards and the glossary pages share it (and the dev server
 * reads it again after an edit under content/).
 */
export const readGlossary = memoByFiles('glossary', ['content'], (root: string): Glossary =>
	parseGlossary(readGlossaryFiles(root), {
		sourceLocale: sourceLocale.code,
		siteLocales: locales.map((locale) => locale.code),
		lessonExists: lessonExistsIn(root),
	}),
);
