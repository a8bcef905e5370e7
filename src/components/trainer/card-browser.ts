import { cardHistory } from '../../lib/card-browser/card-history';
import { BROWSER_STATES, cardRows, filterRows, pageOfRows, sortRows, SORT_KEYS, type CardRow, type SortKey, type StateFilter } from '../../lib/card-browser/card-list';
import { leechThreshold } from '../../lib/srs/leech';
import { cardActions, refocus } from './card-actions';
import { cardId, cell, listedText } from './card-cells';
import type { DeckChoice } from './deck-table';
import { el } from './dom';
import { PROGRESS_RELOADED, type TrainerContext } from './progress';
import { yieldToPage } from './yield';

/** How many card texts are worked out before the page gets a turn (input, rendering). */
const TEXT_SLICE = 500;

const SORT_LABELS: Record<SortKey, string> = {
	due: 'trainer.cards.sortDue',
	stability: 'trainer.cards.sortStability',
	retrievability: 'trainer.cards.sortRetrievability',
	lapses: 'trainer.cards.sortLapses',
	text: 'trainer.cards.sortText',
};

/**
 * The card browser (loaded only when its section opens): every card of a
 * deck with its state and schedule, filtered and sorted by native selects,
 * drawn one page of rows at a time so a deck of thousands of cards opens at
 * once. The list itself is decided in src/lib/card-browser.
 */
