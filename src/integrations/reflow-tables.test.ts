import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { reflowTables } from './reflow-tables';

const table = '| Aspect | Transfer *learning* |\n| --- | --- |\n| Order | A first, then B |\n| Data | More for A |\n';

describe('reflowTables', () => {
	it('frames a Markdown table for reflowing, with table roles and each body cell named by its column', () => {
		const html = markdownToHtml(table, { hastPlugins: [reflowTables] }).html.replace(/\n/g, '');
		expect(html).toBe(
			'<div class="reflow-frame"><table class="reflow-table" role="table">' +
				'<thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">Aspect</th><th role="columnheader" scope="col">Transfer <em>learning</em></th></tr></thead>' +
				'<tbody role="rowgroup">' +
				'<tr role="row"><td role="cell" data-label="Aspect">Order</td><td role="cell" data-label="Transfer learning">A first, then B</td></tr>' +
				'<tr role="row"><td role="cell" data-label="Aspect">Data</td><td role="cell" data-label="Transfer learning">More for A</td></tr>' +
				'</tbody></table></div>',
		);
	});

	it('does the same in MDX lessons', () => {
		const code = mdxToJs(table, { hastPlugins: [reflowTables] }).code;
		expect(code).toContain('"reflow-frame"');
		expect(code).toContain('"data-label": "Transfer learning"');
	});
});
