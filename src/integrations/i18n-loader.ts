import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../lib/content/problems.ts';
import { parseResourceFile, type ResourceFile } from '../lib/i18n-resources.ts';

/** Every `src/i18n/<locale>/*.json` file of one locale, sorted by name, and the files that are not JSON. */
export function readLocaleFiles(root: string, code: string): { files: ResourceFile[]; problems: Problem[] } {
	const dir = join(root, 'src/i18n', code);
	const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : [];
	const files: ResourceFile[] = [];
	const problems: Problem[] = [];
	for (const name of names) {
		const parsed = parseResourceFile(`src/i18n/${code}/${name}`, readFileSync(join(dir, name), 'utf8'));
		if ('file' in parsed) files.push(parsed.file);
		else problems.push(parsed.problem);
	}
	return { files, problems };
}
