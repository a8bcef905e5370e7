import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { shortcutsOn } from '../trainer-session/keyboard';
import { MAX_BACKUP_BYTES, MAX_BACKUP_ENTRIES, MAX_DAMAGED_ITEMS } from './limits';
import { BackupError, checkBackupSize, parseBackup, parseBackupText } from './parse';
import { MAX_LISTED_PROBLEMS, type BackupProblem } from './problems';
import type { Backup } from './types';

const now = new Date('2025-06-01T00:00:00Z');
const valid = makeSyntheticHistory(5, 20, 11, now);

function copy(): Backup {
	return JSON.parse(JSON.stringify(valid)) as Backup;
}

function refusal(action: () => unknown): BackupError {
	try {
		action();
	} catch (error) {
		if (error instanceof BackupError) return error;
		throw error;
	}
	throw new Error('expected a BackupError');
}

const problemsOf = (action: () => unknown): readonly BackupProblem[] => refusal(action).problems;

describe('backup versions', () => {
	const personal = [...default_w].map((value, index) => (index === 0 ? 0.5 : value));

	it('keeps personal parameters (version 2)', () => {
		const data = { ...copy(), settings: { ...valid.settings, parameters: personal } };
		expect(parseBackup(data, now).settings.parameters).toEqual(personal);
	});

	it('keeps suspended cards and the leech threshold (version 3)', () => {
		const data = copy();
		data.settings = { ...data.settings, leechThreshold: 5 };
		data.cards[0] = { ...data.cards[0]!, suspended: true };
		const backup = parseBackup(data, now);
		expect(backup.settings.leechThreshold).toBe(5);
		expect(backup.cards[0]!.suspended).toBe(true);
		expect(backup.cards[1]!.suspended).toBeUndefined();
	});

	it('keeps the single-key shortcuts setting; a backup without it, of any version, reads with shortcuts on', () => {
		expect(parseBackup({ ...copy(), settings: { ...valid.settings, keyShortcuts: false } }, now).settings.keyShortcuts).toBe(false);
		for (const version of [1, 2, 3]) {
			const settings = parseBackup({ ...copy(), version } as unknown as Backup, now).settings;
			expect(settings).toEqual(valid.settings);
			expect(shortcutsOn(settings)).toBe(true);
		}
		const wrong = { ...copy(), settings: { ...valid.settings, keyShortcuts: 'no' } } as unknown as Backup;
		expect(problemsOf(() => parseBackup(wrong, now))).toEqual([{ path: ['settings', 'keyShortcuts'], code: 'notBoolean' }]);
	});

	it('refuses a suspended field that is not true', () => {
		const data = copy();
		data.cards[0] = { ...data.cards[0]!, suspended: 'yes' } as unknown as Backup['cards'][number];
		expect(problemsOf(() => parseBackup(data, now))).toEqual([{ path: ['cards', 0, 'suspended'], code: 'notFlag', key: valid.cards[0]!.key }]);
	});

	it('reads a version 2 backup with the default leech threshold and nothing suspended', () => {
		const data = copy() as unknown as { version: number; settings: Record<string, unknown>; cards: Record<string, unknown>[]; reviews: { after: Record<string, unknown> }[] };
		data.version = 2;
		data.settings['leechThreshold'] = 'version 2 had no such field';
		data.cards[0]!['suspended'] = 'nor this one';
		data.reviews[0]!.after['suspended'] = 'nor this one';
		const backup = parseBackup(data, now);
		expect(backup.version).toBe(3);
		expect(backup).toEqual(valid);
	});

	it('reads a version 1 backup with the default parameters', () => {
		const data = { ...copy(), version: 1, settings: { ...valid.settings, parameters: 'not a list: version 1 had no such field' } };
		const backup = parseBackup(data, now);
		expect(backup.version).toBe(3);
		expect(backup.settings).toEqual(valid.settings);
		expect(backup.settings.parameters).toBeUndefined();
	});

	it('names a parameter outside its range', () => {
		const data = { ...copy(), settings: { ...valid.settings, parameters: personal.map((value, index) => (index === 7 ? 2 : value)) } };
		expect(problemsOf(() => parseBackup(data, now))).toEqual([{ path: ['settings', 'parameters', 7], code: 'outOfRange', min: 0.001, max: 0.75, value: 2 }]);
	});

	it('refuses parameters that are not 21 numbers', () => {
		const data = { ...copy(), settings: { ...valid.settings, parameters: [1, 2, 3] } };
		expect(problemsOf(() => parseBackup(data, now))).toEqual([{ path: ['settings', 'parameters'], code: 'notParameters' }]);
	});

	it('keeps the previous personal parameters, to go back to, within the same limits', () => {
		const kept = { ...copy(), settings: { ...valid.settings, parameters: personal, previousParameters: [...default_w] } };
		expect(parseBackup(kept, now).settings).toMatchObject({ parameters: personal, previousParameters: [...default_w] });
		const wrong = { ...copy(), settings: { ...valid.settings, previousParameters: personal.map((value, index) => (index === 7 ? 2 : value)) } };
		expect(problemsOf(() => parseBackup(wrong, now))).toEqual([{ path: ['settings', 'previousParameters', 7], code: 'outOfRange', min: 0.001, max: 0.75, value: 2 }]);
		const short = { ...copy(), settings: { ...valid.settings, previousParameters: [1, 2, 3] } };
		expect(problemsOf(() => parseBackup(short, now))).toEqual([{ path: ['settings', 'previousParameters'], code: 'notParameters' }]);
	});
});

