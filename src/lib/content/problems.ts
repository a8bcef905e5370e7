/**
 * A mistake in the site's content, as the person who made it needs to read
 * it: where (file, line or entry and field), what is wrong, how to fix it.
 * Every check of content, decks, glossary, locales and interface strings
 * reports these; the build prints them in one block and stops.
 */
export interface Problem {
	/** Path from the project root, with `/`: `content/en/strategies/introduction.mdx`. */
	file: string;
	line?: number;
	column?: number;
	/** The entry and field inside the file, when a line says less: `entry "dropout", field "lessons"`. */
	at?: string;
	/** What is wrong, as a sentence. */
	message: string;
	/** How to fix it, as a sentence; left out when the message already says. */
	fix?: string;
}

/** `content/en/a.md:12:3`, `quizzes/d/deck.yaml (card "x", field "section")`. */
export function problemPlace(problem: Problem): string {
	const position = problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
	return `${problem.file}${position}${problem.at ? ` (${problem.at})` : ''}`;
}

/**
 * Reads a one-line problem of the form `file: rest` (as the deck and
 * glossary checks write them, `quizzes/d/tr.yaml: card "x": front: expected text`).
 */
export function problemFromLine(line: string): Problem {
	const colon = line.indexOf(': ');
	if (colon < 0) return { file: '', message: line };
	const place = /^(.*?):(\d+)$/.exec(line.slice(0, colon));
	const message = line.slice(colon + 2);
	return place ? { file: place[1]!, line: Number(place[2]), message } : { file: line.slice(0, colon), message };
}

function sentence(text: string): string {
	const trimmed = text.trim();
	return /[.!?)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** One problem as an indented block: the place, then what is wrong, then the fix. */
export function formatProblem(problem: Problem): string {
	const lines = [problem.file ? `  ${problemPlace(problem)}` : undefined, `    ${sentence(problem.message)}`, problem.fix ? `    Fix: ${sentence(problem.fix)}` : undefined];
	return lines.filter((line) => line !== undefined).join('\n');
}

/** The same problem reported twice (by two readers of one file) is shown once. */
function unique(problems: readonly Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((problem) => {
		const key = formatProblem(problem);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The block the build prints before it stops: a heading, then every problem. */
export function formatProblems(problems: readonly Problem[], heading: string): string {
	const shown = unique(problems);
	const count = shown.length === 1 ? '1 problem' : `${shown.length} problems`;
	return [`${heading} (${count}):`, '', ...shown.map(formatProblem).flatMap((block) => [block, ''])].join('\n').trimEnd();
}
