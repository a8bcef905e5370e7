import { describe, expect, it } from 'vitest';
import { keyAction, offeredKey, shortcutsOn, type KeyInput } from './keyboard';

function press(key: string, focus: KeyInput['focus'] = 'other', modifiers: Partial<KeyInput> = {}): KeyInput {
	return { key, focus, ctrlKey: false, metaKey: false, altKey: false, inStudyArea: true, shortcuts: true, ...modifiers };
}

describe('keyAction', () => {
	it('Space and Enter reveal a flashcard', () => {
		expect(keyAction(press(' '), 'flashcard', 'prompt')).toEqual({ type: 'reveal' });
		expect(keyAction(press('Enter'), 'flashcard', 'prompt')).toEqual({ type: 'reveal' });
	});

	it('Space and Enter submit a choice, but Space on an option toggles it', () => {
		expect(keyAction(press(' '), 'choice', 'prompt')).toEqual({ type: 'submit' });
		expect(keyAction(press('Enter', 'option'), 'choice', 'prompt')).toEqual({ type: 'submit' });
		expect(keyAction(press(' ', 'option'), 'choice', 'prompt')).toBeUndefined();
	});

	it('digits 1–4 rate only once the answer is shown', () => {
		expect(keyAction(press('3'), 'flashcard', 'prompt')).toBeUndefined();
		expect(keyAction(press('1'), 'flashcard', 'rating')).toEqual({ type: 'rate', rating: 1 });
		expect(keyAction(press('4'), 'choice', 'rating')).toEqual({ type: 'rate', rating: 4 });
		expect(keyAction(press('5'), 'choice', 'rating')).toBeUndefined();
	});

	it('Space and Enter go on with the offered rating', () => {
		expect(keyAction(press('Enter'), 'choice', 'rating')).toEqual({ type: 'continue' });
		expect(keyAction(press(' '), 'flashcard', 'rating')).toEqual({ type: 'continue' });
	});

	it('leaves Space and Enter on a focused button to the button itself', () => {
		expect(keyAction(press('Enter', 'button'), 'flashcard', 'prompt')).toBeUndefined();
		expect(keyAction(press(' ', 'button'), 'choice', 'rating')).toBeUndefined();
		expect(keyAction(press('2', 'button'), 'flashcard', 'rating')).toEqual({ type: 'rate', rating: 2 });
	});

	it('U undoes in either phase, in either case', () => {
		expect(keyAction(press('u'), 'flashcard', 'prompt')).toEqual({ type: 'undo' });
		expect(keyAction(press('U'), 'choice', 'rating')).toEqual({ type: 'undo' });
	});

	it('acts only while focus is in the study area: with nothing focused Space scrolls the page and U undoes nothing', () => {
		for (const key of [' ', 'Enter', 'u', '1']) {
			for (const phase of ['prompt', 'rating'] as const) expect(keyAction(press(key, 'other', { inStudyArea: false }), 'flashcard', phase)).toBeUndefined();
		}
	});

	it('does nothing once the learner turns single-key shortcuts off', () => {
		for (const key of [' ', 'Enter', 'u', 'U', '1', '4']) {
			for (const phase of ['prompt', 'rating'] as const) {
				for (const kind of ['flashcard', 'choice'] as const) expect(keyAction(press(key, 'other', { shortcuts: false }), kind, phase)).toBeUndefined();
			}
		}
		expect(shortcutsOn({ keyShortcuts: false })).toBe(false);
		// Settings stored before the setting existed keep them on.
		expect(shortcutsOn({})).toBe(true);
		expect(shortcutsOn({ keyShortcuts: true })).toBe(true);
	});

	it('leaves browser shortcuts and typing alone', () => {
		expect(keyAction(press('u', 'other', { ctrlKey: true }), 'flashcard', 'prompt')).toBeUndefined();
		expect(keyAction(press('1', 'other', { metaKey: true }), 'flashcard', 'rating')).toBeUndefined();
		expect(keyAction(press('2', 'text-field'), 'flashcard', 'rating')).toBeUndefined();
	});
});

describe('offeredKey', () => {
	it('tells a keyboard user to press Enter, and a pointer user, who may have no Enter key, to choose a rating', () => {
		expect(offeredKey('keyboard', false, true)).toBe('trainer.rate.offered');
		expect(offeredKey('keyboard', true, true)).toBe('trainer.rate.offeredEasy');
		expect(offeredKey('pointer', true, true)).toBe('trainer.rate.offeredPointer');
		expect(offeredKey('pointer', false, false)).toBe('trainer.rate.offeredPointer');
	});

	it('mentions the 4 key only while shortcuts are on', () => {
		expect(offeredKey('keyboard', true, false)).toBe('trainer.rate.offered');
	});
});
