import { cardKey, type Deck } from '../../lib/decks/types';
import { buildQueue } from '../../lib/srs/queue';
import { el } from './dom';
import type { TrainerContext } from './progress';

/** A deck choice: one deck, or every deck at once. */
export interface DeckChoice {
	id: string;
	title: string;
	keys: string[];
}

const ALL_DECKS = 'all';

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

/** Fills the deck table: today's new / learning / due counts per deck, and a study button. */
export function renderDeckTable(body: HTMLElement, choices: readonly DeckChoice[], context: TrainerContext, study: (choice: DeckChoice) => void): void {
	const { progress, timeZone, t, fmt } = context;
	const now = new Date();
	const rows = choices.map((choice) => {
		const queue = buildQueue(choice.keys, progress.records, progress.newIntroducedToday, now, progress.settings, timeZone);
		const total = queue.new.length + queue.learning.length + queue.review.length;
		const button = el('button', { type: 'button', class: 'trainer-study', 'aria-label': t('trainer.decks.studyDeck', { deck: choice.title }), disabled: total === 0 }, [
			t('trainer.decks.study'),
		]);
		button.addEventListener('click', () => study(choice));
		return el('tr', { 'data-deck': choice.id }, [
			el('th', { scope: 'row' }, [choice.title]),
			el('td', { 'data-count': 'new' }, [fmt.number(queue.new.length)]),
			el('td', { 'data-count': 'learning' }, [fmt.number(queue.learning.length)]),
			el('td', { 'data-count': 'due' }, [fmt.number(queue.review.length)]),
			el('td', {}, [button]),
		]);
	});
	body.replaceChildren(...rows);
}
