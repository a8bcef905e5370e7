import { lastNotAfter } from '../sorted-search.ts';

/**
 * Text as every reader of the project's files sees it: without a UTF-8
 * byte-order mark, with `\n` line endings. Editors on Windows add both;
 * neither changes what a file says, and line numbers stay the same.
 */
export function normaliseText(text: string): string {
	const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** Line number (1-based) of each offset in `text`, computed once for many look-ups. */
export function lineFinder(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => lastNotAfter(starts, offset) + 1;
}

/** Lines (1-based) inside fenced code blocks (``` or ~~~), fences included: their text is shown, never read as Markdown. */
export function fencedLines(text: string): Set<number> {
	const lines = new Set<number>();
	let fence: string | undefined;
	text.split('\n').forEach((line, index) => {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
			lines.add(index + 1);
			fence = fence === undefined ? marker : undefined;
		} else if (fence !== undefined) lines.add(index + 1);
	});
	return lines;
}
