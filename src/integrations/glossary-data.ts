import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseText } from '../lib/content/text.ts';
import type { GlossaryFile } from '../lib/glossary/parse.ts';

/** Where the glossary's data lives, relative to the project root. */
export const glossaryDir = 'content/glossary';

/** The YAML files of `content/glossary/`, sorted by name. */
export function readGlossaryFiles(root: string): GlossaryFile[] {
	const dir = join(root, glossaryDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => ({ path: `${glossaryDir}/${name}`, text: normaliseText(readFileSync(join(dir, name), 'utf8')) }));
}
