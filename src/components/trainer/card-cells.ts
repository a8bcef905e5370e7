import { lessonUrl } from '../../lib/trainer-session/lesson-url';
import { cardText } from './card-text';
import { el } from './dom';
import type { TrainerContext } from './progress';

/** How a card is named in lists: its question, or its key if the decks on this page no longer have it. */
export function listedText(key: string, context: TrainerContext): string {
	return cardText(key, context) ?? context.t('trainer.cards.unknownCard', { key });
}

/**
 * A table that reflows into one block per row on a phone (the shared
 * reflow-table.css), with explicit table roles (a table whose display
 * changes loses them in some browsers). Each row starts with its row header.
 */
export function reflowTable(caption: string, headings: readonly string[], rows: readonly HTMLTableRowElement[], className = ''): HTMLElement {
	return el('div', { class: 'reflow-frame' }, [
		el('table', { class: `reflow-table ${className}`.trim(), role: 'table' }, [
			el('caption', {}, [caption]),
			el('thead', { role: 'rowgroup' }, [el('tr', { role: 'row' }, headings.map((name) => el('th', { scope: 'col', role: 'columnheader' }, [name])))]),
			el('tbody', { role: 'rowgroup' }, rows),
		]),
	]);
}

/** A row: its header cell, then cells. */
export function tableRow(header: HTMLTableCellElement | string, cells: readonly HTMLTableCellElement[], attributes: Record<string, string> = {}): HTMLTableRowElement {
	const rowHeader = typeof header === 'string' ? el('th', { scope: 'row', role: 'rowheader' }, [header]) : header;
	return el('tr', { role: 'row', ...attributes }, [rowHeader, ...cells]);
}

/** A table cell; `label` names its column when the table reflows into blocks on a phone (reflow-table.css). */
export function cell(label: string, children: readonly (Node | string | undefined)[]): HTMLTableCellElement {
	return el('td', { role: 'cell', 'data-label': label }, children);
}

/** "Read the lesson section" for a card, as the card view links it; described by the card's text (`textId`). */
export function lessonLink(key: string, textId: string, context: TrainerContext): HTMLAnchorElement | undefined {
	const card = context.card(key);
	if (!card) return undefined;
	const href = lessonUrl(context.base, context.locale.code, { lesson: card.lesson, ...(card.section ? { section: card.section } : {}) });
	return el('a', { href, 'aria-describedby': textId }, [context.t('trainer.card.lesson')]);
}

/** An id for elements about a card, safe in HTML and CSS. */
export function cardId(prefix: string, key: string): string {
	return `${prefix}-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
