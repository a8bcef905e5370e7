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

/** A file's text (normalised), or why its bytes are not UTF-8 text, at the first line where they are not. */
export type DecodedText = { text: string; problem?: { line: number; message: string; fix: string } };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

/**
 * Decodes a file's bytes as UTF-8, the encoding every reader of the project
 * assumes. Text in another encoding is not thrown away: it is decoded with
 * replacement characters (so the other checks still see the file) and
 * comes with a problem naming the first line that is not UTF-8, since
 * Node would otherwise turn the bytes into "�" without a word.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const fix = 'save the file as UTF-8 (in most editors: "Save with encoding" or the encoding in the status bar, then UTF-8)';
	const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
	if (utf16) return { text: normaliseText(new TextDecoder(utf16).decode(bytes)), problem: { line: 1, message: 'the file is saved as UTF-16, and the site reads UTF-8 text only', fix } };
	try {
		return { text: normaliseText(utf8.decode(bytes)) };
	} catch {
		const text = normaliseText(lossyUtf8.decode(bytes));
		const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
		return { text, problem: { line, message: 'the file is not UTF-8 text: this line has a byte UTF-8 does not allow (an editor set to Windows-1252 or ISO-8859-9 writes such bytes for letters like ğ, ş or é)', fix } };
	}
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
