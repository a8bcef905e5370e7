import { jsonPath } from '../../lib/backup/json-path';
import type { BackupProblem } from '../../lib/backup/problems';
import { cardText } from './card-text';
import { el } from './dom';
import type { TrainerContext } from './progress';

/**
 * Every digit that matters (a stability of 0.0000001 must not read as 0),
 * but a number too large or too small to write out (1e308 has 309 digits) in
 * short scientific form.
 */
function exactNumber(lang: string): (value: number) => string {
	const plain = new Intl.NumberFormat(lang, { maximumSignificantDigits: 15 });
	const scientific = new Intl.NumberFormat(lang, { maximumSignificantDigits: 15, notation: 'scientific' });
	return (value) => (value !== 0 && (Math.abs(value) >= 1e15 || Math.abs(value) < 1e-6) ? scientific : plain).format(value);
}

/** Where the problems were found: a file being imported, the automatic backup being restored, data kept aside being restored. */
export type ProblemSource = 'file' | 'autoBackup' | 'setAside';

/** What is wrong, in the page's language, without saying where. */
function what(problem: BackupProblem, context: TrainerContext, source: ProblemSource): string {
	const { t, fmt } = context;
	const key = `trainer.problem.${problem.code}`;
	switch (problem.code) {
		case 'outOfRange': {
			const exact = exactNumber(context.locale.lang);
			return t(key, { value: exact(problem.value), min: exact(problem.min), max: exact(problem.max) });
		}
		case 'future':
			// Judged against when the data was made: a file's making, or when the entry was set aside (never a file's then).
			return t(source === 'setAside' ? 'trainer.problem.futureSetAside' : key, {
				value: fmt.dateTime(new Date(problem.value)),
				madeAt: fmt.dateTime(new Date(problem.madeAt)),
				now: fmt.dateTime(new Date(problem.now)),
			});
		case 'keyMismatch':
			return t(key, { key: problem.key });
		case 'duplicate':
			return t(key, { first: jsonPath(problem.first) });
		case 'tooBig':
			// In bytes: 50,000,001 bytes rounds to the limit in megabytes.
			return t(key, { bytes: fmt.number(problem.bytes), limit: fmt.bytes(problem.limit) });
		case 'newerVersion':
			return t(key, { version: fmt.number(problem.version), supported: fmt.number(problem.supported) });
		case 'unknownVersion':
			return t(key, { supported: fmt.number(problem.supported) });
		case 'tooMany':
		case 'tooDeep':
		case 'tooManyValues':
			return t(key, { limit: fmt.number(problem.limit) });
		default:
			return t(key);
	}
}

/** One problem as a sentence naming the card (by its text where the decks know it, and its id) and the field. */
export function problemText(problem: BackupProblem, context: TrainerContext, source: ProblemSource = 'file'): string {
	const values = { field: jsonPath(problem.path), problem: what(problem, context, source) };
	if (problem.key === undefined) return problem.path.length === 0 ? values.problem : context.t('trainer.problem.at', values);
	const text = cardText(problem.key, context);
	return text === undefined
		? context.t('trainer.problem.atCardKey', { ...values, key: problem.key })
		: context.t('trainer.problem.atCard', { ...values, key: problem.key, text });
}

/**
 * A refused file or automatic backup (`source`): one short sentence for the
 * live region (`status`), and the listed problems (at most 20) with a count
 * of the rest in `details`, which is not live, so a screen reader is not
 * read thousands of lines.
 */
export function showRefusal(status: HTMLElement, details: HTMLElement, problems: readonly BackupProblem[], count: number, context: TrainerContext, source: 'file' | 'autoBackup'): void {
	const { t, fmt } = context;
	const [only] = problems;
	const prefix = source === 'file' ? 'trainer.backup.rejected' : 'trainer.backup.autoRejected';
	if (count === 1 && only) {
		status.textContent = t(prefix, { reason: problemText(only, context, source) });
		details.replaceChildren();
		return;
	}
	status.textContent = t(count > problems.length ? `${prefix}Many` : `${prefix}Some`, {
		count: fmt.number(count),
		listed: fmt.number(problems.length),
	});
	const items = problems.map((problem) => el('li', {}, [problemText(problem, context, source)]));
	const rest = count - problems.length;
	details.replaceChildren(el('ul', {}, items), ...(rest > 0 ? [el('p', {}, [t('trainer.backup.moreProblems', { count: fmt.number(rest) })])] : []));
}
