// Load balancing, measured (issue 14): a 500-card deck studied for 365 days
// at 20 new cards a day, 20 simulated learners (src/lib/srs/load-balance.ts),
// with due days exact (the trainer without load balancing), moved at random
// within ±5 % (fuzz), and moved within ts-fsrs's fuzz range to the day with
// the fewest cards due. Rows: the coefficient of variation of the daily
// answer counts (over the year, and after the last new card), and the share
// of due reviews recalled. Load balancing stays only while it lowers the CV
// and moves retention by at most 0.5 point (docs/trainer.md).
// Run alone: node scripts/bench/load-balance.mjs
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const names = { exact: 'exact due days (no load balancing)', fuzz: 'random fuzz ±5 %', balance: 'load balanced' };
const diagnostic = (name, value, unit) => ({ name, value: Math.round(value * 10_000) / 10_000, unit, budget: null, ok: true });

export async function rows() {
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const { module } = await runnerImport(fileURLToPath(new URL('../../src/lib/srs/load-balance.ts', import.meta.url)), { root, configFile: false, logLevel: 'error' });
	const outcomes = module.compareSpreads();
	const exact = outcomes.find((outcome) => outcome.spread === 'exact');
	const balanced = outcomes.find((outcome) => outcome.spread === 'balance');
	const moved = Math.abs(balanced.retention - exact.retention) * 100;
	return [
		...outcomes.flatMap((outcome) => [
			diagnostic(`load balancing: CV of daily answers over a year, 500 cards, ${names[outcome.spread]}`, outcome.cv, ''),
			diagnostic(`load balancing: CV after the last new card, ${names[outcome.spread]}`, outcome.cvAfterNewCards, ''),
			diagnostic(`load balancing: due reviews recalled, ${names[outcome.spread]}`, outcome.retention * 100, '%'),
		]),
		{ name: 'load balancing: CV, balanced / exact (kept while below 1)', value: Math.round((balanced.cv / exact.cv) * 1000) / 1000, unit: '×', budget: 1, ok: balanced.cv < exact.cv },
		{ name: 'load balancing: retention moved by', value: Math.round(moved * 100) / 100, unit: 'points', budget: 0.5, ok: moved <= 0.5 },
	];
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
	for (const r of await rows()) console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.name}: ${r.value} ${r.unit}${r.budget == null ? '' : ` (budget ${r.budget})`}`);
}
