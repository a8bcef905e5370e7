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

import { normalisePath } from '../normalise-path';

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

/**
 * A function giving every site file a text file refers to, for many files
 * of one build. A site's pages repeat the same links (each page's sidebar
 * lists every lesson), so each token is resolved once per folder it is seen
 * from, not once per page.
 */
export function referenceFinder(base: string, files: SiteFiles): (text: string, from: string) => Set<string> {
	const resolved = new Map<string, string | undefined>();
	return (text, from) => {
		const found = new Set<string>();
		const dir = dirOf(from);
		for (const [token] of text.matchAll(PATH_LIKE)) {
			// A root-relative token names the same file from every folder.
			const key = token.startsWith('/') ? token : `${dir}\0${token}`;
			let file = resolved.get(key);
			if (file === undefined && !resolved.has(key)) {
				file = resolveToken(token, from, base, files);
				resolved.set(key, file);
			}
			if (file && file !== from) found.add(file);
		}
		return found;
	};
}
