import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { TRAINER_PAGE, trainerDecksUrl } from '../lib/trainer-session/lesson-url.ts';
import { addressNamesDeck } from '../lib/trainer-session/opening-on-deck.ts';

/**
 * The trainer page opened on a deck (`?deck=`, as lessons link to it) asks
 * from the top of its head for everything its first card needs: the decks
 * (`<link rel="preload">` of the locale's decks.json, which the trainer's
 * own fetch takes over) and every module (`<link rel="modulepreload">`: the
 * trainer's code, its static imports all the way down, and the session code
 * with its own). Left to find the modules, the browser asks for each
 * level of imports only once the level above has arrived and been parsed:
 * four round trips before the code of the first card could run. Without a
 * deck the page shows the deck list and asks for nothing early: the deck
 * titles are in the page, the trainer fetches the decks for their counts
 * when it starts, and requests made before the first paint slow it on a
 * phone's connection (Lighthouse counts them: the decks, 20 KB, delayed
 * the first paint of the simulated phone by sharing a connection with the
 * trainer's script).
 */

/** Source modules the trainer imports on the way to its first card (dynamically, so the deck list alone does not wait for them). */
const FIRST_CARD_MODULES = ['/src/components/trainer/trainer-app.ts', '/src/components/trainer/session-controller.ts'];

/** The part of a bundle's chunk this needs. */
export interface ChunkImports {
	moduleIds: readonly string[];
	imports: readonly string[];
}

/**
 * The chunks holding `modules` and every chunk they import statically, all
 * the way down, as bundle file names: the chunks holding the modules first,
 * then their imports.
 */
export function chunksToPreload(chunks: ReadonlyMap<string, ChunkImports>, modules: readonly string[]): string[] {
	const found = new Set<string>();
	const visit = (file: string) => {
		if (found.has(file)) return;
		found.add(file);
		for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
	};
	for (const module of modules) {
		for (const [file, chunk] of chunks) if (chunk.moduleIds.some((id) => id.split('?')[0]?.endsWith(module))) visit(file);
	}
	return [...found];
}

/** The inline script that asks for the decks at `decksHref` and the modules at `moduleHrefs` when the page's address names a deck. */
export function preloadScript(decksHref: string, moduleHrefs: readonly string[]): string {
	const links = [{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: decksHref }, ...moduleHrefs.map((href) => ({ rel: 'modulepreload', href }))];
	return `if(${addressNamesDeck})for(const attributes of ${JSON.stringify(links)})document.head.append(Object.assign(document.createElement("link"),attributes))`;
}

/**
 * `html` with preloadScript right after its character set (ahead of the
 * stylesheets, which an inline script further down would wait for), for
 * the decks at `decksHref` and `files` under `base` except those the page
 * already loads as module scripts.
 */
export function withFirstCardPreloads(html: string, base: string, decksHref: string, files: readonly string[]): string {
	const hrefs = files.map((file) => `${base}${file}`).filter((href) => !html.includes(`<script type="module" src="${href}"`));
	const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
	const at = charset ? charset.index + charset[0].length : html.indexOf('<head>') + '<head>'.length;
	return `${html.slice(0, at)}<script>${preloadScript(decksHref, hrefs)}</script>${html.slice(at)}`;
}

/** A built page's pathname without its leading and trailing slashes. */
const pagePath = (pathname: string): string => pathname.replace(/^\/|\/$/g, '');

/** The locale of a built trainer page's pathname (`en/practice/trainer/` → `en`; a root locale's is ''). */
export function trainerPageLocale(pathname: string): string {
	return pagePath(pathname).slice(0, -TRAINER_PAGE.length).replace(/\/$/, '');
}

/** A built page's pathname (`en/practice/trainer/`) is a locale's trainer page: the trainer page under one locale, or none. */
export function isTrainerPage(pathname: string): boolean {
	const locale = trainerPageLocale(pathname);
	return !locale.includes('/') && pagePath(pathname) === (locale ? `${locale}/${TRAINER_PAGE}` : TRAINER_PAGE);
}

export function trainerPreload(): AstroIntegration {
	let base = '/';
	let files: string[] = [];
	const plugin: Plugin = {
		name: 'trainer-preload',
		apply: 'build',
		generateBundle(_options, bundle) {
			// Only the browser's bundle holds the trainer's script (the server's has no chunk for it).
			const chunks = new Map<string, ChunkImports>();
			for (const [file, output] of Object.entries(bundle)) if (output.type === 'chunk') chunks.set(file, output);
			const preloads = chunksToPreload(chunks, FIRST_CARD_MODULES);
			if (preloads.length > 0) files = preloads;
		},
	};
	return {
		name: 'trainer-preload',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				updateConfig({ vite: { plugins: [plugin] } });
			},
			'astro:build:done': ({ dir, pages }) => {
				if (files.length === 0) return;
				const trainerPages = pages.filter(({ pathname }) => isTrainerPage(pathname));
				for (const { pathname } of trainerPages) {
					const path = join(fileURLToPath(dir), pathname, 'index.html');
					writeFileSync(path, withFirstCardPreloads(readFileSync(path, 'utf8'), base, trainerDecksUrl(base, trainerPageLocale(pathname)), files));
				}
			},
		},
	};
}