export function mountCardBrowser(body: HTMLElement, context: TrainerContext, choices: readonly DeckChoice[]): void {
	const { t, fmt, locale } = context;
	const collator = new Intl.Collator(locale);
	const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
	/** Card texts per key, worked out once: sorting by text needs every card's. */
	const texts = new Map<string, string>();
	/** Works out the texts a deck still lacks a slice at a time, so a deck of thousands of cards never holds up the page for long. */
	const prepareTexts = async (keys: readonly string[]): Promise<void> => {
		const missing = keys.filter((key) => !texts.has(key));
		for (let start = 0; start < missing.length; start += TEXT_SLICE) {
			if (start > 0) await yieldToPage();
			for (const key of missing.slice(start, start + TEXT_SLICE)) texts.set(key, listedText(key, context));
		}
	};
	let page = 0;
	/** Counts draws: a draw still preparing texts gives way to a newer one. */
	let drawing = 0;

	const select = (id: string, label: string, options: readonly [string, string][]): [HTMLLabelElement, HTMLSelectElement] => [
		el('label', { for: id }, [label]),
		el('select', { id }, options.map(([value, text]) => el('option', { value }, [text]))),
	];
	const [deckLabel, deckSelect] = select('trainer-cards-deck', t('trainer.cards.deck'), choices.map((choice) => [choice.id, choice.title]));
	const [filterLabel, filterSelect] = select('trainer-cards-filter', t('trainer.cards.filter'), [
		['all', t('trainer.cards.filterAll')],
		...BROWSER_STATES.map((state): [string, string] => [state, t(`trainer.cards.state.${state}`)]),
	]);
	const [sortLabel, sortSelect] = select('trainer-cards-sort', t('trainer.cards.sort'), SORT_KEYS.map((key): [string, string] => [key, t(SORT_LABELS[key])]));
	const status = el('p', { role: 'status', tabindex: -1, class: 'trainer-cards-status' });
	const list = el('div', { class: 'reflow-frame' });
	const previous = el('button', { type: 'button' }, [t('trainer.cards.previous')]);
	const next = el('button', { type: 'button' }, [t('trainer.cards.next')]);
	const history = el('dialog', { class: 'trainer-history', 'aria-labelledby': 'trainer-history-heading' });

	const columns = {
		state: t('trainer.cards.state'),
		due: t('trainer.cards.due'),
		stability: t('trainer.cards.stability'),
		retrievability: t('trainer.cards.retrievability'),
		lapses: t('trainer.cards.lapses'),
		actions: t('trainer.cards.actions'),
	};

	const rowView = (row: CardRow): HTMLTableRowElement => {
		const textId = cardId('trainer-cards', row.key);
		const showHistory = el('button', { type: 'button', 'data-action': 'history', 'aria-label': t('trainer.cards.historyOf', { card: row.text }) }, [t('trainer.cards.history')]);
		showHistory.addEventListener('click', () => void openHistory(row.key, row.text));
		return el('tr', { role: 'row', 'data-card': row.key }, [
			el('th', { scope: 'row', role: 'rowheader', id: textId }, [row.text]),
			cell(columns.state, [t(`trainer.cards.state.${row.state}`)]),
			cell(columns.due, [row.due === undefined ? t('trainer.cards.notScheduled') : fmt.dateTime(new Date(row.due))]),
			cell(columns.stability, [row.stability === undefined ? t('trainer.cards.none') : days.format(row.stability)]),
			cell(columns.retrievability, [row.retrievability === undefined ? t('trainer.cards.none') : fmt.percent(row.retrievability)]),
			cell(columns.lapses, [fmt.number(row.lapses)]),
			cell(columns.actions, [
				el('div', { class: 'trainer-card-actions' }, [
					showHistory,
					cardActions(context, row.key, row.text, (change) => {
						void draw().then(() => refocus(list, row.key, change === 'reset' ? ['reset', 'toggle'] : ['toggle'], status));
					}),
				]),
			]),
		]);
	};

	const draw = async (): Promise<void> => {
		const ticket = (drawing += 1);
		const choice = choices.find((candidate) => candidate.id === deckSelect.value) ?? choices[0];
		if (!choice) return;
		await prepareTexts(choice.keys);
		if (ticket !== drawing) return;
		const started = performance.now();
		const { progress } = context;
		const rows = cardRows(
			choice.keys.map((key) => ({ key, text: texts.get(key) ?? key })),
			{ records: progress.records, leechThreshold: leechThreshold(progress.settings), now: new Date(), parameters: progress.settings.parameters },
		);
		const shown = pageOfRows(sortRows(filterRows(rows, filterSelect.value as StateFilter), sortSelect.value as SortKey, collator), page);
		page = shown.page;
		status.textContent =
			shown.total === 0 ? t('trainer.cards.noneShown') : t('trainer.cards.shown', { from: fmt.number(shown.from), to: fmt.number(shown.to), total: fmt.number(shown.total) });
		list.replaceChildren(
			el('table', { class: 'reflow-table trainer-card-table', role: 'table' }, [
				el('caption', {}, [t('trainer.cards.caption', { deck: choice.title })]),
				el('thead', { role: 'rowgroup' }, [
					el('tr', { role: 'row' }, [t('trainer.cards.card'), ...Object.values(columns)].map((name) => el('th', { scope: 'col', role: 'columnheader' }, [name]))),
				]),
				el('tbody', { role: 'rowgroup' }, shown.rows.map(rowView)),
			]),
		);
		previous.disabled = shown.page === 0;
		next.disabled = shown.page >= shown.pages - 1;
		performance.measure('trainer:card-browser', { start: started });
	};

	const openHistory = async (key: string, text: string): Promise<void> => {
		const entries = cardHistory(await context.store.reviews(), key);
		const heading = el('h3', { id: 'trainer-history-heading' }, [t('trainer.cards.historyHeading', { card: text })]);
		const close = el('button', { type: 'button', class: 'trainer-history-close' }, [t('trainer.cards.close')]);
		close.addEventListener('click', () => history.close());
		const headings = [t('trainer.cards.historyEntry'), t('trainer.cards.historyAfter'), t('trainer.cards.historyNextDue'), columns.stability];
		const table = el('div', { class: 'reflow-frame' }, [
			el('table', { class: 'reflow-table', role: 'table' }, [
				el('caption', {}, [t('trainer.cards.historyCaption')]),
				el('thead', { role: 'rowgroup' }, [
					el('tr', { role: 'row' }, [t('trainer.cards.historyWhen'), ...headings].map((name) => el('th', { scope: 'col', role: 'columnheader' }, [name]))),
				]),
				el(
					'tbody',
					{ role: 'rowgroup' },
					entries.map((entry) => {
						const scheduled = entry.after.state !== 'new';
						return el('tr', { role: 'row' }, [
							el('th', { scope: 'row', role: 'rowheader' }, [fmt.dateTime(new Date(entry.at))]),
							cell(headings[0]!, ['rating' in entry.entry ? t(`trainer.rate.${entry.entry.rating}`) : t(`trainer.cards.change.${entry.entry.change}`)]),
							cell(headings[1]!, [t(`trainer.cards.state.${entry.after.suspended ? 'suspended' : entry.after.state === 'relearning' ? 'learning' : entry.after.state}`)]),
							cell(headings[2]!, [scheduled ? fmt.dateTime(new Date(entry.after.due)) : t('trainer.cards.notScheduled')]),
							cell(headings[3]!, [scheduled && entry.after.stability > 0 ? days.format(entry.after.stability) : t('trainer.cards.none')]),
						]);
					}),
				),
			]),
		]);
		history.replaceChildren(heading, entries.length === 0 ? el('p', {}, [t('trainer.cards.historyEmpty')]) : table, close);
		history.showModal();
		close.focus();
	};

	const restart = (): void => {
		page = 0;
		void draw();
	};
	for (const control of [deckSelect, filterSelect, sortSelect]) control.addEventListener('change', restart);
	const turn = (step: number): void => {
		page += step;
		void draw().then(() => status.focus());
	};
	previous.addEventListener('click', () => turn(-1));
	next.addEventListener('click', () => turn(1));
	// Another tab (or an import) changed progress, or answers were given while the section was closed: show it, on the same page.
	body.closest('trainer-app')?.addEventListener(PROGRESS_RELOADED, () => void draw());
	const section = body.closest('details');
	section?.addEventListener('toggle', () => {
		if (section.open) void draw();
	});

	body.replaceChildren(
		el('p', {}, [t('trainer.cards.intro')]),
		el('div', { class: 'trainer-cards-controls' }, [
			el('div', {}, [deckLabel, deckSelect]),
			el('div', {}, [filterLabel, filterSelect]),
			el('div', {}, [sortLabel, sortSelect]),
		]),
		status,
		list,
		el('div', { class: 'trainer-backup-row' }, [previous, next]),
		history,
	);
	void draw();
}
