import { buildQueue } from '../../lib/srs/queue';
import { studyLabel, type DeckChoice } from '../../lib/trainer-session/deck-choices';
import { COUNT_KINDS, queueCounts } from '../../lib/trainer-session/deck-counts';
import type { TrainerContext } from './progress';
import type { Translate } from './trainer-data';

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

/** Fills in today's new / learning / due counts per deck, shows them, and enables the study buttons of decks with cards to study. */
export function renderDeckTable(body: HTMLElement, choices: readonly DeckChoice[], context: TrainerContext): void {
	const { progress, timeZone, fmt } = context;
	const now = new Date();
	const rows = choices.map((choice) => rowFor(body, choice, context.t));
	if (rows.some((row, index) => body.children[index] !== row)) body.replaceChildren(...rows);
	for (const [index, choice] of choices.entries()) {
		const counts = queueCounts(buildQueue(choice.keys, progress.records, progress.newIntroducedToday, now, progress.settings, timeZone));
		const row = rows[index];
		if (!row) continue;
		for (const kind of COUNT_KINDS) {
			const cell = row.querySelector<HTMLElement>(`[data-count="${kind}"]`);
			// The page holds a new learner's counts (deck-counts.ts): only a number that differs is formatted.
			if (!cell || cell.dataset.value === String(counts[kind])) continue;
			cell.textContent = fmt.number(counts[kind]);
			cell.dataset.value = String(counts[kind]);
		}
		const button = row.querySelector('button');
		if (button) button.disabled = counts.new + counts.learning + counts.due === 0;
	}
	body.dataset.counted = '';
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
	const label = studyLabel(choice);
	row.querySelector('button')?.setAttribute('aria-label', t(label.key, label.values));
	return row;
}
