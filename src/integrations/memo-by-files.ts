import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walkFiles } from './file-walk.ts';

/**
 * Fingerprint of every file under `dirs` (path, size and modification time):
 * it changes whenever one of them is added, removed or edited.
 */
export function filesFingerprint(root: string, dirs: readonly string[]): string {
	const parts: string[] = [];
	for (const dir of dirs) {
		for (const path of walkFiles(join(root, dir)).files) {
			const { size, mtimeMs } = statSync(path);
			parts.push(`${path}:${size}:${mtimeMs}`);
		}
	}
	return parts.sort().join('\n');
}

/**
 * Results by memo name, then by project root, and the roots whose files are
 * settled. Kept on `globalThis` so that every copy of these modules in a
 * process shares one read: Node's, loaded with the config, and any Vite
 * makes (content.config.ts imports the loaders itself when no config has
 * shared them, see content-loaders-shared.ts). The fingerprint still
 * decides whether a result is current, so data edits are always seen; an
 * edit to the reading code itself needs a dev-server restart.
 */
interface Memos {
	results: Map<string, Map<string, { fingerprint: string; value: unknown }>>;
	settled: Set<string>;
}
const memosKey = Symbol.for('transfer-learning-site.memoByFiles');
const memos = ((globalThis as { [memosKey]?: Memos })[memosKey] ??= { results: new Map(), settled: new Set() });

/**
 * Nothing edits the files under `root` for the rest of this process, as in
 * a one-off build: a memo that has a result keeps it without taking the
 * fingerprint again. Each fingerprint lists and stats every file, about
 * 0.1 s at 1,000 lessons per locale, and a build asks for the content from
 * the config, each collection's loader and the service worker's step.
 */
export function settleFiles(root: string): void {
	memos.settled.add(resolve(root));
}

/** Settles the project's files for an `astro build` (see settleFiles); the dev server keeps watching them. */
export function settledFilesInBuilds(): AstroIntegration {
	return {
		name: 'settled-files-in-builds',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command === 'build') settleFiles(fileURLToPath(config.root));
			},
		},
	};
}

/**
 * Wraps a function of the project root that reads files under `dirs`, so
 * that the pages of one build (and the dev server between edits) share one
 * result instead of reading and validating everything again for each page.
 * `name` identifies the memo across module instances: one name, one reader.
 */
export function memoByFiles<T>(name: string, dirs: readonly string[], read: (root: string) => T): (root: string) => T {
	const byRoot = memos.results.get(name) ?? new Map();
	memos.results.set(name, byRoot);
	return (root) => {
		// The config names the root with a trailing slash, pages with process.cwd(): one key for both.
		const key = resolve(root);
		const hit = byRoot.get(key);
		if (hit && memos.settled.has(key)) return hit.value as T;
		const fingerprint = filesFingerprint(root, dirs);
		if (hit?.fingerprint === fingerprint) return hit.value as T;
		const value = read(root);
		byRoot.set(key, { fingerprint, value });
		return value;
	};
}
