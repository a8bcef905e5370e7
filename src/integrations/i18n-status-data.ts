import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translationStatus } from '../lib/i18n-status/adapters';
import type { ProjectFiles } from '../lib/i18n-status/project-files';
import type { StatusReport } from '../lib/i18n-status/report';
import { locales, sourceLocale } from '../lib/locales';

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
export function readTranslationStatus(root: string): StatusReport {
	return translationStatus(
		diskFiles(root),
		locales.map((locale) => locale.code),
		sourceLocale.code,
	);
}
