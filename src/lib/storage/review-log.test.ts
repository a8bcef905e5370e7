import { describe, expect, it } from 'vitest';
import { withBefore } from '../backup/review-chain';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { textChecksum } from './checksum';
import { checkPage, emptyPage, mergePages, pageOf, pagesOf, readPage, VOLUME_SIZE, type LogPage } from './review-log';
import { textOf, utf8 } from './utf8';

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

	it('carry checksums that any edit changes, of their reviews with their time range and count, and of their earlier states', () => {
		const page = pageOf(1, log.slice(0, 3));
		expect(checkPage(page)).toEqual({ reviews: log.slice(0, 3) });
		expect(page.checksum).toBe(textChecksum(`1 ${page.minAt} ${page.maxAt} 3`, page.reviews));
		expect(page.beforesChecksum).toBe(textChecksum(page.befores));
		const edits: Partial<LogPage>[] = [
			{ reviews: utf8(textOf(page.reviews).replace('"rating":3', '"rating":4')) },
			{ reviews: utf8(textOf(page.reviews).replace('"rating":', '"rating": ')) },
			{ befores: page.befores.replace('"reps":', '"reps": ') },
			{ count: 2 },
			{ maxAt: page.minAt },
		];
		for (const edit of edits) expect(checkPage({ ...page, ...edit })).toEqual({ damaged: expect.stringMatching(/checksum/) });
		expect(textChecksum('a', 'b')).not.toBe(textChecksum('ab', ''));
	});

	it('leave an empty page where a damaged one was set aside, which nothing merges into', () => {
		const placeholder = emptyPage(4);
		expect(checkPage(placeholder)).toEqual({ reviews: [] });
		expect(mergePages(placeholder, pageOf(5, log.slice(0, 2)))).toBeUndefined();
	});

	it('explain why a page cannot be read', () => {
		expect(readPage({ nope: true })).toEqual({ unreadable: 'not a review-log page' });
		expect(readPage({ ...pageOf(1, log.slice(0, 2)), befores: '[null]' })).toEqual({ unreadable: 'reviews and their before-states do not line up' });
		expect(readPage({ ...pageOf(1, log.slice(0, 2)), reviews: utf8('[') })).toMatchObject({ unreadable: expect.stringMatching(/^broken JSON/) });
	});
});
