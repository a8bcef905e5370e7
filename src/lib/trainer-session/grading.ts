import type { Rating } from '../srs/types';

/** The parts of a choice question grading needs. */
export interface GradableChoice {
	options: readonly { id: string; correct: boolean }[];
}

export interface OptionVerdict {
	id: string;
	/** The learner ticked this option. */
	selected: boolean;
	/** Ticking (or leaving) it was right. */
	right: boolean;
}

export interface ChoiceGrade {
	/** Every option ticked exactly when it is correct. */
	correct: boolean;
	options: OptionVerdict[];
	/** The rating offered first: wrong → Again, right → Good. */
	preselected: Rating;
	/** Ratings the learner may pick instead: a wrong answer is never Hard or better. */
	allowed: Rating[];
}

/**
 * Grades an objective answer. All-or-nothing: FSRS only needs pass/fail, and
 * partial credit for multiple answers would let a guess count as recall.
 * Nothing chosen is no answer (undefined): every choice card has a correct
 * option, and an Enter that slipped onto the next card stored Again.
 */
export function gradeChoice(question: GradableChoice, selectedIds: ReadonlySet<string>): ChoiceGrade | undefined {
	if (selectedIds.size === 0) return undefined;
	const options = question.options.map((option) => {
		const selected = selectedIds.has(option.id);
		return { id: option.id, selected, right: selected === option.correct };
	});
	const correct = options.every((option) => option.right);
	return correct
		? { correct, options, preselected: 3, allowed: [2, 3, 4] }
		: { correct, options, preselected: 1, allowed: [1] };
}
