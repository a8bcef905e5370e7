/**
 * Repairing what damage.ts found, in one readwrite transaction that checks
 * each finding again first (another tab may have repaired it meanwhile):
 * damaged data is set aside whole in the quarantine store (kept, never
 * deleted; a set-aside log page leaves an empty page in its place so its
 * number is not reused and a restore can put it back; of answers that share
 * an id, all but one, log-duplicates.ts), and damaged or stale card records,
 * or all of them when none is stored while the log holds answers, are
 * rebuilt from the review log (rebuild.ts).
 */
import type { BackupReview } from '../backup/types';
import { isSettings } from '../srs/guards';
import type { CardRecord } from '../srs/types';
import { bucketOf, bucketsOf, bucketValue, checkBucket } from './card-buckets';
import { SETTINGS_KEY, type QuarantineEntry, type TrainerDatabase } from './database';
import { noDamage, pageReviews, type Findings } from './damage';
import { dropRepeatedIds } from './log-duplicates';
import { logStores, pagesBetween, readTail, seqOf, writePage } from './log-reads';
import { gapMayHoldLater, latestStates, rebuildCards } from './rebuild';
import { emptyPage } from './review-log';
import { describeSetAside, gapsIn, keysIn, recordsText, STATE_DIFFERS } from './set-aside-items';
import { checkTailEntry } from './tail-entry';
import type { DamageReport } from './types';
import { DATA_STORES, writeTransaction, type DataTransaction, type Track } from './write';

export function quarantineEntry(store: string, key: string, value: unknown, reason: string, now: Date): QuarantineEntry {
	return { store, key, reason, value, movedAt: now.toISOString() };
}

/** What a repair did, and the card records it wrote, by bucket. */
export interface Repair {
	report: DamageReport;
	buckets: Map<number, CardRecord[]>;
}

interface Damaged {
	value: unknown;
	reason: string;
}

function recordsOf(stored: unknown, bucket: number): CardRecord[] {
	const checked = stored === undefined ? { records: [] } : checkBucket(stored, bucket);
	return 'records' in checked ? checked.records : [];
}

/** Every page and tail entry of the log, checked: the valid reviews in commit order; damage goes into the maps. */
async function readWholeLog(transaction: DataTransaction, pages: Map<number, Damaged>, tail: Map<number, Damaged>): Promise<BackupReview[]> {
	const log = logStores(transaction);
	const [storedPages, storedTail] = await Promise.all([pagesBetween(log, undefined, undefined), readTail(log)]);
	const reviews: BackupReview[] = [];
	for (const page of storedPages) {
		const checked = pageReviews(page);
		if ('damaged' in checked) pages.set(seqOf(page), { value: page, reason: checked.damaged });
		else reviews.push(...checked.reviews);
	}
	storedTail.values.forEach((value, index) => {
		const checked = checkTailEntry(value);
		if ('damaged' in checked) tail.set(storedTail.keys[index] ?? Number.NaN, { value, reason: checked.damaged });
		else reviews.push(checked.review);
	});
	return reviews;
}

/** The findings that still hold inside the transaction. */
async function stillDamaged(transaction: DataTransaction, findings: Findings) {
	const log = logStores(transaction);
	const buckets = new Map<number, Damaged & { kept: CardRecord[] }>();
	for (const bucket of new Set([...findings.buckets.keys(), ...[...findings.stale.keys()].map(bucketOf)])) {
		const stored: unknown = await transaction.objectStore('cardBuckets').get(bucket);
		const checked = stored === undefined ? undefined : checkBucket(stored, bucket);
		if (checked && 'damaged' in checked) buckets.set(bucket, { value: stored, reason: checked.damaged, kept: checked.kept });
	}
	const pages = new Map<number, Damaged>();
	for (const seq of findings.pages.keys()) {
		const [page, befores] = await Promise.all([log.pages.get(seq), log.befores.get(seq)]);
		const value: unknown = page === undefined ? undefined : { ...page, befores };
		const checked = value === undefined ? undefined : pageReviews(value);
		if (checked && 'damaged' in checked) pages.set(seq, { value, reason: checked.damaged });
	}
	const tail = new Map<number, Damaged>();
	for (const key of findings.tail.keys()) {
		const value: unknown = await log.tail.get(key);
		const checked = value === undefined ? undefined : checkTailEntry(value);
		if (checked && 'damaged' in checked) tail.set(key, { value, reason: checked.damaged });
	}
	const settings: unknown = findings.settings === undefined ? undefined : await transaction.objectStore('settings').get(SETTINGS_KEY);
	const noCards = findings.noCards && (await transaction.objectStore('cardBuckets').count()) === 0;
	return { buckets, pages, tail, settings: settings === undefined || isSettings(settings) ? undefined : settings, noCards };
}

