import { describe, expect, it } from 'vitest';
import { METHODS } from '../lab/plan.ts';
import { allSeries, parseEvidence, seriesOf } from './evidence-data.ts';
import { fixtureEvidence } from './test-helpers.ts';

const [firstMethod] = METHODS;
const data = fixtureEvidence((variant, method, amount, seed) => (variant === 'holds' ? 0.5 : 0.2) + METHODS.indexOf(method) / 100 + amount / 10000 + seed / 10);

describe('parseEvidence', () => {
	it('accepts complete data', () => {
		expect(parseEvidence(JSON.parse(JSON.stringify(data)))).toEqual(data);
	});

	it('names the file and field of a wrong value', () => {
		const broken = { ...data, results: data.results.map((r, i) => (i === 2 ? { ...r, accuracies: [0.5, 1.5] } : r)) };
		expect(() => parseEvidence(broken, 'x.json')).toThrow(/^x\.json: results\[2\]\.accuracies\[1\]: /);
	});

	it('names the entry that lacks a seed, and the missing entry', () => {
		const [dropped, ...rest] = data.results;
		const short = { ...data, results: [{ ...dropped!, accuracies: [0.5] }, ...rest.slice(1)] };
		const message = (() => {
			try {
				parseEvidence(short, 'x.json');
			} catch (error) {
				return (error as Error).message;
			}
			return '';
		})();
		expect(message).toContain(`x.json: results[0] (holds, ${firstMethod}, 10 images): accuracies: has 1 values, expected one per seed (2)`);
		expect(message).toContain(`x.json: results: no entry for holds, ${rest[0]!.method}, ${rest[0]!.amount} images`);
	});

	it('rejects a method the lab does not run', () => {
		const renamed = { ...data, results: data.results.map((r, i) => (i === 0 ? { ...r, method: 'feature-magic' } : r)) };
		expect(() => parseEvidence(renamed, 'x.json')).toThrow(/x\.json: results\[0\]\.method: /);
	});
});

describe('series', () => {
	it('gives mean, lowest and highest seed per amount, ascending', () => {
		const { points } = seriesOf(data, 'holds', firstMethod!);
		expect(points.map((p) => p.amount)).toEqual([10, 100, 1000]);
		expect(points[0]!.min).toBeCloseTo(0.501);
		expect(points[0]!.max).toBeCloseTo(0.601);
		expect(points[0]!.mean).toBeCloseTo(0.551);
	});

	it('lists one series per variant and method', () => {
		expect(allSeries(data).map((s) => `${s.variant}/${s.method}`)).toEqual(['holds', 'violated'].flatMap((v) => METHODS.map((m) => `${v}/${m}`)));
	});
});
