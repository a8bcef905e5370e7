import { describe, expect, it } from 'vitest';
import { countOf, timesAsMany, withArticle } from './english';

describe('withArticle', () => {
	it.each([
		['photo', 'a photo'], ['audio clip', 'an audio clip'], ['email', 'an email'], ['X-ray image', 'an X-ray image'],
		['user review', 'a user review'], ['ECG trace', 'an ECG trace'], ['MRI scan', 'an MRI scan'], ['CT scan', 'a CT scan'],
		['hour-long recording', 'an hour-long recording'], ['one-second clip', 'a one-second clip'], ['row of a table', 'a row of a table'],
		['unit', 'a unit'], ['image', 'an image'], ['European road sign', 'a European road sign'],
	])('%s → %s', (phrase, expected) => {
		expect(withArticle(phrase)).toBe(expected);
	});
});

describe('countOf', () => {
	const photo = { one: 'photo', other: 'photos' };
	it('agrees in number and groups digits', () => {
		expect(countOf(1, photo)).toBe('1 photo');
		expect(countOf(0, photo)).toBe('0 photos');
		expect(countOf(1_200_000, photo)).toBe('1,200,000 photos');
	});

	it('says twice for 2 and n times otherwise', () => {
		expect(timesAsMany(2)).toBe('twice');
		expect(timesAsMany(1500)).toBe('1,500 times');
	});
});
