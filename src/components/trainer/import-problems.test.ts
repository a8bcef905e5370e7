import { describe, expect, it } from 'vitest';
import en from '../../i18n/en/trainer.json';
import tr from '../../i18n/tr/trainer.json';
import { parseBackup } from '../../lib/backup/parse';
import { BackupError, type BackupProblem } from '../../lib/backup/problems';
import { formats } from './format';
import { problemText, type ProblemSource } from './import-problems';
import type { TrainerContext } from './progress';
import { translator } from './trainer-data';

const contexts = {
	en: { locale: { code: 'en', lang: 'en' }, t: translator(en), fmt: formats('en'), card: () => undefined } as unknown as TrainerContext,
	tr: { locale: { code: 'tr', lang: 'tr' }, t: translator(tr), fmt: formats('tr'), card: () => undefined } as unknown as TrainerContext,
};

function textOf(problem: BackupProblem, locale: keyof typeof contexts = 'en', source: ProblemSource = 'file'): string {
	return problemText(problem, contexts[locale], source);
}

/** The problem parseBackup finds with a file. */
function problemWith(data: unknown): BackupProblem {
	try {
		parseBackup(data, new Date('2025-06-01T12:00:00.000Z'));
	} catch (error) {
		if (error instanceof BackupError && error.problems[0]) return error.problems[0];
	}
	throw new Error('the file was accepted');
}

describe('import problems in words', () => {
	it('writes a number too large or too small to write out in short scientific form, and others with every digit', () => {
		const stability = { path: ['cards', 0, 'stability'], code: 'outOfRange', min: 0.001, max: 36_500, value: 1e308 } as const;
		expect(textOf(stability)).toBe('cards[0].stability: is 1E308, but must be from 0.001 to 36,500');
		expect(textOf(stability, 'tr')).toBe('cards[0].stability: değeri 1E308, oysa 0,001 ile 36.500 arasında olmalı');
		expect(textOf({ ...stability, value: 1e-7 })).toContain('is 1E-7,');
		expect(textOf({ ...stability, value: 0.0001234 })).toContain('is 0.0001234,');
		expect(textOf({ ...stability, value: 123_456_789.5 })).toContain('is 123,456,789.5,');
	});

	it('says a file is over the limit with its exact size, where megabytes would round it to the limit', () => {
		const tooBig = { path: [], code: 'tooBig', bytes: 50_000_001, limit: 50_000_000 } as const;
		expect(textOf(tooBig)).toBe('the file is over 50 MB (50,000,001 bytes); backups over 50 MB are refused before they are read.');
		expect(textOf(tooBig, 'tr')).toBe('dosya 50 MB sınırını aşıyor (50.000.001 bayt); 50 MB üzerindeki yedekler okunmadan reddedilir.');
	});

	it('says a file nests more than the limit', () => {
		expect(textOf({ path: ['reviews'], code: 'tooDeep', limit: 16 })).toBe('reviews: the file nests lists and objects more than 16 levels deep; no backup from this site does.');
		expect(textOf({ path: ['reviews'], code: 'tooDeep', limit: 16 }, 'tr')).toContain('16 düzeyden daha derin');
	});

	it('says a version it does not know is not a version it knows, not that the file lacks one', () => {
		const file = { format: 'transfer-trainer-backup', exportedAt: '2025-01-01T00:00:00.000Z', settings: {}, cards: [], reviews: [] };
		for (const version of ['3', 0, 2.5]) {
			expect(textOf(problemWith({ ...file, version }))).toBe('version: not a backup version this site knows (it reads versions 1 to 3)');
			expect(textOf(problemWith({ ...file, version }), 'tr')).toBe('version: bu sitenin bildiği bir yedek sürümü değil (1 ile 3 arasındaki sürümleri okuyabiliyor)');
		}
		expect(textOf(problemWith({ ...file, version: undefined }))).toContain('is not a backup from this site');
	});

	it('words a time no answer can have: against the file’s making for a file, against the setting aside for data kept aside (no file then)', () => {
		const future = { path: ['reviews', 0, 'reviewedAt'], code: 'future', value: '2999-01-01T00:00:00.000Z', now: '2026-12-07T12:00:00.000Z', madeAt: '2026-12-07T11:00:00.000Z', key: 'd/c' } as const;
		// Dates in the machine's time zone.
		expect(textOf(future)).toMatch(
			/^Card d\/c, reviews\[0\]\.reviewedAt: \S+ \d+, 299[89]\b.* is later than both when the file says it was made \(Dec 7, 2026, [^)]+\) and now \(Dec 7, 2026, [^)]+\), so no answer can have been given then: check the clock of this device and of the one that made the file$/,
		);
		for (const locale of ['en', 'tr'] as const) {
			const setAside = textOf(future, locale, 'setAside');
			expect(setAside).not.toMatch(/file|dosya/i);
			expect(setAside).toContain(locale === 'en' ? 'set aside' : 'kenara ayrıldığı');
		}
	});

	it('names a card id that holds a character setting the direction of text', () => {
		expect(textOf(problemWith({ format: 'transfer-trainer-backup', version: 3, exportedAt: '2025-01-01T00:00:00.000Z', settings: { desiredRetention: 0.9, newCardsPerDay: 20, dayStartMinutes: 240 }, cards: [{ key: 'd/\u202ec' }], reviews: [] }))).toMatch(
			/^cards\[0\]\.key: holds a character that sets the direction of text/,
		);
	});
});
