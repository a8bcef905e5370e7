/**
 * Shared clean-up for text written into export files: one newline
 * convention and no control characters (other than tab and newline),
 * which no question needs and which confuse importers.
 */

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanText(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');
}

/** For one-line header values: every run of whitespace (tabs, newlines) becomes one space. */
export function oneLine(text: string): string {
	return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** Options lettered A, B, C, … as on a printed test. */
export function optionLetter(index: number): string {
	return String.fromCharCode(65 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26)) : '');
}