describe('parseBackup', () => {
	it('accepts a valid backup', () => {
		expect(parseBackup(copy(), now)).toEqual(valid);
	});

	it('says that a file without a version, or of another format, is not a backup from this site', () => {
		const { version: _version, ...unversioned } = copy();
		for (const data of [unversioned, { ...copy(), format: 'anki' }, [], 'text', null]) {
			expect(problemsOf(() => parseBackup(data, now))).toEqual([{ path: [], code: 'notBackup' }]);
		}
	});

	it('says a version that is no version of this site’s backups is not one it knows, naming the field', () => {
		for (const version of ['3', 0, 2.5, 3.5, null]) {
			expect(problemsOf(() => parseBackup({ ...copy(), version }, now))).toEqual([{ path: ['version'], code: 'unknownVersion', supported: 3 }]);
		}
	});

	it('says when a backup comes from a newer version of the site', () => {
		expect(problemsOf(() => parseBackup({ ...copy(), version: 4 }, now))).toEqual([{ path: ['version'], code: 'newerVersion', version: 4, supported: 3 }]);
	});

	it('names the path, the field and the card of every bad entry', () => {
		const broken = copy() as unknown as { cards: Record<string, unknown>[]; reviews: Record<string, unknown>[]; settings: Record<string, unknown> };
		broken.cards[3]!['due'] = 'yesterday';
		broken.reviews[2]!['rating'] = 5;
		broken.settings['desiredRetention'] = '0.9';
		expect(problemsOf(() => parseBackup(broken, now))).toEqual([
			{ path: ['settings', 'desiredRetention'], code: 'notNumber' },
			{ path: ['cards', 3, 'due'], code: 'notDate', key: valid.cards[3]!.key },
			{ path: ['reviews', 2, 'rating'], code: 'notRating', key: valid.reviews[2]!.key },
		]);
	});

	it('refuses the three states the scheduler cannot handle, naming card and field', () => {
		const key = valid.cards[0]!.key;
		const future = new Date(now.getTime() + 2 * 86_400_000).toISOString();
		const cases: [Partial<Backup['cards'][number]>, BackupProblem][] = [
			[{ lastReview: future }, { path: ['cards', 0, 'lastReview'], code: 'future', value: future, now: now.toISOString(), madeAt: valid.exportedAt, key }],
			[{ difficulty: 0 }, { path: ['cards', 0, 'difficulty'], code: 'outOfRange', min: 1, max: 10, value: 0, key }],
			[{ stability: 0 }, { path: ['cards', 0, 'stability'], code: 'outOfRange', min: 0.001, max: 36500, value: 0, key }],
		];
		for (const [change, problem] of cases) {
			const backup = copy();
			backup.cards[0] = { ...backup.cards[0]!, ...change };
			expect(problemsOf(() => parseBackup(backup, now))).toEqual([problem]);
		}
	});

	it('refuses reviews dated later than both the file’s making and now', () => {
		const backup = copy();
		const last = backup.reviews.at(-1)!;
		last.reviewedAt = '2025-06-01T00:00:00.001Z';
		expect(problemsOf(() => parseBackup(backup, now))).toEqual([
			{ path: ['reviews', backup.reviews.length - 1, 'reviewedAt'], code: 'future', value: last.reviewedAt, now: now.toISOString(), madeAt: valid.exportedAt, key: last.key },
		]);
	});

	it('takes times later than now up to the file’s making: the device that made it had its clock ahead', () => {
		const ahead = copy();
		const last = ahead.reviews.at(-1)!;
		const threeDaysOn = new Date(now.getTime() + 3 * 86_400_000).toISOString();
		ahead.exportedAt = threeDaysOn;
		last.reviewedAt = threeDaysOn;
		last.after = { ...last.after, lastReview: threeDaysOn };
		expect(parseBackup(ahead, now).reviews.at(-1)!.reviewedAt).toBe(threeDaysOn);
		// A moment after the file was made cannot be an answer's.
		last.reviewedAt = new Date(now.getTime() + 4 * 86_400_000).toISOString();
		expect(problemsOf(() => parseBackup(ahead, now))).toEqual([
			{ path: ['reviews', ahead.reviews.length - 1, 'reviewedAt'], code: 'future', value: last.reviewedAt, now: now.toISOString(), madeAt: threeDaysOn, key: last.key },
		]);
		// Unless the data says it was made later (the automatic backup: import-file.ts).
		expect(() => parseBackup(ahead, now, last.reviewedAt)).not.toThrow();
	});

	it('rejects duplicate ids and keys and a review of another card', () => {
		const duplicated = copy();
		duplicated.reviews[4]!.id = duplicated.reviews[1]!.id;
		duplicated.cards[2]!.key = duplicated.cards[0]!.key;
		expect(problemsOf(() => parseBackup(duplicated, now))).toEqual([
			{ path: ['cards', 2, 'key'], code: 'duplicate', first: ['cards', 0], key: valid.cards[0]!.key },
			{ path: ['reviews', 4, 'id'], code: 'duplicate', first: ['reviews', 1], key: valid.reviews[4]!.key },
		]);
		const mismatched = copy();
		mismatched.reviews[0]!.after.key = 'deck/other';
		expect(problemsOf(() => parseBackup(mismatched, now))).toEqual([
			{ path: ['reviews', 0, 'after', 'key'], code: 'keyMismatch', key: valid.reviews[0]!.key },
		]);
	});

	it('rejects more than a million entries before looking at them', () => {
		const huge = { ...copy(), reviews: new Array(MAX_BACKUP_ENTRIES + 1).fill(0) };
		expect(problemsOf(() => parseBackup(huge, now))).toEqual([{ path: ['reviews'], code: 'tooMany', limit: MAX_BACKUP_ENTRIES }]);
	});

	it("accepts a damaged list of raw data up to its limit, and refuses a longer one or one that is not a list", () => {
		const item = { store: 'logTail', key: 'tail 1', reason: 'not valid JSON', movedAt: now.toISOString(), value: 'garbage' };
		expect(() => parseBackup({ ...copy(), damaged: new Array(MAX_DAMAGED_ITEMS).fill(item) }, now)).not.toThrow();
		expect(problemsOf(() => parseBackup({ ...copy(), damaged: new Array(MAX_DAMAGED_ITEMS + 1).fill(item) }, now))).toEqual([
			{ path: ['damaged'], code: 'tooMany', limit: MAX_DAMAGED_ITEMS },
		]);
		expect(problemsOf(() => parseBackup({ ...copy(), damaged: 'garbage' }, now))).toEqual([{ path: ['damaged'], code: 'notList' }]);
	});

	it('keeps hostile strings as plain data and drops unknown fields', () => {
		const hostile = copy() as Backup & { extra?: string };
		const key = '<script>alert(1)</script>/<img src=x onerror=alert(2)>';
		hostile.cards[0]!.key = key;
		(hostile.cards[0] as unknown as Record<string, unknown>)['extra'] = '<b>';
		hostile.extra = '<script>';
		for (const review of hostile.reviews) {
			if (review.key === valid.cards[0]!.key) {
				review.key = key;
				review.after.key = key;
			}
		}
		const parsed = parseBackup(hostile, now);
		expect(parsed.cards[0]!.key).toBe(key);
		expect('extra' in parsed).toBe(false);
		expect('extra' in parsed.cards[0]!).toBe(false);
	});

	it('refuses a card key that sets the direction of text (U+202E), as it refuses a NUL in one: one problem per entry and field', () => {
		const spoofing = copy();
		const key = valid.cards[0]!.key;
		const reversed = `${key.split('/')[0]}/\u202elive`;
		spoofing.cards[0]!.key = reversed;
		const review = spoofing.reviews.findIndex((entry) => entry.key === key);
		spoofing.reviews[review]!.key = reversed;
		spoofing.reviews[review]!.after.key = reversed;
		expect(problemsOf(() => parseBackup(spoofing, now))).toEqual([
			{ path: ['cards', 0, 'key'], code: 'directionControl' },
			{ path: ['reviews', review, 'key'], code: 'directionControl' },
			{ path: ['reviews', review, 'after', 'key'], code: 'directionControl' },
		]);
		const withNul = copy();
		withNul.cards[0]!.key = `${key}\u0000`;
		expect(problemsOf(() => parseBackup(withNul, now))).toEqual([{ path: ['cards', 0, 'key'], code: 'notKey' }]);
	});

	it('lists at most 20 problems and counts the rest', () => {
		const entries = Array.from({ length: 100_000 }, () => ({}));
		const error = refusal(() => parseBackup({ ...copy(), reviews: entries }, now));
		expect(error.problems).toHaveLength(MAX_LISTED_PROBLEMS);
		expect(error.count).toBe(100_000 * 5);
		expect(error.problems[0]).toEqual({ path: ['reviews', 0, 'id'], code: 'missing' });
		expect(error.message.length).toBeLessThan(200);
	});
});

