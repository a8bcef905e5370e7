import type { CardChange } from '../../lib/srs/card-changes';
import { confirmStep } from './confirm-step';
import { el } from './dom';
import type { TrainerContext } from './progress';

const DONE: Record<CardChange, string> = { suspend: 'trainer.cards.suspended', unsuspend: 'trainer.cards.unsuspended', reset: 'trainer.cards.wasReset' };

/**
 * Suspend or unsuspend, and reset (after a confirmation), for one card: the
 * statistics' leech list and the card browser both use these. Each change is
 * stored (and logged) before the page shows it; `changed` then redraws the
 * list, and `data-action` lets it put focus back on the same control.
 */
export function cardActions(context: TrainerContext, key: string, text: string, changed: (change: CardChange) => void): HTMLElement {
	const { t, store, progress } = context;
	const record = progress.records.get(key);
	const suspended = record?.suspended === true;
	const toggle = el(
		'button',
		{ type: 'button', 'data-action': 'toggle', 'aria-label': t(suspended ? 'trainer.cards.unsuspendCard' : 'trainer.cards.suspendCard', { card: text }) },
		[t(suspended ? 'trainer.cards.unsuspend' : 'trainer.cards.suspend')],
	);
	const buttons: HTMLButtonElement[] = [toggle];
	const apply = (change: CardChange): void => {
		for (const button of buttons) button.disabled = true;
		store.changeCard(key, change, new Date()).then(
			(entry) => {
				progress.records.set(key, entry.after);
				context.cardsChanged();
				changed(change);
				context.announce(t(DONE[change], { card: text }));
			},
			(error: unknown) => {
				for (const button of buttons) button.disabled = false;
				context.reportStorageError(error);
			},
		);
	};
	toggle.addEventListener('click', () => apply(suspended ? 'unsuspend' : 'suspend'));
	// A card that was never answered has nothing to reset.
	const resettable = record !== undefined && (record.state !== 'new' || record.reps > 0 || record.lapses > 0);
	if (!resettable) return el('div', { class: 'trainer-card-actions' }, [toggle]);

	const reset = el('button', { type: 'button', 'data-action': 'reset', 'aria-label': t('trainer.cards.resetCard', { card: text }) }, [t('trainer.cards.reset')]);
	const { confirmation, confirm, keep } = confirmStep(reset, t('trainer.cards.confirmReset'), t('trainer.cards.resetForGood'), t('trainer.cards.keep'));
	buttons.push(reset, confirm, keep);
	confirm.addEventListener('click', () => apply('reset'));
	return el('div', { class: 'trainer-card-actions' }, [toggle, reset, confirmation]);
}

/** After a redraw: focus the first of these controls the card still has, else `fallback`. */
export function refocus(root: ParentNode, key: string, actions: readonly string[], fallback: HTMLElement): void {
	const holder = [...root.querySelectorAll<HTMLElement>('[data-card]')].find((element) => element.dataset.card === key);
	for (const action of actions) {
		const control = holder?.querySelector<HTMLElement>(`[data-action="${action}"]`);
		if (control) return control.focus();
	}
	fallback.focus();
}
