import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type CardRecord, type Rating } from '../srs/types';
import { bucketOf } from './card-buckets';
import { latestStates, rebuildCards, sameCardState } from './rebuild';
import { freshName, openStore, writeRaw } from './test-helpers';

const istanbul = 'Europe/Istanbul';
const at = (iso: string) => new Date(iso);

describe('cards rebuilt from the review log', () => {
	it('come back exactly as recorded: learning steps across local midnight, undo, settings and time-zone changes', async () => {
		const name = freshName();
		const store = await openStore(name);
		const recorded = new Map<string, CardRecord | undefined>();
		const answer = async (key: string, rating: Rating, iso: string, zone = istanbul) => {
			const review = await store.answer(key, rating, at(iso), zone);
			recorded.set(key, review.after);
			return review;
		};
		// 23:50 and 00:10 local in Istanbul (UTC+3): one learner day (it starts at 04:00), two UTC dates.
		await answer('d/steps', 3, '2025-03-10T20:50:00.000Z');
		await answer('d/steps', 3, '2025-03-10T21:10:00.000Z');
		await answer('d/steps', 1, '2025-03-12T06:00:00.000Z');
		await answer('d/undone', 4, '2025-03-10T21:00:00.000Z');
		const takenBack = await answer('d/undone', 1, '2025-03-10T21:05:00.000Z');
		expect(await store.undo(takenBack)).toMatchObject({ undone: takenBack });
		recorded.set('d/undone', takenBack.before ?? undefined);
		const onlyAnswer = await answer('d/first-only', 3, '2025-03-10T22:00:00.000Z');
		expect(await store.undo(onlyAnswer)).toMatchObject({ undone: onlyAnswer });
		recorded.delete('d/first-only');
		await store.saveSettings({ desiredRetention: 0.8, newCardsPerDay: 5, dayStartMinutes: 120 });
		await answer('d/steps', 3, '2025-03-12T06:10:00.000Z');
		await answer('d/settings', 4, '2025-03-13T00:30:00.000Z');
		await answer('d/travel', 3, '2025-03-14T08:00:00.000Z');
		await answer('d/travel', 3, '2025-03-14T08:10:00.000Z', 'America/Los_Angeles');
		await store.saveSettings(DEFAULT_SETTINGS);
		await answer('d/settings', 3, '2025-03-25T09:00:00.000Z');

		const loadAt = at('2025-03-25T10:00:00.000Z');
		const stored = (await store.load(loadAt, istanbul)).records;
		expect(stored).toEqual(new Map([...recorded].filter((entry): entry is [string, CardRecord] => entry[1] !== undefined)));
		for (const bucket of new Set([...recorded.keys()].map(bucketOf))) await writeRaw(name, 'cardBuckets', { cards: 'lost', checksum: '0' }, bucket);
		const rebuilt = await store.load(loadAt, istanbul);
		expect(rebuilt.records).toEqual(stored);
		expect(rebuilt.damage.rebuilt).toEqual([...stored.keys()].sort());
	});
});

describe('latestStates and rebuildCards', () => {
	const state = (key: string, version: number, lastReview: string) =>
		({ key, state: 'review', due: lastReview, stability: 1, difficulty: 5, reps: version, lapses: 0, lastReview, learningSteps: 0, elapsedDays: 0, scheduledDays: 1, version }) as CardRecord;

	it('take the state recorded by each card’s newest answer in commit order', () => {
		const log = [
			{ key: 'a', after: state('a', 1, '2025-01-01T00:00:00.000Z') },
			{ key: 'b', after: state('b', 1, '2025-01-01T00:01:00.000Z') },
			{ key: 'a', after: state('a', 2, '2025-01-01T00:02:00.000Z') },
		];
		expect(latestStates(log)).toEqual(new Map([['a', log[2]!.after], ['b', log[1]!.after]]));
		expect([...latestStates(log, (key) => key === 'b').keys()]).toEqual(['b']);
	});

	it('tell exact from partly rebuilt (damaged data may hold later answers) and name what has no answers', () => {
		const latest = new Map([
			['a', state('a', 2, '2025-01-05T00:00:00.000Z')],
			['b', state('b', 1, '2025-01-01T00:00:00.000Z')],
			['c', state('c', 1, '2025-01-01T00:00:00.000Z')],
		]);
		const gaps = [
			{ cards: new Set(['b']), to: '2025-01-03T00:00:00.000Z' },
			{ cards: undefined, to: '2025-01-04T00:00:00.000Z' },
		];
		expect(rebuildCards(latest, ['a', 'd'], gaps)).toEqual({
			records: [latest.get('a'), latest.get('b'), latest.get('c')],
			exact: ['a'],
			partly: ['b', 'c'],
			lost: ['d'],
		});
	});

	it('compare states field by field, whatever their key order', () => {
		const a = state('a', 1, '2025-01-01T00:00:00.000Z');
		const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as CardRecord;
		expect(sameCardState(a, reordered)).toBe(true);
		expect(sameCardState(a, { ...a, difficulty: 5.0001 })).toBe(false);
	});
});