describe('backup file text', () => {
	it('rejects files over 50 MB', () => {
		expect(MAX_BACKUP_BYTES).toBe(50_000_000);
		expect(() => checkBackupSize(MAX_BACKUP_BYTES)).not.toThrow();
		expect(problemsOf(() => checkBackupSize(MAX_BACKUP_BYTES + 1))).toEqual([{ path: [], code: 'tooBig', bytes: MAX_BACKUP_BYTES + 1, limit: MAX_BACKUP_BYTES }]);
		expect(problemsOf(() => parseBackupText(' '.repeat(MAX_BACKUP_BYTES + 1), now))[0]?.code).toBe('tooBig');
	});

	it('reports broken JSON', () => {
		expect(problemsOf(() => parseBackupText('{"format":', now))).toEqual([{ path: [], code: 'notJson' }]);
	});

	it('refuses a file packed with more entries than a backup holds, before parsing it', () => {
		const text = `{"format":"transfer-trainer-backup","version":1,"reviews":[${'{},'.repeat(MAX_BACKUP_ENTRIES)}{}]}`;
		expect(problemsOf(() => parseBackupText(text, now))).toEqual([{ path: ['reviews'], code: 'tooMany', limit: MAX_BACKUP_ENTRIES }]);
	});

	it('round-trips through JSON text', () => {
		expect(parseBackupText(JSON.stringify(valid), now)).toEqual(valid);
	});
});
