import { el } from './dom';

/**
 * A second step before something that cannot simply be taken back: `trigger`
 * shows the question with a confirm and a keep button (focus on keep); keep
 * hides it again and gives focus back to `trigger`. The caller handles
 * `confirm`'s click.
 */
export function confirmStep(trigger: HTMLButtonElement, question: string, confirmLabel: string, keepLabel: string): { confirmation: HTMLElement; confirm: HTMLButtonElement; keep: HTMLButtonElement } {
	const confirm = el('button', { type: 'button', 'data-action': 'confirm' }, [confirmLabel]);
	const keep = el('button', { type: 'button' }, [keepLabel]);
	const confirmation = el('div', { class: 'trainer-backup-row', hidden: true }, [el('p', {}, [question]), confirm, keep]);
	trigger.addEventListener('click', () => {
		confirmation.hidden = false;
		keep.focus();
	});
	keep.addEventListener('click', () => {
		confirmation.hidden = true;
		trigger.focus();
	});
	return { confirmation, confirm, keep };
}
