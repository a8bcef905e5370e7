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
 * Pages repeat their navigation: each page's sidebar lists every lesson, so
 * a site's HTML grows with the square of its lessons. Text is therefore read
 * in pieces, split where a list item starts (`<li`, which no path holds, so
 * each piece, scanned with its `<li`, has exactly the tokens the whole text
 * has there), and a short piece seen before is not scanned again.
 */
const PIECE_START = '<li';
const REMEMBERED_PIECE_LENGTH = 2048;

/** A copy of a string that does not keep the text it was sliced from alive (engines may share the parent's characters). */
function detached(piece: string): string {
	return ` ${piece}`.slice(1);
}

/** What a piece of text refers to: files it names the same from every folder, and tokens to resolve from the reading file's folder. */
interface PieceReferences {
	files: string[];
	relative: string[];
}

/**
 * A function giving every site file a text file refers to, for many files
 * of one build. Root-relative tokens, and tokens whose last name occurs
 * nowhere in the build, resolve the same from every folder and are resolved
 * once; other tokens once per folder they are seen from.
 */
export function referenceFinder(base: string, files: SiteFiles): (text: string, from: string) => Set<string> {
	const names = namesIn(files);
	const everywhere = new Map<string, string | undefined>();
	const byFolder = new Map<string, string | undefined>();
	const pieces = new Map<string, PieceReferences>();

	const scan = (piece: string): PieceReferences => {
		const found: PieceReferences = { files: [], relative: [] };
		for (const token of new Set(piece.match(PATH_LIKE))) {
			if (token.startsWith('/') || !couldNameAFile(token, names)) {
				if (!everywhere.has(token)) everywhere.set(token, resolveToken(token, '', base, files));
				const file = everywhere.get(token);
				if (file) found.files.push(file);
			} else found.relative.push(token);
		}
		return found;
	};

	return (text, from) => {
		const found = new Set<string>();
		const dir = dirOf(from);
		const pieceTexts = text.split(PIECE_START);
		for (let index = 0; index < pieceTexts.length; index++) {
			const piece = pieceTexts[index]!;
			const remembered = index > 0 && piece.length <= REMEMBERED_PIECE_LENGTH;
			let references = remembered ? pieces.get(piece) : undefined;
			if (!references) {
				references = scan(index > 0 ? `${PIECE_START}${piece}` : piece);
				if (remembered) pieces.set(detached(piece), references);
			}
			for (const file of references.files) found.add(file);
			for (const token of references.relative) {
				const key = `${dir}\0${token}`;
				if (!byFolder.has(key)) byFolder.set(key, resolveToken(token, from, base, files));
				const file = byFolder.get(key);
				if (file) found.add(file);
			}
		}
		found.delete(from);
		return found;
	};
}
