import type { Cell } from '@/lib/lab/summary.ts';
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
