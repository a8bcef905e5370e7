import { reportsAnything } from '../../lib/storage/damage';
import { MAX_CLOCK_AHEAD_DAYS } from '../../lib/srs/review-times';
import type { CheckReport, RestoreRefusal, SetAsideItem } from '../../lib/storage/types';
import { whileBusy } from './busy';
import { cardList, itemSummary, rebuiltLines } from './damage-report';
import { problemText } from './import-problems';
import { confirmStep } from './confirm-step';
import { el } from './dom';
import type { TrainerContext } from './progress';
import { yieldToPage } from './yield';

/** Entries of damaged data shown at once (then "… and N more"): the next ones move up as the learner handles these. */
const LISTED_ITEMS = 20;

/** A restore refused: nothing was put back, and why, naming the first card and field (the others are times of the same kind). */
function refusedText({ refused }: RestoreRefusal, context: TrainerContext): string {
	const [first] = refused;
	return context.t('trainer.data.refused', { reason: first ? problemText(first, context, 'setAside') : '' });
}

/** Cards whose state records a last review no clock error explains (the full check's farAhead), named, with what to do. */
function farAheadLines({ farAhead }: CheckReport, context: TrainerContext): HTMLElement[] {
	if (!farAhead) return [];
	const { t, fmt } = context;
	const line = t('trainer.data.farAhead', { days: fmt.number(MAX_CLOCK_AHEAD_DAYS), date: fmt.dateTime(new Date(farAhead.latest)), count: fmt.number(farAhead.cards.length) });
	return [el('p', {}, [line]), ...cardList(farAhead.cards, context)];
}

/** What the panel tells the island. */
export interface DataPanelEvents {
	/** Progress changed (cards rebuilt or restored): reload it. */
	changed(): void;
	/** The number of set-aside entries is now `count`. */
	kept(count: number): void;
}

/**
 * "Your data", loaded when first opened: the full integrity check (like
 * Anki's Check Database) and the damaged data kept aside, each entry
 * described by what it held, to restore or discard on the learner's word.
 */
export function mountDataPanel(body: HTMLElement, context: TrainerContext, events: DataPanelEvents): { refresh(): Promise<void> } {
	const { t, fmt, store } = context;
	const status = el('p', { role: 'status', class: 'trainer-data-status' });
	const result = el('div', { class: 'trainer-data-result' });
	const list = el('ul', { class: 'trainer-kept' });
	const more = el('p', { class: 'trainer-kept-more', hidden: true });
	const checkButton = el('button', { type: 'button' }, [t('trainer.data.check')]);

	const refresh = async (): Promise<void> => {
		const [items, total] = await Promise.all([store.setAsideItems(LISTED_ITEMS), store.setAsideCount()]);
		list.replaceChildren(...items.map(itemView));
		list.hidden = items.length === 0;
		more.hidden = total <= items.length;
		more.textContent = more.hidden ? '' : t('trainer.damage.more', { count: fmt.number(total - items.length) });
		empty.hidden = total > 0;
		events.kept(total);
	};

	const act = async (work: () => Promise<string>): Promise<void> => {
		try {
			status.textContent = await work();
			await refresh();
		} catch (error) {
			context.reportStorageError(error);
		}
	};

	function itemView(item: SetAsideItem): HTMLElement {
		const summary = itemSummary(item, context);
		const cards = item.cards.length > 0 ? [el('p', {}, [t('trainer.data.cards')]), ...cardList(item.cards, context)] : [];
		const unknown = (item.kind === 'cards' || item.kind === 'reviews') && (item.cards.length === 0 ? t('trainer.data.cardsUnknown') : !item.cardsComplete && t('trainer.data.cardsIncomplete'));
		const restore = el('button', { type: 'button', 'aria-label': t('trainer.data.restoreLabel', { item: summary }) }, [t('trainer.data.restore')]);
		restore.addEventListener('click', () =>
			act(async () => {
				const restored = await store.restoreSetAside(item.id);
				if ('refused' in restored) return refusedText(restored, context);
				events.changed();
				const line = t('trainer.data.restored', { answers: fmt.number(restored.reviews), cards: fmt.number(restored.cards.length) });
				const ahead = restored.clockAheadUntil === undefined ? [] : [t('trainer.data.clockAhead', { date: fmt.dateTime(new Date(restored.clockAheadUntil)) })];
				return [line, ...(restored.complete ? [] : [t('trainer.data.restoredPart')]), ...ahead].join(' ');
			}),
		);
		const discard = el('button', { type: 'button', 'aria-label': t('trainer.data.discardLabel', { item: summary }) }, [t('trainer.data.discard')]);
		const { confirmation, confirm: forGood } = confirmStep(discard, t('trainer.data.confirmDiscard'), t('trainer.data.discardForGood'), t('trainer.data.keep'));
		forGood.addEventListener('click', () =>
			act(async () => {
				await store.discardSetAside(item.id);
				checkButton.focus();
				return t('trainer.data.discarded');
			}),
		);
		return el('li', { 'data-set-aside': item.id }, [
			el('p', {}, [el('strong', {}, [summary])]),
			el('p', {}, [t(`trainer.data.${item.problem}`, { date: fmt.dateTime(new Date(item.setAsideAt)) })]),
			...cards,
			unknown ? el('p', {}, [unknown]) : undefined,
			el('div', { class: 'trainer-backup-row' }, [item.restorable ? restore : undefined, discard]),
			confirmation,
		]);
	}

	checkButton.addEventListener('click', () =>
		whileBusy([checkButton], async () => {
			status.textContent = t('trainer.data.checking');
			result.replaceChildren();
			await act(async () => {
				const report: CheckReport = await store.checkData(yieldToPage);
				result.replaceChildren(...rebuiltLines(report, context), ...farAheadLines(report, context));
				if (reportsAnything(report)) events.changed();
				const checked = t('trainer.data.checked', { cards: fmt.number(report.cards), answers: fmt.number(report.reviews) });
				return report.kept === 0 && result.childElementCount === 0 ? `${checked} ${t('trainer.data.allGood')}` : checked;
			});
		}),
	);

	const empty = el('p', {}, [t('trainer.data.noneKept')]);
	body.replaceChildren(
		el('p', {}, [t('trainer.data.help')]),
		el('div', { class: 'trainer-backup-row' }, [checkButton]),
		status,
		result,
		el('h3', { id: 'trainer-kept-heading', tabindex: '-1' }, [t('trainer.data.keptHeading')]),
		el('p', {}, [t('trainer.data.keptHelp')]),
		empty,
		list,
		more,
	);
	void refresh();
	return { refresh };
}
