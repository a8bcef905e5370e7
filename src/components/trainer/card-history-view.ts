import { cardHistory } from '../../lib/card-browser/card-history';
import { browserState } from '../../lib/card-browser/card-list';
import { leechThreshold } from '../../lib/srs/leech';
import { cell, reflowTable, tableRow } from './card-cells';
import { el } from './dom';
import type { TrainerContext } from './progress';

/**
 * Shows one card's history (every answer and change, oldest first) in a
 * modal dialog: Escape or Close ends it, and the browser gives focus back to
 * the button that opened it.
 */
export async function showCardHistory(dialog: HTMLDialogElement, key: string, text: string, context: TrainerContext, days: Intl.NumberFormat): Promise<void> {
	const { t, fmt } = context;
	const entries = cardHistory(await context.store.reviews(), key);
	const threshold = leechThreshold(context.progress.settings);
	const heading = el('h3', { id: 'trainer-history-heading' }, [t('trainer.cards.historyHeading', { card: text })]);
	const close = el('button', { type: 'button' }, [t('trainer.cards.close')]);
	close.addEventListener('click', () => dialog.close());
	const headings = [t('trainer.cards.historyEntry'), t('trainer.cards.historyAfter'), t('trainer.cards.historyNextDue'), t('trainer.cards.stability')];
	const rows = entries.map((entry) => {
		const scheduled = entry.after.state !== 'new';
		return tableRow(fmt.dateTime(new Date(entry.at)), [
			cell(headings[0]!, ['rating' in entry.entry ? t(`trainer.rate.${entry.entry.rating}`) : t(`trainer.cards.change.${entry.entry.change}`)]),
			cell(headings[1]!, [t(`trainer.cards.state.${browserState(entry.after, threshold)}`)]),
			cell(headings[2]!, [scheduled ? fmt.dateTime(new Date(entry.after.due)) : t('trainer.cards.notScheduled')]),
			cell(headings[3]!, [scheduled && entry.after.stability > 0 ? days.format(entry.after.stability) : t('trainer.cards.none')]),
		]);
	});
	const table = reflowTable(t('trainer.cards.historyCaption'), [t('trainer.cards.historyWhen'), ...headings], rows);
	dialog.replaceChildren(heading, entries.length === 0 ? el('p', {}, [t('trainer.cards.historyEmpty')]) : table, close);
	dialog.setAttribute('aria-labelledby', heading.id);
	dialog.showModal();
	close.focus();
}
