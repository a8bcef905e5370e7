import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentAdapters, translationStatus } from '../lib/i18n-status/adapters';
import type { ProjectFiles } from '../lib/i18n-status/project-files';
import type { StatusReport } from '../lib/i18n-status/report';
import { locales, sourceLocale } from '../lib/locales';
import { memoByFiles } from './memo-by-files';

/** The project's files on disk, for the translation-status adapters. */
export function diskFiles(root: string): ProjectFiles {
	return {
		list(dir) {
			const full = join(root, dir);
			if (!existsSync(full)) return [];
			return readdirSync(full, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => join(entry.parentPath, entry.name).slice(root.length).replace(/\\/g, '/').replace(/^\//, ''));
		},
		read(path) {
			const full = join(root, path);
			return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
		},
	};
}

/** The translation status of every site locale (src/lib/locales.ts), read from the project at `root`. */
export const readTranslationStatus = memoByFiles('translation-status', ['content', 'quizzes', 'src/i18n'], (root: string): StatusReport =>
	translationStatus(
		diskFiles(root),
		locales.map((locale) => locale.code),
		sourceLocale.code,
	),
);

/**
 * The hash a translation of each source item records, keyed "<kind> <id>"
 * (e.g. "lesson strategies/introduction", "card transfer-learning/definition").
 */
export function sourceHashes(root: string): Map<string, string> {
	const hashes = new Map<string, string>();
	for (const adapter of contentAdapters) {
		for (const item of adapter.inventory(diskFiles(root), [sourceLocale.code], sourceLocale.code).source) {
			if (item.hash) hashes.set(`${adapter.kind} ${item.id}`, item.hash);
		}
	}
	return hashes;
}
