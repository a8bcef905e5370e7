/**
 * The review log, stored in pages rather than one IndexedDB record per
 * review: Chromium spends seconds on 100,000 separate records (per-record
 * overhead) and far less on a few large ones. New answers wait in a small
 * tail (log-writes.ts) and are folded into a page every TAIL_SIZE answers;
 * pages are merged into the page before them until that holds VOLUME_SIZE.
 * Each page keeps two JSON strings: the reviews as a backup stores them
 * (without `before`), so an export is mostly string concatenation, and their
 * `before` records, in the same order. Pages follow commit order, so the last
 * entry of the last page is the latest answer.
 */
import { toBackupReview } from '../backup/review-chain';
import type { CardRecord, ReviewRecord } from '../srs/types';

export const VOLUME_SIZE = 2000;

export interface LogPage {
	/** Page number, ascending in the order pages were started. */
	seq: number;
	/** Earliest and latest reviewedAt on the page (the index finds pages by time). */
	minAt: string;
	maxAt: string;
	count: number;
	/** JSON array of BackupReview. */
	reviews: string;
	/**
	 * textChecksum(reviews) when written. Only validated reviews are ever
	 * written, so a matching checksum proves the text valid without parsing
	 * it: that is what lets an export of 100,000 reviews skip re-validation.
	 */
	checksum: string;
	/** JSON array of the reviews' `before` (CardRecord or null), same order. */
	befores: string;
}

export function isLogPage(value: unknown): value is LogPage {
	if (typeof value !== 'object' || value === null) return false;
	const page = value as Partial<LogPage>;
	return (
		Number.isSafeInteger(page.seq) &&
		typeof page.minAt === 'string' &&
		typeof page.maxAt === 'string' &&
		Number.isSafeInteger(page.count) &&
		typeof page.reviews === 'string' &&
		typeof page.checksum === 'string' &&
		typeof page.befores === 'string'
	);
}

/** FNV-1a over the UTF-16 code units: tens of milliseconds for 40 MB, enough to notice any change. */
export function textChecksum(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index += 1) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16);
}

function withChecksum(reviews: string): { reviews: string; checksum: string } {
	return { reviews, checksum: textChecksum(reviews) };
}

/** A page holding `reviews` (at least one). */
export function pageOf(seq: number, reviews: readonly ReviewRecord[]): LogPage {
	let minAt = reviews[0]?.reviewedAt ?? '';
	let maxAt = minAt;
	for (const { reviewedAt } of reviews) {
		if (reviewedAt < minAt) minAt = reviewedAt;
		if (reviewedAt > maxAt) maxAt = reviewedAt;
	}
	return {
		seq,
		minAt,
		maxAt,
		count: reviews.length,
		...withChecksum(JSON.stringify(reviews.map(toBackupReview))),
		befores: JSON.stringify(reviews.map((review) => review.before)),
	};
}

/** Splits a log (in order) into full volumes numbered from 1. */
export function pagesOf(reviews: readonly ReviewRecord[]): LogPage[] {
	const pages: LogPage[] = [];
	for (let start = 0; start < reviews.length; start += VOLUME_SIZE) {
		pages.push(pageOf(pages.length + 1, reviews.slice(start, start + VOLUME_SIZE)));
	}
	return pages;
}

function joinJson(first: string, second: string): string {
	return `${first.slice(0, -1)},${second.slice(1)}`;
}

/** `volume` with `open` appended (keeping the volume's number), if the result fits in VOLUME_SIZE. */
export function mergePages(volume: LogPage, open: LogPage): LogPage | undefined {
	if (volume.count === 0 || open.count === 0 || volume.count + open.count > VOLUME_SIZE) return undefined;
	return {
		seq: volume.seq,
		minAt: open.minAt < volume.minAt ? open.minAt : volume.minAt,
		maxAt: open.maxAt > volume.maxAt ? open.maxAt : volume.maxAt,
		count: volume.count + open.count,
		...withChecksum(joinJson(volume.reviews, open.reviews)),
		befores: joinJson(volume.befores, open.befores),
	};
}

/**
 * The entries of a page as candidate ReviewRecords (still to be validated),
 * or a reason why the page cannot be read at all.
 */
export function readPage(page: unknown): { entries: unknown[] } | { unreadable: string } {
	if (!isLogPage(page)) return { unreadable: 'not a review-log page' };
	let reviews: unknown;
	let befores: unknown;
	try {
		reviews = JSON.parse(page.reviews);
		befores = JSON.parse(page.befores);
	} catch (error) {
		return { unreadable: `broken JSON (${error instanceof Error ? error.message : String(error)})` };
	}
	if (!Array.isArray(reviews) || !Array.isArray(befores) || reviews.length !== befores.length) {
		return { unreadable: 'reviews and their before-states do not line up' };
	}
	return {
		entries: reviews.map((review: unknown, index) =>
			typeof review === 'object' && review !== null ? { ...review, before: befores[index] as CardRecord | null } : review,
		),
	};
}