/** Sets aside and rebuilds what `findings` names, inside the caller's readwrite transaction. */
export async function repairIn(transaction: DataTransaction, track: Track, findings: Findings, now: Date): Promise<Repair> {
	const damaged = await stillDamaged(transaction, findings);
	const stale = [...findings.stale].filter(([key]) => !damaged.buckets.has(bucketOf(key)));
	// Rebuilding a bucket needs the whole log, which is checked while it is read.
	const reviews = damaged.buckets.size > 0 || damaged.noCards ? await readWholeLog(transaction, damaged.pages, damaged.tail) : [];
	const log = logStores(transaction);
	const quarantine = transaction.objectStore('quarantine');
	const setAside: { entry: QuarantineEntry; id: Promise<number> }[] = [];
	const putAside = (store: string, key: string, { value, reason }: Damaged) => {
		const entry = quarantineEntry(store, key, value, reason, now);
		setAside.push({ entry, id: track(quarantine.add(entry)) });
	};
	for (const [seq, page] of damaged.pages) {
		putAside('logPages', String(seq), page);
		writePage(log, emptyPage(seq), track);
	}
	for (const [key, entry] of damaged.tail) {
		putAside('logTail', `tail ${key}`, entry);
		track(log.tail.delete(key));
	}
	if (findings.repeatedIds.size > 0) await dropRepeatedIds(transaction, track, findings.repeatedIds, putAside);
	if (damaged.settings !== undefined) {
		putAside('settings', SETTINGS_KEY, { value: damaged.settings, reason: findings.settings ?? 'not valid settings' });
		track(transaction.objectStore('settings').delete(SETTINGS_KEY));
	}

	const report = noDamage();
	const written = new Map<number, CardRecord[]>();
	const needsGaps = damaged.buckets.size > 0 || stale.length > 0 || damaged.noCards;
	const gaps = needsGaps ? gapsIn([...(await quarantine.getAll()), ...setAside.map(({ entry }) => entry)]) : [];
	const latest = latestStates(reviews, (key) => damaged.noCards || damaged.buckets.has(bucketOf(key)));
	const cardStore = transaction.objectStore('cardBuckets');
	if (damaged.noCards) {
		const rebuilt = rebuildCards(latest, [], gaps);
		for (const [bucket, records] of bucketsOf(rebuilt.records)) {
			track(cardStore.put(bucketValue(records), bucket));
			written.set(bucket, records as CardRecord[]);
		}
		report.rebuilt.push(...rebuilt.exact);
		report.partlyRebuilt.push(...rebuilt.partly);
	}
	for (const [bucket, bucketDamage] of damaged.buckets) {
		const here = new Map([...latest].filter(([key]) => bucketOf(key) === bucket));
		const known = keysIn(recordsText('cardBuckets', bucketDamage.value)).filter((key) => bucketOf(key) === bucket);
		const rebuilt = rebuildCards(here, known, gaps);
		// Records without any answer in the log stay as they were, when their bucket's text was sound.
		const kept = bucketDamage.kept.filter((record) => !here.has(record.key));
		const records = [...rebuilt.records, ...kept];
		putAside('cardBuckets', `bucket ${bucket}`, bucketDamage);
		track<unknown>(records.length > 0 ? cardStore.put(bucketValue(records), bucket) : cardStore.delete(bucket));
		written.set(bucket, records);
		report.rebuilt.push(...rebuilt.exact);
		report.partlyRebuilt.push(...rebuilt.partly);
		report.notRebuilt.push(...rebuilt.lost.filter((key) => !kept.some((record) => record.key === key)));
	}
	for (const [key, { latest: state, seen }] of stale) {
		const bucket = bucketOf(key);
		// Buckets of stale cards were checked sound above (damaged ones are rebuilt whole).
		const records = written.get(bucket) ?? recordsOf(await cardStore.get(bucket), bucket);
		const current = records.find((record) => record.key === key);
		// Answered since the check looked: the newer answer stands.
		if (current?.version !== seen?.version || current?.lastReview !== seen?.lastReview) continue;
		// The state it replaces is kept aside: the learner may know it to be the right one (a backup's card that contradicts its own log).
		if (current) putAside('cardBuckets', `card ${key}`, { value: bucketValue([current]), reason: STATE_DIFFERS });
		const next = [...records.filter((record) => record.key !== key), state];
		track(cardStore.put(bucketValue(next), bucket));
		written.set(bucket, next);
		(gaps.some((gap) => gapMayHoldLater(gap, key, state)) ? report.partlyRebuilt : report.rebuilt).push(key);
	}
	for (const list of [report.rebuilt, report.partlyRebuilt, report.notRebuilt]) list.sort();
	const ids = await Promise.all(setAside.map(({ id }) => id));
	report.setAside = setAside.map(({ entry }, index) => describeSetAside(ids[index] ?? 0, entry));
	return { report, buckets: written };
}

export function repair(database: TrainerDatabase, findings: Findings, now: Date): Promise<Repair> {
	return writeTransaction(database, [...DATA_STORES], (transaction, track) => repairIn(transaction, track, findings, now));
}
