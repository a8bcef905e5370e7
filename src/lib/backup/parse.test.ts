import { describe, expect, it } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { BackupError, checkBackupSize, jsonPath, MAX_BACKUP_BYTES, parseBackup, parseBackupText } from './parse';
import type { Backup } from './types';

const valid = makeSyntheticHistory(5, 20, 11, new Date('2025-06-01T00:00:00Z'));

function copy(): Backup {
	return JSON.parse(JSON.stringify(valid)) as Backup;
}

function problemsOf(action: () => unknown): readonly string[] {
	try {
		action();
	} catch (error) {
		if (error instanceof BackupError) return error.problems;
		throw error;
	}
	throw new Error('expected a BackupError');
}

describe('parseBackup', () => {
	it('accepts a valid backup', () => {
		expect(parseBackup(copy())).toEqual(valid);
	});

	it('rejects something that is not a backup', () => {
		expect(problemsOf(() => parseBackup([]))).toEqual(['(top level): expected a JSON object']);
		expect(problemsOf(() => parseBackup({ ...copy(), format: 'anki' }))[0]).toMatch(/^format: expected "transfer-trainer-backup"/);
	});

	it('rejects another version with a clear message', () => {
		expect(problemsOf(() => parseBackup({ ...copy(), version: 2 }))).toEqual([
			'version: unsupported backup version 2 (this site reads version 1)',
		]);
	});

	it('names the JSON path of every bad field', () => {
		const broken = copy() as unknown as { cards: Record<string, unknown>[]; reviews: Record<string, unknown>[]; settings: Record<string, unknown> };
		broken.cards[3]!['due'] = 'yesterday';
		broken.reviews[2]!['rating'] = 5;
		broken.settings['desiredRetention'] = '0.9';
		const problems = problemsOf(() => parseBackup(broken));
		expect(problems).toContain('cards[3].due: not a date (expected an ISO 8601 UTC time with milliseconds, such as 2025-01-01T00:00:00.000Z)');
		expect(problems).toContain('reviews[2].rating: must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)');
		expect(problems.some((problem) => problem.startsWith('settings.desiredRetention: '))).toBe(true);
		expect(problems).toHaveLength(3);
	});

	it('rejects duplicate ids and keys and a review of another card', () => {
		const duplicated = copy();
		duplicated.reviews[4]!.id = duplicated.reviews[1]!.id;
		duplicated.cards[2]!.key = duplicated.cards[0]!.key;
		expect(problemsOf(() => parseBackup(duplicated))).toEqual([
			'cards[2].key: duplicate key (same as cards[0])',
			'reviews[4].id: duplicate id (same as reviews[1])',
		]);
		const mismatched = copy();
		mismatched.reviews[0]!.after.key = 'deck/other';
		expect(problemsOf(() => parseBackup(mismatched))).toEqual([`reviews[0].after.key: does not match the review's key "${mismatched.reviews[0]!.key}"`]);
	});

	it('rejects more than a million reviews before looking at them', () => {
		const huge = { ...copy(), reviews: new Array(1_000_001).fill(0) };
		expect(problemsOf(() => parseBackup(huge))).toEqual(['reviews: 1000001 entries is more than the limit of 1000000']);
	});

	it('keeps hostile strings as plain data and drops unknown fields', () => {
		const hostile = copy() as Backup & { extra?: string };
		const key = '<script>alert(1)</script>/<img src=x onerror=alert(2)>';
		hostile.cards[0]!.key = key;
		hostile.extra = '<script>';
		for (const review of hostile.reviews) {
			if (review.key === valid.cards[0]!.key) {
				review.key = key;
				review.after.key = key;
			}
		}
		const parsed = parseBackup(hostile);
		expect(parsed.cards[0]!.key).toBe(key);
		expect('extra' in parsed).toBe(false);
	});

	it('lists at most 20 problems in the message', () => {
		const broken = copy();
		for (const review of broken.reviews) (review as { rating: unknown }).rating = 0;
		const error = (() => {
			try {
				parseBackup(broken);
			} catch (caught) {
				return caught as BackupError;
			}
			throw new Error('expected a BackupError');
		})();
		expect(error.problems).toHaveLength(20);
		expect(error.message.startsWith('Not a usable backup file: reviews[0].rating:')).toBe(true);
	});
});

describe('backup file text', () => {
	it('rejects files over 50 MB', () => {
		expect(() => checkBackupSize(MAX_BACKUP_BYTES)).not.toThrow();
		expect(problemsOf(() => checkBackupSize(MAX_BACKUP_BYTES + 1))).toEqual(['(file): 50.0 MB is larger than the limit of 50 MB']);
		expect(problemsOf(() => parseBackupText(' '.repeat(MAX_BACKUP_BYTES + 1)))[0]).toMatch(/larger than the limit of 50 MB/);
	});

	it('reports broken JSON', () => {
		expect(problemsOf(() => parseBackupText('{"format":'))[0]).toMatch(/^\(file\): not valid JSON/);
	});

	it('round-trips through JSON text', () => {
		expect(parseBackupText(JSON.stringify(valid))).toEqual(valid);
	});

	it('writes JSON paths', () => {
		expect(jsonPath(['cards', 3, 'due'])).toBe('cards[3].due');
		expect(jsonPath([])).toBe('(top level)');
	});
});
