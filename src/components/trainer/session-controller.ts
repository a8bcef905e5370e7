import { presentCard } from '../../lib/decks/present';
import type { Question } from '../../lib/decks/types';
import { isAnswer } from '../../lib/srs/card-changes';
import { becameLeech, isLeech, leechThreshold } from '../../lib/srs/leech';
import { buildQueue, formatInterval } from '../../lib/srs/queue';
import { RATINGS, type Rating } from '../../lib/srs/types';
import { gradeChoice } from '../../lib/trainer-session/grading';
import { keyAction, offeredKey, shortcutsOn, type CardPhase, type InputKind, type KeyInput, type SessionAction } from '../../lib/trainer-session/keyboard';
import { lessonUrl } from '../../lib/trainer-session/lesson-url';
import { StudyQueue } from '../../lib/trainer-session/study-queue';
import { emptySummary, withAnswer, withoutAnswer, type SessionSummary } from '../../lib/trainer-session/summary';
import type { UndoOutcome } from '../../lib/storage/types';
import { CardView } from './card-view';
import { part } from './dom';
import type { TrainerContext } from './progress';
import { TabAnswers } from './tab-answers';

/** Why an undo was refused, in the learner's words. */
const REFUSALS: Record<Extract<UndoOutcome, { refused: unknown }>['refused'], string> = {
	'answered-later': 'trainer.session.undoAnsweredLater',
	'changed-later': 'trainer.session.undoChangedLater',
	gone: 'trainer.session.undoGone',
	damaged: 'trainer.session.undoDamaged',
};

export interface SessionEnd {
	keys: ReadonlySet<string>;
	/** Cards this session's answers made leeches (and still are). */
	leeches: readonly string[];
	summary: SessionSummary;
	queue: StudyQueue;
}

/**
 * Runs one study session: shows a card, takes the answer (keyboard or
 * buttons), stores it, and only then shows the next card.
 */
export class SessionController {
	private keys: ReadonlySet<string> = new Set();
	private queue = new StudyQueue({ learning: [], review: [], new: [] }, new Map());
	private summary = emptySummary();
	private current: { question: Question; view: CardView; shownAt: number } | undefined;
	private phase: CardPhase = 'prompt';
	private offered: { rating: Rating; allowed: readonly Rating[] } | undefined;
	/** Time spent per answer of this session, so undo can take it back out of the summary. */
	private readonly spent: { key: string; ms: number }[] = [];
	private busy = false;
	private firstCardShown = false;
	private readonly answers: TabAnswers;
	/** Cards this session's answers made leeches, for the summary. */
	private readonly leeches = new Set<string>();

	/** The session ended and its summary shows: U may still take the last answer back. */
	private resumable = false;
	/** How the learner last acted in the study area, so announcements speak of the keys only to a keyboard user. */
	private input: InputKind = 'keyboard';

	constructor(
		private readonly section: HTMLElement,
		private readonly context: TrainerContext,
		private readonly finished: (end: SessionEnd) => void,
		private readonly resumed: () => void,
		/** Where key presses count: the session and its summary (keyboard.ts, KeyInput.inStudyArea). */
		private readonly studyArea: readonly HTMLElement[],
	) {
		this.answers = new TabAnswers(context.base);
		part(section, 'undo').addEventListener('click', () => void this.undo());
		part(section, 'end').addEventListener('click', () => this.finish());
		document.addEventListener('keydown', (event) => this.onKey(event));
		for (const area of studyArea) area.addEventListener('pointerdown', () => (this.input = 'pointer'), { capture: true });
	}

	start(title: string, keys: readonly string[]): void {
		const { progress, timeZone } = this.context;
		const started = performance.now();
		const today = buildQueue(keys, progress.records, progress.newIntroducedToday, new Date(), progress.settings, timeZone);
		performance.measure('trainer:queue', { start: started });
		this.keys = new Set(keys);
		this.resumable = false;
		this.queue = new StudyQueue(today, progress.records);
		this.summary = emptySummary();
		this.spent.length = 0;
		this.leeches.clear();
		part(this.section, 'session-heading').textContent = this.context.t('trainer.session.heading', { deck: title });
		// The button names its key only while the key works.
		part(this.section, 'undo').textContent = this.context.t(this.shortcuts() ? 'trainer.session.undo' : 'trainer.session.undoNoKey');
		this.section.hidden = false;
		this.showNext();
	}

