import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** URL paths of every HTML page under `dir/<prefix>` in a build, e.g. `/tr/strategies/introduction/`. */
export function builtPages(dir: string, prefix = ''): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name === 'index.html') pages.push(`/${relative(dir, folder).split(sep).join('/')}/`.replace('//', '/'));
		}
	};
	walk(join(dir, prefix));
	return pages.sort();
}

export const mainDist = process.env.OUT_DIR || 'dist';
