import type { Rating } from '../srs/types';

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
}

/**
 * Maps a key press to a session action, or undefined when the key belongs to
 * the browser (shortcuts with modifiers, typing, toggling an option).
 */
export function keyAction(input: KeyInput, kind: 'flashcard' | 'choice', phase: CardPhase): SessionAction | undefined {
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
