import { BROWSER_STATES, cardRows, filterRows, pageOfRows, sortRows, SORT_KEYS, type CardRow, type SortKey, type StateFilter } from '../../lib/card-browser/card-list';
import { leechThreshold } from '../../lib/srs/leech';
import { cardActions, refocus } from './card-actions';
import { cell, listedText, reflowTable, tableRow } from './card-cells';
import { showCardHistory } from './card-history-view';
import type { DeckChoice } from '../../lib/trainer-session/deck-choices';
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
	const collator = new Intl.Collator(locale.lang);
	const days = new Intl.NumberFormat(locale.lang, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
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
	const list = el('div');
	const previous = el('button', { type: 'button' }, [t('trainer.cards.previous')]);
	const next = el('button', { type: 'button' }, [t('trainer.cards.next')]);
	const history = el('dialog', { class: 'trainer-history' });

	const columns = {
		state: t('trainer.cards.state'),
		due: t('trainer.cards.due'),
		stability: t('trainer.cards.stability'),
		retrievability: t('trainer.cards.retrievability'),
		lapses: t('trainer.cards.lapses'),
		actions: t('trainer.cards.actions'),
	};

	const rowView = (row: CardRow): HTMLTableRowElement => {
		const showHistory = el('button', { type: 'button', 'data-action': 'history', 'aria-label': t('trainer.cards.historyOf', { card: row.text }) }, [t('trainer.cards.history')]);
		showHistory.addEventListener('click', () => {
			showCardHistory(history, row.key, row.text, context, days).catch((error: unknown) => context.reportStorageError(error));
		});
		const actions = cardActions(context, row.key, row.text, (change) => {
			void draw().then(() => refocus(list, row.key, change === 'reset' ? ['reset', 'toggle'] : ['toggle'], status));
		});
		const cells = [
			cell(columns.state, [t(`trainer.cards.state.${row.state}`)]),
			cell(columns.due, [row.due === undefined ? t('trainer.cards.notScheduled') : fmt.dateTime(new Date(row.due))]),
			cell(columns.stability, [row.stability === undefined ? t('trainer.cards.none') : days.format(row.stability)]),
			cell(columns.retrievability, [row.retrievability === undefined ? t('trainer.cards.none') : fmt.percent(row.retrievability)]),
			cell(columns.lapses, [fmt.number(row.lapses)]),
			cell(columns.actions, [el('div', { class: 'trainer-card-actions' }, [showHistory, actions])]),
		];
		return tableRow(row.text, cells, { 'data-card': row.key });
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
		const said = shown.total === 0 ? t('trainer.cards.noneShown') : t('trainer.cards.shown', { from: fmt.number(shown.from), to: fmt.number(shown.to), total: fmt.number(shown.total) });
		// A status is read out whenever its text is set: a redraw after saved settings or an import that shows the same range says nothing.
		if (status.textContent !== said) status.textContent = said;
		list.replaceChildren(
			reflowTable(t('trainer.cards.caption', { deck: choice.title }), [t('trainer.cards.card'), ...Object.values(columns)], shown.rows.map(rowView), 'trainer-card-table'),
		);
		previous.disabled = shown.page === 0;
		next.disabled = shown.page >= shown.pages - 1;
		performance.measure('trainer:card-browser', { start: started });
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
