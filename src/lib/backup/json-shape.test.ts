import { describe, expect, it } from 'vitest';
import { shapeProblem } from './json-shape';

const limits = { depth: 4, entries: 3, containers: 10 };

describe('shapeProblem', () => {
	it('passes JSON within the limits, and text that is not JSON at all', () => {
		expect(shapeProblem('{"reviews":[{"after":{}},{},{}],"settings":{"a":1,"b":2,"c":3}}', limits)).toBeUndefined();
		expect(shapeProblem('{"format": ', limits)).toBeUndefined();
		expect(shapeProblem(']]]', limits)).toBeUndefined();
		expect(shapeProblem('', limits)).toBeUndefined();
	});

	it('counts entries per list and fields per object, naming the top-level field', () => {
		expect(shapeProblem('{"format":"x","reviews":[1,2,3,4]}', limits)).toEqual({ path: ['reviews'], code: 'tooMany', limit: 3 });
		expect(shapeProblem('{"cards":[{"a":1,"b":2,"c":3,"d":4}]}', limits)).toEqual({ path: ['cards'], code: 'tooMany', limit: 3 });
		expect(shapeProblem('[1,2,3,4]', limits)).toEqual({ path: [], code: 'tooMany', limit: 3 });
	});

	it('ignores brackets, braces, commas and quotes inside strings', () => {
		expect(shapeProblem('{"reviews":["[[[[[,,,,,{{{{", "\\"[[[[,,,,\\\\", "]]]]"]}', limits)).toBeUndefined();
	});

	it('refuses deep nesting and too many objects and lists', () => {
		expect(shapeProblem('{"reviews":[[[[]]]]}', limits)).toEqual({ path: ['reviews'], code: 'tooDeep', limit: 4 });
		expect(shapeProblem(`{"a":[[],[],[]],"b":[[],[],[]],"c":[[],[],[]]}`, limits)).toEqual({ path: ['c'], code: 'tooManyValues', limit: 10 });
	});
});
