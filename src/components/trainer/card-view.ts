import type { Question } from '../../lib/decks/types';
import type { Rating } from '../../lib/srs/types';
import { RATINGS } from '../../lib/srs/types';
import type { ChoiceGrade } from '../../lib/trainer-session/grading';
import { el } from './dom';
import type { Translate } from './trainer-data';

export interface CardViewEvents {
	reveal(): void;
	submit(selected: ReadonlySet<string>): void;
	rate(rating: Rating): void;
}

/**
 * One card on screen: the question, then the answer or the graded options,
 * then the rating buttons. Builds DOM with textContent only.
 */
export class CardView {
	readonly element: HTMLElement;
	private readonly heading: HTMLHeadingElement;
	private readonly ratingGroup: HTMLElement;
	private readonly ratingButtons = new Map<Rating, HTMLButtonElement>();
	private readonly inputs: HTMLInputElement[] = [];
	private readonly feedback = new Map<string, HTMLElement>();
	private readonly afterAnswer: HTMLElement;

	constructor(
		private readonly question: Question,
		private readonly t: Translate,
		lessonHref: string,
		private readonly events: CardViewEvents,
		/** Whether the rating buttons show their number keys (single-key shortcuts on). */
		private readonly showKeys: boolean,
	) {
		const id = `card-${question.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
		this.heading = el('h3', { tabindex: -1, id: `${id}-q`, class: 'trainer-question' }, [
			question.kind === 'flashcard' ? question.front : question.prompt,
		]);
		this.afterAnswer = el('div', { class: 'trainer-after', hidden: true });
		this.ratingGroup = this.buildRatings(id);
		const body = question.kind === 'flashcard' ? this.buildFlashcard() : this.buildChoice(question, id);
		this.element = el('article', { class: 'trainer-card', 'aria-labelledby': this.heading.id, 'data-key': question.key }, [
			question.untranslated && el('p', { class: 'trainer-untranslated', role: 'note' }, [t('trainer.card.untranslated')]),
			body,
			this.afterAnswer,
			this.ratingGroup,
			el('p', { class: 'trainer-lesson-link' }, [el('a', { href: lessonHref }, [t('trainer.card.lesson')])]),
		]);
	}

	focusQuestion(): void {
		this.heading.focus();
	}

	/** Flashcard: shows the back. */
	reveal(): void {
		if (this.question.kind !== 'flashcard') return;
		this.element.querySelector('[data-action="reveal"]')?.remove();
		this.afterAnswer.append(el('h4', {}, [this.t('trainer.card.answer')]), el('p', { class: 'trainer-text', 'data-part': 'answer-start' }, [this.question.back]));
		this.afterAnswer.hidden = false;
	}

	/**
	 * Choice with nothing chosen: says so beside the check button and puts focus on the first option, so the next Space
	 * picks it rather than checking again.
	 */
	askForChoice(text: string): void {
		const note = this.element.querySelector<HTMLElement>('[data-part="choose-first"]');
		if (note) {
			note.textContent = text;
			note.hidden = false;
		}
		this.inputs[0]?.focus();
	}

	selected(): Set<string> {
		return new Set(this.inputs.filter((input) => input.checked).map((input) => input.value));
	}

	/** Choice: marks every option and shows the explanation. */
	showGrade(grade: ChoiceGrade): void {
		if (this.question.kind !== 'choice') return;
		for (const input of this.inputs) input.disabled = true;
		this.element.querySelector('[data-action="submit"]')?.remove();
		for (const verdict of grade.options) {
			const option = this.question.options.find((candidate) => candidate.id === verdict.id);
			const slot = this.feedback.get(verdict.id);
			if (!option || !slot) continue;
			const marker = option.correct
				? verdict.selected ? 'trainer.card.chosenRight' : 'trainer.card.missedRight'
				: verdict.selected ? 'trainer.card.chosenWrong' : 'trainer.card.notChosenWrong';
			slot.closest('.trainer-option')?.classList.add(option.correct ? 'is-correct' : 'is-wrong');
			slot.replaceChildren(el('strong', {}, [this.t(marker)]), ' ', option.feedback);
			slot.hidden = false;
		}
		this.afterAnswer.append(
			el('p', { class: grade.correct ? 'trainer-verdict is-correct' : 'trainer-verdict is-wrong', 'data-part': 'answer-start' }, [
				this.t(grade.correct ? 'trainer.card.correct' : 'trainer.card.wrong'),
			]),
		);
		if (this.question.explanation) {
			this.afterAnswer.append(el('h4', {}, [this.t('trainer.card.explanation')]), el('p', { class: 'trainer-text' }, [this.question.explanation]));
		}
		this.afterAnswer.hidden = false;
	}

	/**
	 * Shows the rating buttons with their next intervals and focuses the
	 * offered one without scrolling to it (the rating bar sticks to the
	 * bottom of the screen), so the answer is read from its start.
	 */
	showRatings(intervals: Readonly<Record<Rating, string>>, allowed: readonly Rating[], offered: Rating): void {
		this.showIntervals(intervals);
		for (const [rating, button] of this.ratingButtons) {
			button.disabled = !allowed.includes(rating);
			button.classList.toggle('is-offered', rating === offered);
		}
		this.ratingGroup.hidden = false;
		this.ratingButtons.get(offered)?.focus({ preventScroll: true });
		this.keepAnswerInView();
	}

	/** The interval each rating would give, on its button; nothing else (offer, focus) changes. */
	showIntervals(intervals: Readonly<Record<Rating, string>>): void {
		for (const [rating, button] of this.ratingButtons) {
			const interval = button.querySelector('.trainer-interval');
			if (interval) interval.textContent = this.t('trainer.rate.interval', { interval: intervals[rating] });
		}
	}

	/**
	 * Scrolls as much of the answer as fits above the rating bar into view,
	 * never moving its start under the fixed header (the page's scroll padding).
	 */
	private keepAnswerInView(): void {
		const start = this.afterAnswer.querySelector<HTMLElement>('[data-part="answer-start"]');
		if (!start) return;
		const headerBottom = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
		const startTop = start.getBoundingClientRect().top;
		if (startTop < headerBottom) {
			start.scrollIntoView({ block: 'start', behavior: 'instant' });
			return;
		}
		const hidden = this.afterAnswer.getBoundingClientRect().bottom - this.ratingGroup.getBoundingClientRect().top;
		if (hidden > 0) window.scrollBy({ top: Math.min(hidden, startTop - headerBottom), behavior: 'instant' });
	}

	private buildFlashcard(): HTMLElement {
		const reveal = el('button', { type: 'button', class: 'trainer-primary', 'data-action': 'reveal' }, [this.t('trainer.card.reveal')]);
		reveal.addEventListener('click', () => this.events.reveal());
		return el('div', { class: 'trainer-prompt' }, [this.heading, reveal]);
	}

	private buildChoice(question: Extract<Question, { kind: 'choice' }>, id: string): HTMLElement {
		const type = question.multiple ? 'checkbox' : 'radio';
		const options = question.options.map((option, index) => {
			const inputId = `${id}-o${index}`;
			const feedback = el('p', { class: 'trainer-feedback', id: `${inputId}-f`, hidden: true });
			this.feedback.set(option.id, feedback);
			const input = el('input', { type, name: `${id}-answer`, id: inputId, value: option.id, 'aria-describedby': feedback.id });
			this.inputs.push(input);
			return el('div', { class: 'trainer-option' }, [input, el('label', { for: inputId }, [option.text]), feedback]);
		});
		const hint = el('p', { class: 'trainer-hint' }, [this.t(question.multiple ? 'trainer.card.multiple' : 'trainer.card.single')]);
		const form = el('form', { class: 'trainer-prompt' }, [
			el('fieldset', {}, [el('legend', {}, [this.heading]), hint, ...options]),
			// Visible only; the session's live region reads the same words out.
			el('p', { class: 'trainer-hint', 'data-part': 'choose-first', hidden: true }),
			el('button', { type: 'submit', class: 'trainer-primary', 'data-action': 'submit' }, [this.t('trainer.card.submit')]),
		]);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.events.submit(this.selected());
		});
		return form;
	}

	private buildRatings(id: string): HTMLElement {
		const label = el('p', { id: `${id}-rate`, class: 'trainer-rate-label' }, [this.t('trainer.rate.group')]);
		const buttons = RATINGS.map((rating) => {
			const button = el('button', { type: 'button', class: 'trainer-rating', 'data-rating': rating }, [
				el('span', { class: 'trainer-rating-name' }, [this.t(`trainer.rate.${rating}`)]),
				' ',
				el('span', { class: 'trainer-interval' }),
				this.showKeys && el('kbd', { 'aria-hidden': 'true' }, [String(rating)]),
			]);
			button.addEventListener('click', () => this.events.rate(rating));
			this.ratingButtons.set(rating, button);
			return button;
		});
		return el('div', { class: 'trainer-ratings', role: 'group', 'aria-labelledby': label.id, hidden: true }, [
			label,
			el('div', { class: 'trainer-rating-buttons' }, buttons),
		]);
	}
}
