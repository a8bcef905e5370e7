import { reportsAnything } from '../../lib/storage/damage';
import type { DamageReport, SetAsideItem } from '../../lib/storage/types';
import { cardText } from './card-text';
import { el } from './dom';
import type { TrainerContext } from './progress';

/** Cards named in a report, at most this many (then "… and N more"). */
const LISTED_CARDS = 20;

/** A list of cards by their text. */
export function cardList(keys: readonly string[], context: TrainerContext): HTMLElement[] {
	const listed = keys.slice(0, LISTED_CARDS);
	const more = keys.length - listed.length;
	const names = el('ul', { class: 'trainer-card-names' }, listed.map((key) => el('li', {}, [cardText(key, context) ?? key])));
	return more > 0 ? [names, el('p', {}, [context.t('trainer.damage.more', { count: context.fmt.number(more) })])] : [names];
}

/** What a repair did to cards, in words: rebuilt exactly, partly, or not at all; and cards whose history is missing. */
export function rebuiltLines(report: DamageReport, context: TrainerContext): HTMLElement[] {
	const groups = [
		['trainer.damage.rebuilt', report.rebuilt],
		['trainer.damage.partlyRebuilt', report.partlyRebuilt],
		['trainer.damage.notRebuilt', report.notRebuilt],
		['trainer.damage.historyMissing', report.historyMissing],
	] as const;
	return groups.flatMap(([message, keys]) =>
		keys.length === 0 ? [] : [el('p', {}, [context.t(message, { count: context.fmt.number(keys.length) })]), ...cardList(keys, context)],
	);
}

/** One line saying what a set-aside entry held. */
export function itemSummary(item: SetAsideItem, context: TrainerContext): string {
	const { t, fmt } = context;
	if (item.kind === 'settings') return t('trainer.data.settingsItem');
	if (item.kind === 'cards') return t('trainer.data.cardsItem');
	if (item.kind === 'other') return t('trainer.data.otherItem');
	const answers = fmt.number(item.reviews);
	return item.from && item.to
		? t('trainer.data.reviewsItem', { answers, from: fmt.date(new Date(item.from)), to: fmt.date(new Date(item.to)) })
		: t('trainer.data.reviewsItemUndated', { answers });
}

/**
 * The notice at the top of the trainer: what was found damaged and what was
 * done about it (cards by their text), and how much damaged data is kept
 * aside, with a way to it. Hidden when there is nothing to say.
 */
export function renderDamageNotice(notice: HTMLElement, report: DamageReport, keptCount: number, context: TrainerContext, showKept: () => void): void {
	const parts: HTMLElement[] = [];
	if (reportsAnything(report)) parts.push(el('p', {}, [context.t('trainer.damage.found')]), ...rebuiltLines(report, context));
	// Settings set aside are replaced by the defaults: the learner's limits and retention change, which they must know.
	if (report.setAside.some((item) => item.kind === 'settings')) parts.push(el('p', {}, [context.t('trainer.damage.settings')]));
	if (keptCount > 0) {
		const show = el('button', { type: 'button' }, [context.t('trainer.damage.show')]);
		show.addEventListener('click', showKept);
		parts.push(el('p', {}, [context.t('trainer.damage.kept', { count: context.fmt.number(keptCount) })]), show);
	}
	notice.replaceChildren(...parts);
	notice.hidden = parts.length === 0;
}
