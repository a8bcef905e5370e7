import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
 * Wraps a function of the project root that reads files under `dirs`, so
 * that the pages of one build (and the dev server between edits) share one
 * result instead of reading and validating everything again for each page.
 */
export function memoByFiles<T>(dirs: readonly string[], read: (root: string) => T): (root: string) => T {
	const cache = new Map<string, { fingerprint: string; value: T }>();
	return (root) => {
		const fingerprint = filesFingerprint(root, dirs);
		const hit = cache.get(root);
		if (hit?.fingerprint === fingerprint) return hit.value;
		const value = read(root);
		cache.set(root, { fingerprint, value });
		return value;
	};
}
