import { describe, expect, it } from 'vitest';
import { decodeText } from './text';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeText', () => {
	it('reads UTF-8, without its byte-order mark and with \\n line endings', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf], '---\r\ntitle: Değerlendirme\r\n---\r\n'))).toEqual({ text: '---\ntitle: Değerlendirme\n---\n' });
	});

	it('names the first line that is not UTF-8, and keeps the text readable for the other checks', () => {
		// "Değerlendirme" as Windows-1254 writes it: ğ is the single byte 0xF0.
		const decoded = decodeText(bytes('---\ntitle: Notlar\n---\n\nDe', [0xf0], 'erlendirme\n'));
		expect(decoded.problem).toMatchObject({ line: 5, message: expect.stringContaining('not UTF-8'), fix: expect.stringContaining('save the file as UTF-8') });
		expect(decoded.text).toBe('---\ntitle: Notlar\n---\n\nDe\uFFFDerlendirme\n');
	});

	it('names UTF-16 as such', () => {
		expect(decodeText(bytes([0xff, 0xfe], [0x2d, 0, 0x2d, 0, 0x2d, 0]))).toEqual({ text: '---', problem: expect.objectContaining({ line: 1, message: expect.stringContaining('UTF-16') }) });
	});
});
