/**
 * What is wrong with a backup file, as data: the interface words each
 * problem in the page's language and names the card it is about.
 */
import type { Path, StateProblem } from '../srs/valid-state';

/** Problems with the file as a whole, or between its entries. */
export type FileProblem =
	| { path: Path; code: 'tooBig'; bytes: number; limit: number }
	| { path: Path; code: 'notJson' | 'notBackup' | 'notList' }
	/** Made by a newer version of the site than this one reads. */
	| { path: Path; code: 'newerVersion'; version: number; supported: number }
	/** A version that is no version of this site's backups ("3", 0, 2.5); `supported` is the newest this site reads. */
	| { path: Path; code: 'unknownVersion'; supported: number }
	/** More entries in one list (or fields in one object) than a backup may hold. */
	| { path: Path; code: 'tooMany'; limit: number }
	/** Nested deeper, or holding more objects and lists, than any backup does. */
	| { path: Path; code: 'tooDeep' | 'tooManyValues'; limit: number }
	| { path: Path; code: 'duplicate'; first: Path };

/** `key`: the card the problem is about, when its entry names one. */
export type BackupProblem = (FileProblem | StateProblem) & { key?: string };

/** A problem list shows at most this many; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

/** Collects problems: the first MAX_LISTED_PROBLEMS, and how many there were in all. */
export class ProblemList {
	readonly listed: BackupProblem[] = [];
	count = 0;

	readonly add = (problem: BackupProblem): void => {
		this.count += 1;
		if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
	};
}

export class BackupError extends Error {
	/** At most MAX_LISTED_PROBLEMS problems, in file order. */
	readonly problems: readonly BackupProblem[];
	/** How many problems were found in all. */
	readonly count: number;

	constructor(problems: readonly BackupProblem[], count = problems.length) {
		const first = problems[0];
		super(`Not a usable backup file: ${count} problem(s)${first ? `, the first ${first.code} at ${JSON.stringify(first.path)}` : ''}`);
		this.name = 'BackupError';
		this.problems = problems;
		this.count = count;
	}
}
