import type { Cell } from '@/lib/lab/summary.ts';
import type { LabText } from './lab-text.ts';

/**
 * Fills the results table: one row per (method, amount), with the mean and
 * every seed's final accuracy. On a narrow screen the table reflows into one
 * block per row (src/styles/reflow-table.css): each cell carries its
 * column's name, and explicit roles keep the table a table for screen readers.
 */
export function renderTable(body: HTMLTableSectionElement, cells: readonly Cell[], text: LabText): void {
	const columns = [...(body.closest('table')?.tHead?.rows[0]?.cells ?? [])].map((header) => header.textContent ?? '');
	const cell = (column: number, content: string): HTMLTableCellElement => {
		const td = document.createElement('td');
		td.setAttribute('role', 'cell');
		td.dataset['label'] = columns[column] ?? '';
		td.textContent = content;
		return td;
	};
	body.replaceChildren(
		...cells.map((result) => {
			const row = document.createElement('tr');
			row.setAttribute('role', 'row');
			row.dataset['method'] = result.method;
			row.dataset['amount'] = String(result.amount);
			const method = document.createElement('th');
			method.scope = 'row';
			method.setAttribute('role', 'rowheader');
			method.textContent = text.method(result.method);
			const mean = cell(2, text.percent(result.mean));
			// The unrounded value, for tests and for anyone copying the table into a spreadsheet script.
			mean.dataset['value'] = result.mean.toFixed(4);
			row.append(method, cell(1, text.integer(result.amount)), mean, cell(3, result.finals.map((value) => text.percent(value)).join(' · ')));
			return row;
		}),
	);
}
