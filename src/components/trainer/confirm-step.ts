import { el } from './dom';

/**
 * A second step before something that cannot simply be taken back: `trigger`
 * shows the question with a confirm and a keep button (focus on keep); keep
 * hides it again and gives focus back to `trigger`. The caller handles
 * `confirm`'s click.
 */
export function confirmStep(trigger: HTMLButtonElement, question: string, confirmLabel: string, keepLabel: string): { confirmation: HTMLElement; confirm: HTMLButtonElement; keep: HTMLButtonElement } {
	const step = askFirst(confirmLabel, keepLabel);
	trigger.addEventListener('click', () => step.ask(question, trigger));
	return step;
}

/**
 * The same second step, asked when the caller has found it is needed (after
 * a check), in words only known then; keep gives focus back to `back`.
 */
export function askFirst(confirmLabel: string, keepLabel: string): { confirmation: HTMLElement; confirm: HTMLButtonElement; keep: HTMLButtonElement; ask(question: string, back: HTMLElement): void } {
	const text = el('p');
	const confirm = el('button', { type: 'button', 'data-action': 'confirm' }, [confirmLabel]);
	const keep = el('button', { type: 'button' }, [keepLabel]);
	const confirmation = el('div', { class: 'trainer-backup-row', hidden: true }, [text, confirm, keep]);
	let back: HTMLElement | undefined;
	keep.addEventListener('click', () => {
		confirmation.hidden = true;
		back?.focus();
	});
	return {
		confirmation,
		confirm,
		keep,
		ask(question, returnTo) {
			text.textContent = question;
			back = returnTo;
			confirmation.hidden = false;
			keep.focus();
		},
	};
}
