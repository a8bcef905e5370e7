import type { Rating, Settings } from '../srs/types';

/** Where a card stands: showing its prompt, or waiting for a rating. */
export type CardPhase = 'prompt' | 'rating';

export type SessionAction =
	| { type: 'reveal' }
	| { type: 'submit' }
	| { type: 'rate'; rating: Rating }
	| { type: 'continue' }
	| { type: 'undo' };

export interface KeyInput {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	/** What has focus: typing fields, option inputs and buttons keep their own keys. */
	focus: 'text-field' | 'option' | 'button' | 'other';
	/**
	 * Whether focus is in the study area (the session or its summary). Keys
	 * pressed anywhere else, or with nothing focused, keep their own meaning:
	 * Space scrolls the page, and U is no silent undo.
	 */
	inStudyArea: boolean;
	/** The learner's setting (shortcutsOn). */
	shortcuts: boolean;
}

/** Whether single-key shortcuts are on: the learner may turn them off (WCAG 2.1.4); settings from before the setting have them on. */
export function shortcutsOn(settings: Pick<Settings, 'keyShortcuts'>): boolean {
	return settings.keyShortcuts !== false;
}

/**
 * Maps a key press to a session action, or undefined when the key belongs to
 * the browser (shortcuts turned off or pressed outside the study area,
 * shortcuts with modifiers, typing, toggling an option).
 */
export function keyAction(input: KeyInput, kind: 'flashcard' | 'choice', phase: CardPhase): SessionAction | undefined {
	if (!input.shortcuts || !input.inStudyArea) return undefined;
	if (input.ctrlKey || input.metaKey || input.altKey || input.focus === 'text-field') return undefined;
	// A focused button activates itself on Space or Enter: the learner chose it.
	const confirm = (input.key === 'Enter' || input.key === ' ') && input.focus !== 'button';
	if (input.key === 'u' || input.key === 'U') return { type: 'undo' };
	if (phase === 'prompt') {
		if (!confirm) return undefined;
		if (kind === 'flashcard') return { type: 'reveal' };
		// Space on a radio or checkbox selects it; Enter still submits.
		return input.key === ' ' && input.focus === 'option' ? undefined : { type: 'submit' };
	}
	if (/^[1-4]$/.test(input.key)) return { type: 'rate', rating: Number(input.key) as Rating };
	return confirm ? { type: 'continue' } : undefined;
}

/** How the learner last acted in the session: with a key, or with a pointer (mouse, touch, pen). */
export type InputKind = 'keyboard' | 'pointer';

/**
 * The announcement once the answer shows and a rating is offered (focused):
 * Enter goes on with it for a keyboard user; a touch screen has no Enter, so
 * a pointer user is told to choose a rating. "Or 4 for Easy" only while the
 * number keys work.
 */
export function offeredKey(input: InputKind, easyAllowed: boolean, shortcuts: boolean): string {
	if (input === 'pointer') return 'trainer.rate.offeredPointer';
	return easyAllowed && shortcuts ? 'trainer.rate.offeredEasy' : 'trainer.rate.offered';
}
