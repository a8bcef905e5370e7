import { describe, expect, it } from 'vitest';
import { withBefore } from '../backup/review-chain';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { mergePages, pageOf, pagesOf, readPage, textChecksum, VOLUME_SIZE, type LogPage } from './review-log';

const log = withBefore(makeSyntheticHistory(30, 2 * VOLUME_SIZE + 50, 4, new Date('2025-06-01T00:00:00.000Z')).reviews);

function entriesOf(page: LogPage): unknown[] {
	const read = readPage(page);
	if ('unreadable' in read) throw new Error(read.unreadable);
	return read.entries;
}

describe('review-log pages', () => {
	it('split a log into full volumes and read back exactly', () => {
		const pages = pagesOf(log);
		expect(pages.map((page) => page.count)).toEqual([VOLUME_SIZE, VOLUME_SIZE, 50]);
		expect(pages.map((page) => page.seq)).toEqual([1, 2, 3]);
		expect(pages.flatMap((page) => entriesOf(page))).toEqual(log);
	});

	it('merge a page into the volume before it while it fits', () => {
		const volume = pageOf(3, log.slice(0, 500));
		const open = pageOf(4, log.slice(500, 600));
		expect(mergePages(volume, open)).toEqual(pageOf(3, log.slice(0, 600)));
		expect(mergePages(pageOf(3, log.slice(0, VOLUME_SIZE - 50)), open)).toBeUndefined();
	});

	it('record the earliest and latest review time, in any order', () => {
		const [first, second] = log;
		const page = pageOf(1, [second!, first!]);
		expect([page.minAt, page.maxAt]).toEqual([first!.reviewedAt, second!.reviewedAt]);
		expect(mergePages(pageOf(1, [second!]), pageOf(2, [first!]))).toMatchObject({ minAt: first!.reviewedAt, maxAt: second!.reviewedAt });
	});

	it('carry a checksum of their review text that any edit changes', () => {
		const page = pageOf(1, log.slice(0, 3));
		expect(page.checksum).toBe(textChecksum(page.reviews));
		expect(textChecksum(page.reviews.replace('"rating":', '"rating": '))).not.toBe(page.checksum);
		expect(textChecksum('')).toBe('811c9dc5');
	});

	it('explain why a page cannot be read', () => {
		expect(readPage({ nope: true })).toEqual({ unreadable: 'not a review-log page' });
		expect(readPage({ ...pageOf(1, log.slice(0, 2)), befores: '[null]' })).toEqual({ unreadable: 'reviews and their before-states do not line up' });
		expect(readPage({ ...pageOf(1, log.slice(0, 2)), reviews: '[' })).toMatchObject({ unreadable: expect.stringMatching(/^broken JSON/) });
	});
});
