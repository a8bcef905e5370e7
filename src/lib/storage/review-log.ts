/**
 * The review log, stored in pages rather than one IndexedDB record per
 * review: Chromium spends seconds on 100,000 separate records (per-record
 * overhead) and far less on a few large ones. New answers wait in a small
 * tail (log-writes.ts) and are folded into a page every TAIL_SIZE answers;
 * pages are merged into the page before them until that holds VOLUME_SIZE.
 * Each page keeps two JSON texts: the reviews as a backup stores them
 * (without `before`), as UTF-8 bytes, so an export hands them to the file as
 * they are (utf8.ts), and their `before` records, in the same order, as a
 * string. Pages follow commit order, so the last entry of the last page is
 * the latest answer.
 */
import { toBackupReview } from '../backup/review-chain';
import { isReviewRecord } from '../srs/guards';
import type { CardRecord, ReviewRecord } from '../srs/types';
import { textChecksum } from './checksum';
import { textOf, utf8 } from './utf8';

export const VOLUME_SIZE = 2000;

export interface LogPage {
	/** Page number, ascending in the order pages were started. */
	seq: number;
	/** Earliest and latest reviewedAt on the page (the index finds pages by time); empty strings on an empty page. */
	minAt: string;
	maxAt: string;
	count: number;
	/** JSON array of BackupReview, as UTF-8 bytes. */
	reviews: Uint8Array<ArrayBuffer>;
	/**
	 * textChecksum(...reviewsChecksumParts(page)) when written, over the
	 * reviews' bytes as stored. Only validated reviews are
	 * ever written, so a matching checksum proves the text valid without
	 * parsing it: that is what lets an export of 100,000 reviews skip
	 * re-validation, and what shows an edit that keeps the JSON valid.
	 */
	checksum: string;
	/** JSON array of the reviews' `before` (CardRecord or null), same order. */
	befores: string;
	/** textChecksum(befores) when written. */
	beforesChecksum: string;
}

/** What a page's `checksum` covers: its place and time range, its count and its reviews (bytes; text in storage layout 3). */
export function reviewsChecksumParts(page: Pick<LogPage, 'seq' | 'minAt' | 'maxAt' | 'count'> & { reviews: Uint8Array | string }): (string | Uint8Array)[] {
	return [`${page.seq} ${page.minAt} ${page.maxAt} ${page.count}`, page.reviews];
}

export function isLogPage(value: unknown): value is LogPage {
	if (typeof value !== 'object' || value === null) return false;
	const page = value as Partial<LogPage>;
	return (
		Number.isSafeInteger(page.seq) &&
		typeof page.minAt === 'string' &&
		typeof page.maxAt === 'string' &&
		Number.isSafeInteger(page.count) &&
		page.reviews instanceof Uint8Array &&
		typeof page.checksum === 'string' &&
		typeof page.befores === 'string' &&
		typeof page.beforesChecksum === 'string'
	);
}

/** Why a page whose checksum failed did: an edit that kept it readable, or damage that did not. */
export function checksumFailure(page: LogPage, reviewsSum: string, beforesSum: string): string | undefined {
	if (reviewsSum === page.checksum && beforesSum === page.beforesChecksum) return undefined;
	const readable = [textOf(page.reviews), page.befores].every((text) => {
		try {
			return Array.isArray(JSON.parse(text));
		} catch {
			return false;
		}
	});
	if (!readable) return 'its checksum does not match and it is not valid JSON any more: it was damaged';
	return reviewsSum === page.checksum
		? 'the checksum of its earlier card states does not match: they were changed outside the trainer'
		: 'its checksum does not match: it was changed outside the trainer';
}

/** Why a page's checksums do not match its text, if they do not. */
export function pageChecksumProblem(page: LogPage): string | undefined {
	return checksumFailure(page, textChecksum(...reviewsChecksumParts(page)), textChecksum(page.befores));
}

function sealed(page: Omit<LogPage, 'checksum' | 'beforesChecksum'>): LogPage {
	return { ...page, checksum: textChecksum(...reviewsChecksumParts(page)), beforesChecksum: textChecksum(page.befores) };
}

/** The page a set-aside page leaves in its place, so that its number is not used again and a restore can put it back. */
export function emptyPage(seq: number): LogPage {
	return sealed({ seq, minAt: '', maxAt: '', count: 0, reviews: utf8('[]'), befores: '[]' });
}

/** A page holding `reviews` (at least one). */
export function pageOf(seq: number, reviews: readonly ReviewRecord[]): LogPage {
	let minAt = reviews[0]?.reviewedAt ?? '';
	let maxAt = minAt;
	for (const { reviewedAt } of reviews) {
		if (reviewedAt < minAt) minAt = reviewedAt;
		if (reviewedAt > maxAt) maxAt = reviewedAt;
	}
	return sealed({
		seq,
		minAt,
		maxAt,
		count: reviews.length,
		reviews: utf8(JSON.stringify(reviews.map(toBackupReview))),
		befores: JSON.stringify(reviews.map((review) => review.before)),
	});
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

const COMMA = 0x2c;

/** joinJson for UTF-8 bytes. */
function joinJsonBytes(first: Uint8Array, second: Uint8Array): Uint8Array<ArrayBuffer> {
	const joined = new Uint8Array(first.length + second.length - 1);
	joined.set(first.subarray(0, -1));
	joined[first.length - 1] = COMMA;
	joined.set(second.subarray(1), first.length);
	return joined;
}

/** `volume` with `open` appended (keeping the volume's number), if the result fits in VOLUME_SIZE. */
export function mergePages(volume: LogPage, open: LogPage): LogPage | undefined {
	if (volume.count === 0 || open.count === 0 || volume.count + open.count > VOLUME_SIZE) return undefined;
	return sealed({
		seq: volume.seq,
		minAt: open.minAt < volume.minAt ? open.minAt : volume.minAt,
		maxAt: open.maxAt > volume.maxAt ? open.maxAt : volume.maxAt,
		count: volume.count + open.count,
		reviews: joinJsonBytes(volume.reviews, open.reviews),
		befores: joinJson(volume.befores, open.befores),
	});
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
		reviews = JSON.parse(textOf(page.reviews));
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

/** The reviews of a stored page, or why the page is damaged: checksums, JSON and every entry are checked. */
export function checkPage(page: unknown): { reviews: ReviewRecord[] } | { damaged: string } {
	if (!isLogPage(page)) return { damaged: 'not a review-log page' };
	const problem = pageChecksumProblem(page);
	if (problem) return { damaged: problem };
	const read = readPage(page);
	if ('unreadable' in read) return { damaged: read.unreadable };
	const invalid = read.entries.findIndex((entry) => !isReviewRecord(entry));
	if (invalid >= 0) return { damaged: `entry ${invalid + 1} is not a valid review` };
	if (read.entries.length !== page.count) return { damaged: `it holds ${read.entries.length} reviews, not ${page.count}` };
	return { reviews: read.entries as ReviewRecord[] };
}
