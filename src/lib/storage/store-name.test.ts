import { describe, expect, it } from 'vitest';
import { readOwnOrEarlier, trainerDatabaseName, trainerStorageKey } from './store-name';

describe("the trainer's store for a base path", () => {
	it('keeps the name every version has used at the root, so its learners keep their store', () => {
		expect(trainerDatabaseName('/')).toBe('transfer-trainer');
	});

	it('gives every other base path a name of its own that carries the path', () => {
		expect(trainerDatabaseName('/course-a/')).toBe('transfer-trainer:/course-a/');
		expect(trainerDatabaseName('/course-b/')).toBe('transfer-trainer:/course-b/');
		expect(trainerDatabaseName('/a/b/')).toBe('transfer-trainer:/a/b/');
		// Paths are case-sensitive: two sites.
		expect(trainerDatabaseName('/Course/')).not.toBe(trainerDatabaseName('/course/'));
	});

	it('names one base path one way however it is written', () => {
		for (const base of ['/course', '/course/', '//course//', '/course/./', '/x/../course/']) expect(trainerDatabaseName(base)).toBe('transfer-trainer:/course/');
		expect(trainerDatabaseName('//')).toBe('transfer-trainer');
		// As a browser requests it: the audit's base with spaces and Turkish letters, either way written.
		expect(trainerDatabaseName('/kurs dosyaları/ders ğ/')).toBe('transfer-trainer:/kurs%20dosyalar%C4%B1/ders%20%C4%9F/');
		expect(trainerDatabaseName('/kurs%20dosyalar%C4%B1/ders%20%C4%9F/')).toBe(trainerDatabaseName('/kurs dosyaları/ders ğ/'));
	});

	it("gives an empty base and a course package's relative one the root's name: packages on one platform share one store", () => {
		for (const base of ['', './', '../../../', 'course/']) expect(trainerDatabaseName(base)).toBe('transfer-trainer');
	});

	it('keys what is kept in localStorage and sessionStorage beside the name, the root keeping its keys', () => {
		expect(trainerStorageKey('/', 'last-export')).toBe('transfer-trainer:last-export');
		expect(trainerStorageKey('./', 'tab-answers')).toBe('transfer-trainer:tab-answers');
		expect(trainerStorageKey('/course', 'last-export')).toBe('transfer-trainer:/course/:last-export');
	});
});

describe('a value kept in localStorage, read for a base path', () => {
	function memoryStorage(entries: Record<string, string> = {}) {
		const map = new Map(Object.entries(entries));
		return {
			map,
			getItem: (key: string) => map.get(key) ?? null,
			setItem: (key: string, value: string) => void map.set(key, value),
		};
	}

	it("is the site's own once it has one", () => {
		const storage = memoryStorage({ 'transfer-trainer:/course/:last-export': '2026-02-01', 'transfer-trainer:last-export': '2026-01-01' });
		expect(readOwnOrEarlier(storage, '/course/', 'last-export')).toBe('2026-02-01');
	});

	it("falls back to the earlier version's value once: copied under its own key, the earlier left for the other sites", () => {
		const storage = memoryStorage({ 'transfer-trainer:last-export': '2026-01-01' });
		expect(readOwnOrEarlier(storage, '/course-a/', 'last-export')).toBe('2026-01-01');
		expect(readOwnOrEarlier(storage, '/course-b/', 'last-export')).toBe('2026-01-01');
		expect(Object.fromEntries(storage.map)).toEqual({
			'transfer-trainer:last-export': '2026-01-01',
			'transfer-trainer:/course-a/:last-export': '2026-01-01',
			'transfer-trainer:/course-b/:last-export': '2026-01-01',
		});
		// From then on the root's value is not read again: a later export at the root leaves this site's as it was.
		storage.setItem('transfer-trainer:last-export', '2026-03-01');
		expect(readOwnOrEarlier(storage, '/course-a/', 'last-export')).toBe('2026-01-01');
	});

	it('is nothing when neither is kept, and the read value when it cannot be copied', () => {
		expect(readOwnOrEarlier(memoryStorage(), '/course/', 'last-export')).toBeNull();
		const full = {
			...memoryStorage({ 'transfer-trainer:last-export': '2026-01-01' }),
			setItem: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
		};
		expect(readOwnOrEarlier(full, '/course/', 'last-export')).toBe('2026-01-01');
		expect(readOwnOrEarlier(memoryStorage({ 'transfer-trainer:last-export': 'x' }), '/', 'last-export')).toBe('x');
	});
});
