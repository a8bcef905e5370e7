/**
 * What an exercise at the end of a lesson must have (see
 * src/components/Exercise.astro). Checked at build time, so a lesson with a
 * malformed exercise fails the build with one line naming the file, the
 * exercise and the field, instead of shipping a question without an answer.
 */
export const EXERCISE_KINDS = ['lab', 'decide', 'compute'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export interface ExerciseProps {
	id: unknown;
	kind: unknown;
	title: unknown;
}

const idFormat = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The problems of one exercise, each naming the field; empty when it is sound. */
export function exerciseProblems(props: ExerciseProps, hasSolution: boolean): string[] {
	const problems: string[] = [];
	if (typeof props.id !== 'string' || !idFormat.test(props.id)) problems.push('id must be lowercase letters, digits and single hyphens');
	if (typeof props.kind !== 'string' || !(EXERCISE_KINDS as readonly string[]).includes(props.kind)) {
		problems.push(`kind must be one of ${EXERCISE_KINDS.join(', ')}`);
	}
	if (typeof props.title !== 'string' || props.title.trim() === '') problems.push('title must be a non-empty text');
	if (!hasSolution) problems.push('the solution is missing (put it in <div slot="solution">…</div>)');
	return problems;
}

/** Throws one message naming the file, the exercise and every problem, or returns quietly. */
export function checkExercise(file: string, props: ExerciseProps, hasSolution: boolean): void {
	const problems = exerciseProblems(props, hasSolution);
	if (problems.length === 0) return;
	const name = typeof props.id === 'string' && props.id !== '' ? `"${props.id}"` : '(no id)';
	const error = new Error(`${file}: exercise ${name}: ${problems.join('; ')}`);
	error.stack = error.message;
	throw error;
}
