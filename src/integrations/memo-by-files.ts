import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Fingerprint of every file under `dirs` (path, size and modification time):
 * it changes whenever one of them is added, removed or edited.
 */
export function filesFingerprint(root: string, dirs: readonly string[]): string {
	const parts: string[] = [];
	for (const dir of dirs) {
		let entries;
		try {
			entries = readdirSync(join(root, dir), { recursive: true, withFileTypes: true });
		} catch {
			continue;
		}
		for (const entry of entries) {
			if (!entry.isFile()) continue;
			const path = join(entry.parentPath, entry.name);
			const { size, mtimeMs } = statSync(path);
			parts.push(`${path}:${size}:${mtimeMs}`);
		}
	}
	return parts.sort().join('\n');
}

/**
 * Results by memo name, then by project root. Kept on `globalThis` because
 * one build loads these modules twice in the same process: once with the
 * config (for the build-time checks) and once in the server bundle that
 * renders pages; both then share one read. The fingerprint still decides
 * whether a result is current, so data edits are always seen; an edit to
 * the reading code itself needs a dev-server restart.
 */
type Cache = Map<string, Map<string, { fingerprint: string; value: unknown }>>;
const cacheKey = Symbol.for('transfer-learning-site.memoByFiles');
const caches = ((globalThis as { [cacheKey]?: Cache })[cacheKey] ??= new Map());

/**
 * Wraps a function of the project root that reads files under `dirs`, so
 * that the pages of one build (and the dev server between edits) share one
 * result instead of reading and validating everything again for each page.
 * `name` identifies the memo across module instances: one name, one reader.
 */
export function memoByFiles<T>(name: string, dirs: readonly string[], read: (root: string) => T): (root: string) => T {
	const byRoot = caches.get(name) ?? new Map();
	caches.set(name, byRoot);
	return (root) => {
		// The config names the root with a trailing slash, pages with process.cwd(): one key for both.
		const key = resolve(root);
		const fingerprint = filesFingerprint(root, dirs);
		const hit = byRoot.get(key);
		if (hit?.fingerprint === fingerprint) return hit.value as T;
		const value = read(root);
		byRoot.set(key, { fingerprint, value });
		return value;
	};
}
