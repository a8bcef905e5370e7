import { describe, expect, it } from 'vitest';
import { readRecordedHash, sourceHash, sourceHashOf } from './source-hash';

describe('sourceHash', () => {
	it('is 12 hex digits and changes with the text', () => {
		expect(sourceHash('Dropout drops units.')).toMatch(/^[0-9a-f]{12}$/);
		expect(sourceHash('Dropout drops units.')).not.toBe(sourceHash('Dropout drops neurons.'));
	});

	it('ignores line endings, trailing spaces and blank lines at the ends', () => {
		expect(sourceHash('a  \r\nb\r\n\r\n')).toBe(sourceHash('a\nb'));
	});

	it('ignores the order of fields in structured text, not their values', () => {
		expect(sourceHashOf({ term: 'Head', definition: 'New layers.' })).toBe(sourceHashOf({ definition: 'New layers.', term: 'Head' }));
		expect(sourceHashOf({ term: 'Head', definition: 'New layers.' })).not.toBe(sourceHashOf({ term: 'Head', definition: 'New layer.' }));
	});
});

describe('readRecordedHash', () => {
	it('accepts a well-formed hash and nothing else', () => {
		expect(readRecordedHash(' 0123456789ab ')).toBe('0123456789ab');
		expect(readRecordedHash('0123456789AB')).toBeUndefined();
		expect(readRecordedHash('0123')).toBeUndefined();
		expect(readRecordedHash(123456789012)).toBeUndefined();
	});
});