	/**
	 * Progress changed elsewhere (another tab, an import, a repair, settings): today's queue is built again from it; the
	 * card on screen stays, and its rating buttons, if shown, say what an answer now gives (the answer is scheduled from
	 * the stored card: "Again in 1 min" stayed on screen when an import in another tab had made it 10 min).
	 */
	refresh(): void {
		if (this.section.hidden) return;
		const { progress, timeZone } = this.context;
		this.queue = new StudyQueue(buildQueue([...this.keys], progress.records, progress.newIntroducedToday, new Date(), progress.settings, timeZone), progress.records);
		this.showLeft();
		const current = this.current;
		if (current && this.phase === 'rating') current.view.showIntervals(this.intervals(current.question.key));
	}

	/**
	 * What is left today, in the deck table's three counts: a new card answered moves to "learning" (it comes back later
	 * today) rather than leaving a single total unchanged, as a total of 20 stayed through a 26-answer session.
	 */
	private showLeft(): void {
		const left = this.queue.remaining();
		const { number } = this.context.fmt;
		part(this.section, 'session-left').textContent = this.context.t('trainer.session.left', { new: number(left.new), learning: number(left.learning), due: number(left.review) });
	}

	private showNext(): void {
		const key = this.queue.next(new Date());
		const question = key === undefined ? undefined : this.question(key);
		if (key === undefined || !question) {
			this.finish();
			return;
		}
		const view = new CardView(
			question,
			this.context.t,
			lessonUrl(this.context.base, this.context.locale.code, question.link),
			{
				reveal: () => this.act({ type: 'reveal' }),
				submit: () => this.act({ type: 'submit' }),
				rate: (rating) => this.act({ type: 'rate', rating }),
			},
			this.shortcuts(),
		);
		this.current = { question, view, shownAt: performance.now() };
		this.phase = 'prompt';
		this.offered = undefined;
		this.showLeft();
		part(this.section, 'card').replaceChildren(view.element);
		view.focusQuestion();
		if (!this.firstCardShown) {
			this.firstCardShown = true;
			performance.mark('trainer:first-card');
		}
	}

	/** The card as shown today: scenario cards draw a fresh variant for each review. */
	private question(key: string): Question | undefined {
		const card = this.context.card(key);
		return card && presentCard(card, this.context.locale.code, this.context.progress.records.get(key)?.reps ?? 0);
	}

	private shortcuts(): boolean {
		return shortcutsOn(this.context.progress.settings);
	}

