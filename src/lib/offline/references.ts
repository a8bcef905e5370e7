/**
 * Which files of a built site a text file (HTML, CSS, JavaScript, JSON,
 * web app manifest) refers to. Built code names its files in many ways:
 * attributes (`src="/_astro/a.css"`), CSS `url()`, relative imports
 * (`import "./b.js"`), Vite's preload lists (`"_astro/c.js"`, relative to
 * the base path) and `new URL("d.js", import.meta.url)`. Rather than parse
 * each (quotes cannot even be paired in minified HTML, where text holds
 * apostrophes), every run of path characters is tried as a path relative
 * to the file and to the site root, and kept when the build has such a
 * file: a token that names a file by accident costs a few bytes of cache, a
 * missed reference costs a page that breaks offline.
 */

import { normalisePath } from '../normalise-path.ts';

/**
 * Whole runs of the characters a path in a URL is made of, when they hold a
 * dot or a slash (a path names a file or a folder): plain words, most of a
 * page's text, never make a match. The lookbehind starts a match only where
 * a run starts, so a long run without either is scanned once.
 */
const PATH_LIKE = /(?<![\w\-.~%@+/])[\w\-~%@+]*[./][\w\-.~%@+/]*/g;

/** Files of the site, by path relative to the build folder (`_astro/a.js`, `en/index.html`). */
export type SiteFiles = ReadonlySet<string>;

function dirOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '' : path.slice(0, slash + 1);
}

function safeDecode(text: string): string {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
}

/** The site file a token names, seen from `from`; undefined when it names none. */
export function resolveToken(token: string, from: string, base: string, files: SiteFiles): string | undefined {
	if (token.startsWith('//')) return undefined;
	const path = safeDecode(token);
	const candidates = path.startsWith('/') ? [path.startsWith(base) ? path.slice(base.length) : undefined] : [`${dirOf(from)}${path}`, path];
	for (const candidate of candidates) {
		if (candidate === undefined) continue;
		const normal = normalisePath(candidate);
		if (normal === undefined) continue;
		if (files.has(normal)) return normal;
		if ((candidate.endsWith('/') || normal === '') && files.has(normal === '' ? 'index.html' : `${normal}/index.html`)) {
			return normal === '' ? 'index.html' : `${normal}/index.html`;
		}
	}
	return undefined;
}

/** Every folder and file name that occurs in the build's paths. */
function namesIn(files: SiteFiles): Set<string> {
	const names = new Set<string>();
	for (const path of files) for (const name of path.split('/')) names.add(name);
	return names;
}

/** Whether a token could name a site file from some folder: its last name must occur in the build (or climb, or be a folder itself). */
function couldNameAFile(token: string, names: ReadonlySet<string>): boolean {
	const last = safeDecode(token)
		.split('/')
		.filter((name) => name !== '')
		.at(-1);
	return last === undefined || last === '.' || last === '..' || names.has(last);
}

/**
 * Every page repeats the sidebar's list of pages, so a site's HTML grows
 * with the square of its lessons. That list (inside Starlight's
 * `<sl-sidebar-state-persist>`) links pages only: the site's sidebar is
 * made from content/ (src/integrations/sidebar.ts), and pages are never
 * followed as references (each page is a root of its own). It is left out
 * of the scan, which then grows with the site's pages rather than their
 * square.
 */
const SIDEBAR_LIST_START = '<sl-sidebar-state-persist';
const SIDEBAR_LIST_END = '</sl-sidebar-state-persist>';

/**
 * Where a page's sidebar list starts and ends, found with `indexOf` (a
 * string's, or a Buffer's: a build can then skip the list before decoding
 * the page).
 */
export function sidebarListSpan(indexOf: (needle: string, from?: number) => number): { start: number; end: number } | undefined {
	const start = indexOf(SIDEBAR_LIST_START);
	if (start < 0) return undefined;
	const end = indexOf(SIDEBAR_LIST_END, start);
	return end < 0 ? undefined : { start, end: end + SIDEBAR_LIST_END.length };
}

/** What the scan reads of a build file's text: all of it, but a page's without its sidebar list. */
export function scannedText(text: string, from: string): string {
	const span = from.endsWith('.html') ? sidebarListSpan((needle, start) => text.indexOf(needle, start)) : undefined;
	return span ? text.slice(0, span.start) + text.slice(span.end) : text;
}

/**
 * The runs of path characters in a file's scanned text (scannedText, or
 * the same cut from the file's bytes with sidebarListSpan), each once.
 * They depend on the file alone, so a build can take them before it knows
 * its last files.
 */
export function pathTokens(text: string): Set<string> {
	return new Set(text.match(PATH_LIKE));
}

/**
 * A function giving every site file a text file refers to, from its
 * pathTokens, for many files of one build. Root-relative tokens, and
 * tokens whose last name occurs nowhere in the build, resolve the same from
 * every folder and are resolved once; other tokens once per folder they
 * are seen from.
 */
export function referenceFinder(base: string, files: SiteFiles): (tokens: Iterable<string>, from: string) => Set<string> {
	const names = namesIn(files);
	/** Per token: whether it resolves the same from every folder. Pages repeat most of their tokens, so each is judged once. */
	const sameEverywhere = new Map<string, boolean>();
	const everywhere = new Map<string, string | undefined>();
	const byFolder = new Map<string, string | undefined>();

	return (tokens, from) => {
		const found = new Set<string>();
		const dir = dirOf(from);
		for (const token of tokens) {
			let file: string | undefined;
			let anyFolder = sameEverywhere.get(token);
			if (anyFolder === undefined) {
				anyFolder = token.startsWith('/') || !couldNameAFile(token, names);
				sameEverywhere.set(token, anyFolder);
			}
			if (anyFolder) {
				if (!everywhere.has(token)) everywhere.set(token, resolveToken(token, '', base, files));
				file = everywhere.get(token);
			} else {
				const key = `${dir}\0${token}`;
				if (!byFolder.has(key)) byFolder.set(key, resolveToken(token, from, base, files));
				file = byFolder.get(key);
			}
			if (file) found.add(file);
		}
		found.delete(from);
		return found;
	};
}
