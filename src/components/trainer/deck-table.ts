import { cardKey, type Deck } from '../../lib/decks/types';
import { buildQueue } from '../../lib/srs/queue';
import type { TrainerContext } from './progress';
import type { Translate } from './trainer-data';

/** A deck choice: one deck, or every deck at once. */
export interface DeckChoice {
	id: string;
	title: string;
	keys: string[];
}

const ALL_DECKS = 'all';
const COUNTS = ['new', 'learning', 'due'] as const;

/** The decks by title in the page locale's order, then every deck at once. */
export function deckChoices(decks: readonly Deck[], locale: string, allTitle: string): DeckChoice[] {
	const collator = new Intl.Collator(locale);
	const choices = decks
		.map((deck) => ({
			id: deck.id,
			title: deck.title[locale] ?? deck.title.en ?? deck.id,
			keys: deck.cards.map(cardKey),
		}))
		.sort((a, b) => collator.compare(a.title, b.title));
	return [...choices, { id: ALL_DECKS, title: allTitle, keys: choices.flatMap((choice) => choice.keys) }];
}

/**
 * The deck table's rows are rendered with the page (so it takes its place
 * before progress loads and nothing below it moves); this wires their study
 * buttons, once.
 */
export function mountDeckTable(body: HTMLElement, choices: () => readonly DeckChoice[], study: (choice: DeckChoice) => void): void {
	body.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		const id = button?.closest('tr')?.dataset.deck;
		const choice = choices().find((candidate) => candidate.id === id);
		if (choice) study(choice);
	});
}

/** Fills in today's new / learning / due counts per deck and enables the study buttons of decks with cards to study. */
export function renderDeckTable(body: HTMLElement, choices: readonly DeckChoice[], context: TrainerContext): void {
	const { progress, timeZone, fmt } = context;
	const now = new Date();
	const rows = choices.map((choice) => rowFor(body, choice, context.t));
	if (rows.some((row, index) => body.children[index] !== row)) body.replaceChildren(...rows);
	for (const [index, choice] of choices.entries()) {
		const queue = buildQueue(choice.keys, progress.records, progress.newIntroducedToday, now, progress.settings, timeZone);
		const counts = { new: queue.new.length, learning: queue.learning.length, due: queue.review.length };
		const row = rows[index];
		if (!row) continue;
		for (const count of COUNTS) {
			const cell = row.querySelector(`[data-count="${count}"]`);
			if (cell) cell.textContent = fmt.number(counts[count]);
		}
		const button = row.querySelector('button');
		if (button) button.disabled = counts.new + counts.learning + counts.due === 0;
	}
}

/** The page's row for a deck; a deck the page does not know (the benchmark's) gets a copy of the first row. */
function rowFor(body: HTMLElement, choice: DeckChoice, t: Translate): HTMLTableRowElement {
	const existing = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-deck]')].find((row) => row.dataset.deck === choice.id);
	if (existing) return existing;
	const template = body.querySelector('tr');
	if (!template) throw new Error('trainer: the deck table has no rows');
	const row = template.cloneNode(true) as HTMLTableRowElement;
	row.dataset.deck = choice.id;
	const heading = row.querySelector('th');
	if (heading) heading.textContent = choice.title;
	row.querySelector('button')?.setAttribute('aria-label', t('trainer.decks.studyDeck', { deck: choice.title }));
	return row;
}