	private onKey(event: KeyboardEvent): void {
		if (event.defaultPrevented || !(this.current || this.resumable)) return;
		const target = event.target instanceof HTMLElement ? event.target : undefined;
		const inStudyArea = target !== undefined && this.studyArea.some((area) => area.contains(target));
		if (inStudyArea) this.input = 'keyboard';
		const input: KeyInput = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, focus: focusKind(target), inStudyArea, shortcuts: this.shortcuts() };
		const action = keyAction(input, this.current?.question.kind ?? 'flashcard', this.phase);
		if (!action || (!this.current && action.type !== 'undo')) return;
		event.preventDefault();
		// A held key repeats: one press is one action, or a held Enter would check or rate the cards after it.
		if (event.repeat) return;
		if (action.type === 'undo') void this.undo();
		else this.act(action);
	}

	private act(action: SessionAction): void {
		const current = this.current;
		if (this.busy || !current) return;
		if (action.type === 'reveal' && this.phase === 'prompt' && current.question.kind === 'flashcard') {
			current.view.reveal();
			this.offerRatings(RATINGS, 3);
			// Focus moves to the rating buttons, so the answer itself is read out, as a choice's verdict is.
			const { t } = this.context;
			this.context.announce(`${t('trainer.card.answerRead', { answer: current.question.back })} ${t(offeredKey(this.input, false, this.shortcuts()), { rating: t('trainer.rate.3') })}`);
		} else if (action.type === 'submit' && this.phase === 'prompt' && current.question.kind === 'choice') {
			const grade = gradeChoice(current.question, current.view.selected());
			if (!grade) {
				const ask = this.context.t('trainer.card.chooseFirst');
				current.view.askForChoice(ask);
				this.context.announce(ask);
				return;
			}
			current.view.showGrade(grade);
			this.offerRatings(grade.allowed, grade.preselected);
			const rating = this.context.t(`trainer.rate.${grade.preselected}`);
			this.context.announce(`${this.context.t(grade.correct ? 'trainer.card.correct' : 'trainer.card.wrong')} ${this.context.t(offeredKey(this.input, grade.correct, this.shortcuts()), { rating })}`);
		} else if (action.type === 'rate' && this.offered?.allowed.includes(action.rating)) {
			void this.rate(action.rating);
		} else if (action.type === 'continue' && this.offered) {
			void this.rate(this.offered.rating);
		}
	}

	private offerRatings(allowed: readonly Rating[], offered: Rating): void {
		const current = this.current;
		if (!current) return;
		this.phase = 'rating';
		this.offered = { rating: offered, allowed };
		current.view.showRatings(this.intervals(current.question.key), allowed, offered);
	}

	/** What each rating of this card would give now, from its stored state, as the rating buttons say it. */
	private intervals(key: string): Record<Rating, string> {
		const intervals = this.context.scheduler().preview(this.context.progress.records.get(key), key, new Date());
		const labels = {} as Record<Rating, string>;
		for (const rating of RATINGS) labels[rating] = formatInterval(intervals[rating], this.context.locale.lang);
		return labels;
	}

	private async rate(rating: Rating): Promise<void> {
		const current = this.current;
		if (!current || this.busy) return;
		this.busy = true;
		const started = performance.now();
		const key = current.question.key;
		try {
			const review = await this.context.store.answer(key, rating, new Date(), this.context.timeZone);
			performance.measure('trainer:answer-store', { start: started });
			this.answers.add(review);
			this.context.progress.records.set(key, review.after);
			if (review.before === null || review.before.state === 'new') this.context.progress.newIntroducedToday += 1;
			const spentMs = started - current.shownAt;
			this.spent.push({ key, ms: spentMs });
			this.summary = withAnswer(this.summary, rating, spentMs);
			this.queue.answered(key, review.after);
			const saved = this.context.t('trainer.rate.saved', {
				rating: this.context.t(`trainer.rate.${rating}`),
				interval: formatInterval(Date.parse(review.after.due) - Date.parse(review.reviewedAt), this.context.locale.lang),
			});
			const madeLeech = becameLeech(review, leechThreshold(this.context.progress.settings));
			if (madeLeech) this.leeches.add(key);
			this.context.announce(madeLeech ? `${saved} ${this.context.t('trainer.leeches.became', { count: this.context.fmt.number(review.after.lapses) })}` : saved);
			this.showNext();
			performance.measure('trainer:answer', { start: started });
		} catch (error) {
			// Nothing was stored: the card stays as it was, ready to be rated again.
			this.context.reportStorageError(error);
		} finally {
			this.busy = false;
		}
	}

	/** Takes back the newest answer given in this tab, unless another tab has answered that card since. */
	private async undo(): Promise<void> {
		if (this.busy) return;
		const answer = this.answers.newest();
		if (!answer) {
			this.context.announce(this.context.t('trainer.session.nothingToUndo'));
			return;
		}
		this.busy = true;
		try {
			const outcome = await this.context.store.undo(answer);
			if ('refused' in outcome) {
				if (outcome.refused === 'gone') this.answers.dropNewest();
				this.context.announce(this.context.t(REFUSALS[outcome.refused]));
				return;
			}
			this.answers.dropNewest();
			const review = outcome.undone;
			if (!isLeech(review.before ?? undefined, leechThreshold(this.context.progress.settings))) this.leeches.delete(review.key);
			const { records } = this.context.progress;
			if (review.before) records.set(review.key, review.before);
			else records.delete(review.key);
			if (review.before === null || review.before.state === 'new') {
				this.context.progress.newIntroducedToday = Math.max(0, this.context.progress.newIntroducedToday - 1);
			}
			const last = this.spent.at(-1);
			const spentMs = last?.key === review.key ? (this.spent.pop()?.ms ?? 0) : 0;
			// The tab's own entries are answers, never changes made in the card browser.
			if (isAnswer(review)) this.summary = withoutAnswer(this.summary, review.rating, spentMs);
			this.context.announce(this.context.t('trainer.session.undone'));
			// An answer from another deck is undone in storage; this session goes on as it was.
			if (!this.keys.has(review.key)) return;
			this.queue.restore(review.key, review.before);
			if (this.resumable) {
				this.resumable = false;
				this.resumed();
				this.section.hidden = false;
			}
			this.busy = false;
			this.showNext();
		} catch (error) {
			this.context.reportStorageError(error);
		} finally {
			this.busy = false;
		}
	}

	/** Leaving the summary: U no longer reopens the session. */
	leaveSummary(): void {
		this.resumable = false;
	}

	finish(): void {
		this.section.hidden = true;
		this.current = undefined;
		this.resumable = true;
		part(this.section, 'card').replaceChildren();
		this.finished({ keys: this.keys, leeches: [...this.leeches], summary: this.summary, queue: this.queue });
	}
}

function focusKind(target: HTMLElement | undefined): KeyInput['focus'] {
	if (!target) return 'other';
	if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text-field';
	if (target instanceof HTMLInputElement) return target.type === 'radio' || target.type === 'checkbox' ? 'option' : 'text-field';
	if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target.tagName === 'SUMMARY') return 'button';
	return 'other';
}
