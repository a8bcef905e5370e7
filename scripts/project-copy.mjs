// Throw-away copies of the project for fixture builds and benchmarks. They
// live in .tmp/ inside the project so that Node and Vite resolve packages
// from the project's own node_modules by walking up, with no symlinks (which
// Vite's preserveSymlinks setting would otherwise make ambiguous).
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const skip = new Set(['node_modules', '.git', '.astro', '.tmp', 'test-results', 'playwright-report']);

/** An empty scratch folder under `<root>/.tmp/`. */
export function scratchDir(root, prefix) {
	mkdirSync(join(root, '.tmp'), { recursive: true });
	return mkdtempSync(join(root, '.tmp', `${prefix}-`));
}

/** A scratch copy of the project's sources (no builds, caches or dependencies). */
export function copyProject(root, prefix) {
	const dir = scratchDir(root, prefix);
	for (const entry of readdirSync(root)) {
		if (skip.has(entry) || entry.startsWith('dist') || entry === 'bench-results.json') continue;
		cpSync(join(root, entry), join(dir, entry), {
			recursive: true,
			filter: (src) => src !== join(root, 'src/content/docs'),
		});
	}
	return dir;
}
