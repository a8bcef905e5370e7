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

/** Runs of the characters a path in a URL is made of. */
const PATH_LIKE = /[\w\-.~%@+/]+/g;

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

/** Every site file that `text` (the contents of the file at `from`) refers to. */
export function referencedFiles(text: string, from: string, base: string, files: SiteFiles): Set<string> {
	const found = new Set<string>();
	for (const [token] of text.matchAll(PATH_LIKE)) {
		if (!token.includes('.') && !token.includes('/')) continue;
		const file = resolveToken(token, from, base, files);
		if (file && file !== from) found.add(file);
	}
	return found;
}
