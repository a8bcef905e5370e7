import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseText } from '../lib/content/text.ts';
import { translationStatus } from '../lib/i18n-status/adapters.ts';
import type { ProjectFiles } from '../lib/i18n-status/project-files.ts';
import type { StatusReport } from '../lib/i18n-status/report.ts';
import { siteContent, type SiteContent } from './site-content.ts';

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
			return existsSync(full) ? normaliseText(readFileSync(full, 'utf8')) : undefined;
		},
	};
}

/** The translation status of every site locale, from the content as read for the build. */
export function statusOf(root: string, site: SiteContent): StatusReport {
	return translationStatus(
		diskFiles(root),
		site,
		site.locales.filter((locale) => locale.inProgress).map((locale) => locale.code),
	);
}

/** The translation status of every site locale (src/lib/locales.ts), read from the project at `root`. */
export function readTranslationStatus(root: string): StatusReport {
	return statusOf(root, siteContent(root));
}

/**
 * The hash a translation of each source item records, keyed "<kind> <id>"
 * (e.g. "lesson strategies/introduction", "card transfer-learning/definition").
 */
export function sourceHashes(root: string): Map<string, string> {
	const hashes = new Map<string, string>();
	const [first] = readTranslationStatus(root).locales;
	for (const item of first?.items ?? []) if (item.sourceHash && item.state !== 'orphaned') hashes.set(`${item.kind} ${item.id}`, item.sourceHash);
	return hashes;
}
