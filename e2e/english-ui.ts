import { siteContent } from '../src/integrations/site-content';

/** Starlight's, Expressive Code's and Pagefind's English interface strings. */
const shellStrings = [
	'Skip to content',
	'On this page',
	'Overview',
	'Last updated',
	'Previous',
	'Next',
	'Select theme',
	'Select language',
	'Dark',
	'Light',
	'Auto',
	'Menu',
	'Cancel',
	'Search',
	'Copy to clipboard',
	'Copied!',
	'Section titled',
	'Note',
	'Tip',
	'Caution',
	'Danger',
	'results for',
	'result for',
	'Search this site',
	'Load more results',
	'Clear',
	'This content is not available in your language yet',
	'Built with Starlight',
];

/**
 * Every English interface string that should never appear on a page of
 * `locale`: the shell's, plus the project's own from src/i18n/en that the
 * locale translates differently. Very short strings are left out: they
 * match words inside ordinary text.
 */
export function englishInterfaceStrings(locale: string): string[] {
	const read = (code: string) => siteContent(process.cwd()).strings.get(code) ?? {};
	const en = read('en');
	const translated = read(locale);
	const own = Object.entries(en)
		.filter(([key, text]) => translated[key] !== text)
		.map(([, text]) => text.replace(/\{\{[^}]+\}\}/g, '').trim())
		.filter((text) => text.length >= 4);
	return [...new Set([...shellStrings, ...own])];
}

/**
 * Finds which of `phrases` occur as whole words in `text` (case-sensitive).
 * Web addresses shown as text (a reference's `tensorflow.org/tutorials/images/…`)
 * are not interface text, so they are left out.
 */
export function phrasesIn(text: string, phrases: readonly string[]): string[] {
	const prose = text.replace(/\S*[\w-]+\.[a-z]{2,}\/\S*/g, ' ');
	return phrases.filter((phrase) => {
		const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(prose);
	});
}
