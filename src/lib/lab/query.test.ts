import { describe, expect, it } from 'vitest';
import { ignoredLabSettings, labQuery, parseAmounts, parseLabQuery, type LabQuery } from './query.ts';

describe('parseLabQuery', () => {
	it('opens a ready experiment and variant', () => {
		expect(parseLabQuery('?experiment=data&variant=violated')).toEqual({ experiment: 'data', variant: 'violated' });
		expect(parseLabQuery('experiment=features')).toEqual({ experiment: 'features' });
	});

	it('reads custom settings named as the form fields (methods in the shared order), and implies the custom experiment', () => {
		expect(parseLabQuery('?task=textures&input=permuted&amounts=20,50&methods=linear-probe,scratch')).toEqual({
			experiment: 'custom', task: 'textures', input: 'permuted', amounts: [20, 50], methods: ['scratch', 'linear-probe'],
		});
		expect(parseLabQuery('?experiment=custom&amounts=1000')).toEqual({ experiment: 'custom', amounts: [1000] });
	});

	it('leaves out what the form could not hold, so the form keeps its defaults, and never throws', () => {
		expect(parseLabQuery('?experiment=nope&variant=maybe&task=shapes&input=rotated&amounts=5,abc,99999,&methods=magic')).toEqual({});
		expect(parseLabQuery('?amounts=20,abc,50,20&methods=scratch,magic,linear-probe')).toEqual({ experiment: 'custom', amounts: [20, 50], methods: ['scratch', 'linear-probe'] });
		expect(parseLabQuery('?amounts=2.5,1e2,-10')).toEqual({});
		expect(parseLabQuery('?%E0%A4%A=1&experiment=')).toEqual({});
		expect(parseLabQuery('')).toEqual({});
	});
});

describe('ignoredLabSettings', () => {
	it('names each setting parseLabQuery leaves out, with what its field takes', () => {
		expect(ignoredLabSettings('?experiment=data&variant=violatd')).toEqual([{ name: 'variant', value: 'violatd', allowed: 'one of holds, violated' }]);
		expect(ignoredLabSettings('?task=textures&input=rotated&amounts=20,abc,50&methods=linear-probe,magic')).toEqual([
			{ name: 'input', value: 'rotated', allowed: 'one of original, permuted' },
			{ name: 'amounts', value: 'abc', allowed: 'whole numbers from 10 to 1000, separated by commas' },
			{ name: 'methods', value: 'magic', allowed: 'one of scratch, linear-probe, fine-tune-top, fine-tune-all' },
		]);
		expect(ignoredLabSettings('?experiment=custom&varaint=holds')).toEqual([{ name: 'varaint', value: 'holds', allowed: 'one of experiment, variant, task, input, amounts, methods' }]);
		expect(ignoredLabSettings('?experiment=nope&amounts=5')).toEqual([
			{ name: 'experiment', value: 'nope', allowed: 'one of input, data, features, custom' },
			{ name: 'amounts', value: '5', allowed: 'whole numbers from 10 to 1000, separated by commas' },
		]);
	});

	it('finds nothing in a query the lab reads whole', () => {
		for (const query of ['', '?experiment=data&variant=violated', '?task=letters&input=permuted&amounts=20, 50&methods=linear-probe,scratch', '?experiment=custom&amounts=1000']) expect(ignoredLabSettings(query), query).toEqual([]);
	});
});

describe('parseAmounts', () => {
	it('takes whole numbers in range, separated by commas, and drops repeats', () => {
		expect(parseAmounts('20, 50,20')).toEqual([20, 50]);
		expect(parseAmounts('1000')).toEqual([1000]);
	});

	it('refuses anything else, so the form can say what to fix', () => {
		for (const bad of ['', '9', '1001', '20,', 'twenty', '20;50', '1e2']) expect(parseAmounts(bad), bad).toBeUndefined();
	});
});

describe('labQuery', () => {
	it('writes what parseLabQuery reads back', () => {
		const queries: LabQuery[] = [
			{ experiment: 'data', variant: 'violated' },
			{ experiment: 'custom', task: 'letters', input: 'permuted', amounts: [20, 50], methods: ['scratch', 'linear-probe'] },
		];
		for (const query of queries) expect(parseLabQuery(labQuery(query))).toEqual(query);
		expect(labQuery({ task: 'letters', amounts: [20, 50] })).toBe('?task=letters&amounts=20,50');
	});
});
