/**
 * Checking what is read: every card bucket, log page and tail entry carries
 * a checksum, and its records are validated. What fails is noted as a
 * finding (where it is and why) for repair.ts; readers never move anything.
 */
import type { BackupReview } from '../backup/types';
import { isBackupReview, isSettings } from '../srs/guards';
import type { CardRecord, ReviewRecord, Settings } from '../srs/types';
import { checkBucket } from './card-buckets';
import { textChecksumInSlices } from './checksum';
import { repeatedIds } from './repeated-ids';
import { seqOf } from './log-reads';
import { gapMayHoldLater, type HistoryGap } from './rebuild';
import { checkPage, checksumFailure, isLogPage, pageChecksumProblem, reviewsChecksumParts } from './review-log';
import { checkTailEntry } from './tail-entry';
import type { DamageReport, Pause } from './types';
import { textOf } from './utf8';

/** Damaged data found while reading, by where it is stored, with the reason. */
export interface Findings {
	buckets: Map<number, string>;
	pages: Map<number, string>;
	tail: Map<number, string>;
	settings: string | undefined;
	/** Cards whose stored state (`seen`, undefined when missing) differs from the newest one in the log (`latest`). */
	stale: Map<string, { latest: CardRecord; seen: CardRecord | undefined }>;
	/** Review ids that appear more than once in the log (log-duplicates.ts). */
	repeatedIds: Set<string>;
	/** No card bucket is stored while the log holds answers: every card is rebuilt from the log. */
	noCards: boolean;
}

export function noFindings(): Findings {
	return { buckets: new Map(), pages: new Map(), tail: new Map(), settings: undefined, stale: new Map(), repeatedIds: new Set(), noCards: false };
}

export function hasFindings({ buckets, pages, tail, settings, stale, repeatedIds, noCards }: Findings): boolean {
	return buckets.size + pages.size + tail.size + stale.size + repeatedIds.size > 0 || settings !== undefined || noCards;
}

export function noDamage(): DamageReport {
	return { rebuilt: [], partlyRebuilt: [], notRebuilt: [], historyMissing: [], setAside: [] };
}

/** Whether a report has anything to tell: cards rebuilt (or not), cards without history, or data set aside. */
export function reportsAnything(report: DamageReport): boolean {
	return report.rebuilt.length + report.partlyRebuilt.length + report.notRebuilt.length + report.historyMissing.length + report.setAside.length > 0;
}

/** Answered cards of `records` with no answer in the log (`logged`) that no damaged log data kept aside may hold (`gaps`). */
export function withoutHistory(records: ReadonlyMap<string, CardRecord>, logged: (key: string) => boolean, gaps: readonly HistoryGap[]): string[] {
	return [...records.values()]
		.filter((record) => record.lastReview !== undefined && !logged(record.key) && !gaps.some((gap) => gapMayHoldLater(gap, record.key, undefined)))
		.map((record) => record.key)
		.sort();
}

/** Valid cards by key from stored buckets (with their numbers); damaged buckets are noted. */
export function checkCards(buckets: readonly unknown[], bucketNumbers: readonly unknown[], findings: Findings): Map<string, CardRecord> {
	const records = new Map<string, CardRecord>();
	buckets.forEach((stored, index) => {
		const number = bucketNumbers[index];
		const bucket = typeof number === 'number' ? number : Number.NaN;
		const checked = checkBucket(stored, bucket);
		if ('damaged' in checked) findings.buckets.set(bucket, checked.damaged);
		else for (const record of checked.records) records.set(record.key, record);
	});
	return records;
}

/** The stored settings if valid; otherwise noted. */
export function checkSettings(value: unknown, findings: Findings): Settings | undefined {
	if (value === undefined || isSettings(value)) return value;
	findings.settings = 'the stored settings are not valid';
	return undefined;
}

/** The valid reviews of stored pages (with their befores) and tail entries, in log order; damage (an id met twice too) is noted. */
export function checkLogRead(pages: readonly unknown[], tail: { values: readonly unknown[]; keys: readonly number[] }, findings: Findings): ReviewRecord[] {
	const reviews: ReviewRecord[] = [];
	for (const page of pages) {
		const checked = checkPage(page);
		if ('damaged' in checked) findings.pages.set(seqOf(page), checked.damaged);
		else reviews.push(...checked.reviews);
	}
	tail.values.forEach((value, index) => {
		const checked = checkTailEntry(value);
		if ('damaged' in checked) findings.tail.set(tail.keys[index] ?? Number.NaN, checked.damaged);
		else reviews.push(checked.review);
	});
	repeatedIds(reviews, new Set(), findings.repeatedIds);
	return reviews;
}

/** A page's reviews without their befores (which are not parsed): both checksums and every review are checked. */
export function pageReviews(page: unknown): { reviews: BackupReview[] } | { damaged: string } {
	if (!isLogPage(page)) return { damaged: 'not a review-log page' };
	const problem = pageChecksumProblem(page);
	if (problem) return { damaged: problem };
	let reviews: unknown;
	try {
		reviews = JSON.parse(textOf(page.reviews));
	} catch {
		return { damaged: 'not valid JSON' };
	}
	if (!Array.isArray(reviews) || reviews.length !== page.count) return { damaged: `it does not hold the ${page.count} reviews it lists` };
	const invalid = reviews.findIndex((review) => !isBackupReview(review));
	return invalid >= 0 ? { damaged: `entry ${invalid + 1} is not a valid review` } : { reviews: reviews as BackupReview[] };
}

/** Why a stored page (with its befores) fails its checksums, hashing in slices; undefined when it is sound. */
export async function pageChecksumProblemInSlices(page: unknown, pause: Pause): Promise<string | undefined> {
	if (!isLogPage(page)) return 'not a review-log page';
	return checksumFailure(page, await textChecksumInSlices(reviewsChecksumParts(page), pause), await textChecksumInSlices([page.befores], pause));
}
