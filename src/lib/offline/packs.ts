import type { PageLocale } from '../locales.ts';
import { referenceFinder, type SiteFiles } from './references.ts';

/**
 * What the service worker keeps for offline use, in packs a learner gets
 * only when they need them:
 *
 * - one pack per locale: its pages and every file they use (styles,
 *   scripts and the chunks those load later, figures, the web app manifest
 *   and its icons) plus that language's search index;
 * - `core`: what more than one locale uses (the site's shared code, the
 *   search runtime, the language chooser at the root), kept with any locale;
 * - `lab`: the lab's engine, wasm binaries and model, kept once the lab has
 *   run or when the learner asks for it.
 *
 * Files no page refers to (the 404 page, the sitemap's list of pages,
 * search UIs the site does not load) are never cached.
 */
export const CORE_PACK = 'core';
export const LAB_PACK = 'lab';

export interface PackPlanInput {
	/** Every file of the build, relative to the build folder. */
	files: SiteFiles;
	/** The path-like tokens of a text file of the build (references.ts pathTokens; only called for text files). */
	tokens(path: string): Iterable<string>;
	/** The site's base path, with its trailing slash. */
	base: string;
	/** The locales: the code is the first segment of their pages' paths, the language tag names their search index. */
	locales: readonly PageLocale[];
	/** The files the lab starts from; it gets these and every file they refer to. */
	isLabRoot(path: string): boolean;
}

export type PackPlan = Record<string, string[]>;

const TEXT_FILE = /\.(html|js|mjs|css|json|webmanifest)$/;

/** Whether a built file is text that can refer to other files (HTML, CSS, JavaScript, JSON, web app manifests). */
export function isTextFile(path: string): boolean {
	return TEXT_FILE.test(path);
}
const SEARCH_DIR = 'pagefind/';
/** The search runtime Starlight's search box loads (its UI is bundled with the site's own code). */
const SEARCH_RUNTIME = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);

/**
 * The code of the locale whose search index a Pagefind file belongs to
 * (`wasm.en.pagefind`, `index/en_1a2b.pf_index`), if any. Pagefind names an
 * index after the pages' `lang`, in lower case: `ar-eg_…` for the locale `ar`
 * whose tag is `ar-EG`.
 */
export function searchIndexLocale(path: string, locales: readonly PageLocale[]): string | undefined {
	if (!path.startsWith(SEARCH_DIR)) return undefined;
	const name = path.slice(path.lastIndexOf('/') + 1);
	return locales.find(({ lang }) => {
		const index = lang.toLowerCase();
		return name.startsWith(`${index}_`) || name.startsWith(`pagefind.${index}_`) || name === `wasm.${index}.pagefind`;
	})?.code;
}

function isPage(path: string): boolean {
	return path.endsWith('.html');
}

/** Files reachable from `roots` through references, never entering pages or files `stop` rejects. */
function closure(roots: Iterable<string>, input: PackPlanInput, references: ReturnType<typeof referenceFinder>, stop: (path: string) => boolean): Set<string> {
	const reached = new Set<string>();
	const queue = [...roots];
	for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
		if (reached.has(path)) continue;
		reached.add(path);
		if (!isTextFile(path)) continue;
		for (const next of references(input.tokens(path), path)) {
			if (!reached.has(next) && !isPage(next) && !stop(next)) queue.push(next);
		}
	}
	return reached;
}

export function planPacks(input: PackPlanInput): PackPlan {
	const files = [...input.files].sort();
	const references = referenceFinder(input.base, input.files);
	const lab = closure(
		files.filter((path) => input.isLabRoot(path)),
		input,
		references,
		() => false,
	);
	const isLab = (path: string) => lab.has(path);
	const byLocale = new Map<string, Set<string>>();
	for (const { code } of input.locales) {
		const pages = files.filter((path) => isPage(path) && path.startsWith(`${code}/`));
		const reached = closure(pages, input, references, isLab);
		for (const path of files) if (searchIndexLocale(path, input.locales) === code) reached.add(path);
		byLocale.set(code, reached);
	}
	const uses = new Map<string, number>();
	for (const reached of byLocale.values()) for (const path of reached) uses.set(path, (uses.get(path) ?? 0) + 1);
	const rootPage = files.includes('index.html') ? closure(['index.html'], input, references, isLab) : new Set<string>();
	const core = new Set<string>([
		...rootPage,
		...[...uses].filter(([, count]) => count > 1).map(([path]) => path),
		...files.filter((path) => path.startsWith(SEARCH_DIR) && SEARCH_RUNTIME.has(path.slice(SEARCH_DIR.length))),
	]);
	const plan: PackPlan = { [CORE_PACK]: [...core].sort() };
	for (const [locale, reached] of byLocale) plan[locale] = [...reached].filter((path) => !core.has(path)).sort();
	plan[LAB_PACK] = [...lab].sort();
	return plan;
}
