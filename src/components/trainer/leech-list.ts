import { findLeeches, leechThreshold } from '../../lib/srs/leech';
import { pageRecords } from '../../lib/stats/page-stats';
import { cardActions, refocus } from './card-actions';
import { cardId, cell, lessonLink, listedText, reflowTable, tableRow } from './card-cells';
import { el } from './dom';
import type { TrainerContext } from './progress';

/**
 * Statistics' leech list: why leeches matter, then each leech with its
 * lapses, the lesson section to reread, and suspend / reset. Only the cards
 * of the page's decks (`keys`): the others cannot be studied here.
 */
export function leechSection(context: TrainerContext, keys: ReadonlySet<string>): HTMLElement {
	const section = el('section', { 'aria-labelledby': 'trainer-leeches-heading', 'data-part': 'leeches' });
	const draw = (): void => {
		const { t, fmt, progress } = context;
		const threshold = leechThreshold(progress.settings);
		const leeches = findLeeches(pageRecords(keys, progress.records), threshold);
		const heading = el('h3', { id: 'trainer-leeches-heading', tabindex: -1 }, [t('trainer.leeches.heading')]);
		const lapses = t('trainer.cards.lapses');
		const state = t('trainer.cards.state');
		const rows = leeches.map((record) => {
			const text = listedText(record.key, context);
			const textId = cardId('trainer-leech', record.key);
			const suspended = record.suspended === true;
			return tableRow(
				el('th', { scope: 'row', role: 'rowheader', id: textId }, [text]),
				[
					cell(lapses, [fmt.number(record.lapses)]),
					cell(state, [t(suspended ? 'trainer.cards.state.suspended' : 'trainer.cards.state.leech')]),
					cell(t('trainer.cards.actions'), [
						lessonLink(record.key, textId, context),
						cardActions(context, record.key, text, (change) => {
							draw();
							refocus(section, record.key, change === 'reset' ? [] : ['toggle'], section.querySelector<HTMLElement>('#trainer-leeches-heading') ?? section);
						}),
					]),
				],
				{ 'data-card': record.key },
			);
		});
		const table = reflowTable(t('trainer.leeches.caption'), [t('trainer.cards.card'), lapses, state, t('trainer.cards.actions')], rows, 'trainer-card-table');
		section.replaceChildren(
			heading,
			el('p', {}, [t('trainer.leeches.why', { threshold: fmt.number(threshold) })]),
			leeches.length === 0 ? el('p', {}, [t('trainer.leeches.none', { threshold: fmt.number(threshold) })]) : table,
		);
	};
	draw();
	return section;
}
