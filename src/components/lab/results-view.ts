import type { PresetId, Variant } from '@/lib/lab/presets.ts';
import { outcomeOf, transferGain, type Cell, type Outcome } from '@/lib/lab/summary.ts';
import type { LabText } from './lab-text.ts';

/** Fills the results table: one row per (method, amount), with the mean and every seed's final accuracy. */
export function renderTable(body: HTMLTableSectionElement, cells: readonly Cell[], text: LabText): void {
	body.replaceChildren(
		...cells.map((cell) => {
			const row = document.createElement('tr');
			row.dataset['method'] = cell.method;
			row.dataset['amount'] = String(cell.amount);
			const method = document.createElement('th');
			method.scope = 'row';
			method.textContent = text.method(cell.method);
			const amount = document.createElement('td');
			amount.textContent = text.integer(cell.amount);
			const mean = document.createElement('td');
			mean.textContent = text.percent(cell.mean);
			// The unrounded value, for tests and for anyone copying the table into a spreadsheet script.
			mean.dataset['value'] = cell.mean.toFixed(4);
			const seeds = document.createElement('td');
			seeds.textContent = cell.finals.map((value) => text.percent(value)).join(' · ');
			row.append(method, amount, mean, seeds);
			return row;
		}),
	);
}

export interface VerdictContext {
	cells: readonly Cell[];
	prediction: Outcome | undefined;
	/** Set when a ready experiment ran, to compare the numbers with what the lesson says. */
	preset: { id: PresetId; variant: Variant } | undefined;
}

/** Sentences saying what the numbers show, whether the prediction held, and how that squares with the lesson. */
export function verdictSentences({ cells, prediction, preset }: VerdictContext, text: LabText): string[] {
	const gain = transferGain(cells);
	if (gain === undefined) return [text.t('lab.result.incomparable')];
	const outcome = outcomeOf(gain);
	const sentences = [text.t(`lab.result.${outcome}`, { points: text.points(outcome === 'no-difference' ? gain : Math.abs(gain)) })];
	if (prediction) sentences.push(text.t(prediction === outcome ? 'lab.result.held' : 'lab.result.missed'));
	if (preset) {
		// The lesson predicts a clear gain when the condition holds, and no gain (a tie or a loss) when it is violated.
		const matches = preset.variant === 'holds' ? outcome === 'transfer-wins' : outcome !== 'transfer-wins';
		const key = preset.variant === 'holds' ? `lab.result.${matches ? 'expected' : 'unexpected'}.holds` : `lab.result.${matches ? 'expected' : 'unexpected'}.${preset.id}.violated`;
		sentences.push(text.t(key));
	}
	return sentences;
}
