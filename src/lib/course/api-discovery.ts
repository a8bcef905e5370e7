/**
 * Finds the platform's SCORM API the standard way (ADL's API discovery):
 * this window, then each parent in turn, then the window that opened this
 * one (a platform that launches the course in a new window) and its parents.
 * SCORM 2004's `API_1484_11` is preferred where a window has both.
 */

export interface ScormWindow {
	API?: unknown;
	API_1484_11?: unknown;
	parent: ScormWindow | null;
	opener?: ScormWindow | null;
	top?: ScormWindow | null;
}

export type ScormVersion = '1.2' | '2004';

export interface FoundApi {
	version: ScormVersion;
	api: Record<string, (...args: string[]) => string>;
}

/** ADL's limit on how many parents to climb. */
const MAX_PARENTS = 500;

/** The window's API, or undefined; a window of another origin throws on access and has none for us. */
function apiOf(win: ScormWindow): FoundApi | undefined {
	try {
		if (win.API_1484_11 && typeof win.API_1484_11 === 'object') return { version: '2004', api: win.API_1484_11 as FoundApi['api'] };
		if (win.API && typeof win.API === 'object') return { version: '1.2', api: win.API as FoundApi['api'] };
	} catch {
		return undefined;
	}
	return undefined;
}

function parentOf(win: ScormWindow): ScormWindow | null {
	try {
		return win.parent && win.parent !== win ? win.parent : null;
	} catch {
		return null;
	}
}

function searchUp(start: ScormWindow): FoundApi | undefined {
	let win: ScormWindow | null = start;
	for (let level = 0; win && level <= MAX_PARENTS; level++) {
		const found = apiOf(win);
		if (found) return found;
		win = parentOf(win);
	}
	return undefined;
}

function openerOf(win: ScormWindow | null | undefined): ScormWindow | null {
	try {
		return win?.opener ?? null;
	} catch {
		return null;
	}
}

export function findScormApi(start: ScormWindow): FoundApi | undefined {
	const here = searchUp(start);
	if (here) return here;
	let top: ScormWindow | null | undefined;
	try {
		top = start.top;
	} catch {
		top = undefined;
	}
	const opener = openerOf(start) ?? openerOf(top);
	return opener ? searchUp(opener) : undefined;
}
