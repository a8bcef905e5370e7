/**
 * Ends a build (or a tool) cleanly on content mistakes: one block naming
 * each file, line or entry, what is wrong and how to fix it, then exit code
 * 1. No stack trace: the trace would show where the check ran, which the
 * author does not need. With DEBUG set, the block is thrown instead, so the
 * trace shows.
 */
import { formatProblems, type Problem } from '../lib/content/problems.ts';

export const problemsHeading = 'The site cannot be built until these are fixed';

export class ContentProblemsError extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[]) {
		super(formatProblems(problems, problemsHeading));
		this.problems = problems;
		this.name = 'ContentProblemsError';
	}
}

/** Prints the warnings, then, if there are problems, the block, and ends the process. */
export function reportProblems({ problems, warnings }: { problems: readonly Problem[]; warnings: readonly string[] }): void {
	for (const warning of warnings) console.warn(`⚠ ${warning}`);
	if (problems.length === 0) return;
	const error = new ContentProblemsError(problems);
	if (process.env.DEBUG) throw error;
	console.error(`\n${error.message}\n`);
	process.exit(1);
}
