/**
 * BASE_PATH, the path a course serves the site under, as the build reads it.
 * Only unreserved URL characters and `/` are allowed: every URL the build
 * writes carries the base as it is, while the browser requests it
 * percent-encoded, so a space or a letter such as `ğ` made figures point to
 * the base twice (once encoded) and kept most files out of the offline
 * manifest. Such a base stops the build with one problem instead.
 */
import type { Problem } from './content/problems';

const ALLOWED = /^[A-Za-z0-9._~/-]$/;
const WHERE = { file: 'BASE_PATH', at: 'environment variable' } as const;
const RULE = 'use only the letters A-Z and a-z, digits, "-", ".", "_", "~" and "/"';

/** A character as the message shows it: a space or a control character by name, since it is invisible between quotes. */
function shown(character: string): string {
	if (character === ' ') return 'a space';
	if (/\p{Cc}|\p{Z}/u.test(character)) return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return `"${character}"`;
}

/** The nearest allowed path: accents dropped (`ğ` → `g`, `ı` → `i`), every other run of characters outside the rule one hyphen. */
function suggestion(value: string): string {
	const folded = value
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ı/g, 'i')
		.replace(/[^A-Za-z0-9._~/-]+/g, '-')
		.replace(/-*\/-*/g, '/')
		.replace(/\/{2,}/g, '/');
	const anchored = folded.startsWith('/') ? folded : `/${folded}`;
	return anchored.endsWith('/') ? anchored : `${anchored}/`;
}

/**
 * The base path the build uses, or the problem with BASE_PATH. Unset or
 * empty is `/`; a path without its final `/` gets one.
 */
export function readBasePath(value: string | undefined): { base: string; problems: Problem[] } {
	if (!value) return { base: '/', problems: [] };
	const bad = [...new Set([...value].filter((character) => !ALLOWED.test(character)))];
	if (bad.length > 0) {
		return {
			base: '/',
			problems: [
				{
					...WHERE,
					message: `BASE_PATH "${value}" has ${bad.length === 1 ? 'a character' : 'characters'} a site path cannot carry as they are: ${bad.map(shown).join(', ')}`,
					fix: `${RULE}, e.g. BASE_PATH=${suggestion(value)}`,
				},
			],
		};
	}
	if (!value.startsWith('/')) return { base: '/', problems: [{ ...WHERE, message: `BASE_PATH "${value}" does not start with "/"`, fix: `write BASE_PATH=${suggestion(value)}` }] };
	const segments = value.split('/').slice(1, value.endsWith('/') ? -1 : undefined);
	if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
		return { base: '/', problems: [{ ...WHERE, message: `BASE_PATH "${value}" has an empty, "." or ".." part between its slashes, which browsers drop or resolve away`, fix: `write each folder of the path once, e.g. BASE_PATH=${suggestion(value.replace(/(^|\/)\.{1,2}(?=\/|$)/g, '$1'))}` }] };
	}
	return { base: value.endsWith('/') ? value : `${value}/`, problems: [] };
}
