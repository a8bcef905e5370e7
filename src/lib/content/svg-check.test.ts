import { describe, expect, it } from 'vitest';
import { svgProblem } from './svg-check';

describe('svgProblem', () => {
	it('accepts a well-formed SVG, with a declaration and comments', () => {
		expect(svgProblem('<?xml version="1.0"?>\n<!-- a figure -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>\n')).toBeUndefined();
	});

	it('names the line of a tag left open or cut off', () => {
		expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg">\n<rect width="5"</svg>')).toMatchObject({ line: 2 });
		expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg">\n<g>\n<rect/>\n</svg>\n')).toMatchObject({ line: 4, message: expect.stringContaining('close tag') });
	});

	it('refuses a file whose document is not an SVG', () => {
		expect(svgProblem('<html><body/></html>')).toEqual({ line: 1, message: 'the document is <html>, not <svg>' });
		expect(svgProblem('')).toEqual({ line: 1, message: 'the file has no <svg> element' });
	});
});
