import { describe, expect, it } from 'vitest';
import { formatSize } from './format-size';

describe('formatSize', () => {
	it('shows megabytes with one decimal under ten, in the page language', () => {
		expect(formatSize(1_823_000, 'en')).toBe('1.8 MB');
		expect(formatSize(1_823_000, 'tr')).toBe('1,8 MB');
		expect(formatSize(12_400_000, 'en')).toBe('12 MB');
	});

	it('shows kilobytes below a megabyte, never zero', () => {
		expect(formatSize(850_000, 'en')).toBe('850 kB');
		expect(formatSize(12, 'en')).toBe('1 kB');
	});
});
