import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

/**
 * A lesson's Markdown table reflows on a phone as the site's other tables
 * do (src/styles/reflow-table.css): wrapped in a `.reflow-frame`, each body
 * cell carries the name of its column (`data-label`), and every part has
 * its explicit table role, which a browser drops once the display changes.
 * Without it a four-column comparison scrolled sideways at 360 px.
 */
export const reflowTables = defineHastPlugin({
	name: 'reflow-tables',
	element: {
		filter: ['table'],
		visit(table, ctx) {
			const elements = (node: Element) => node.children.filter((child: ElementContent): child is Element => child.type === 'element');
			const groups = elements(table);
			const head = groups.find((group) => group.tagName === 'thead');
			const labels = head ? elements(elements(head)[0] ?? head).map((cell) => ctx.textContent(cell).trim()) : [];
			ctx.setProperty(table, 'className', ['reflow-table']);
			ctx.setProperty(table, 'role', 'table');
			for (const group of groups) {
				ctx.setProperty(group, 'role', 'rowgroup');
				for (const row of elements(group)) {
					ctx.setProperty(row, 'role', 'row');
					elements(row).forEach((cell, column) => {
						if (cell.tagName === 'th') {
							ctx.setProperty(cell, 'role', 'columnheader');
							ctx.setProperty(cell, 'scope', 'col');
							return;
						}
						ctx.setProperty(cell, 'role', 'cell');
						const label = labels[column];
						if (label) ctx.setProperty(cell, 'dataLabel', label);
					});
				}
			}
			ctx.wrapNode(table, { raw: '<div class="reflow-frame"></div>' });
		},
	},
});
