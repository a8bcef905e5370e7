import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown } from 'rolldown';
import { locales, sourceLocale } from '../lib/locales.ts';
import { urlOfFile, type OfflineManifest, type OfflinePageText, type PackEntry } from '../lib/offline/manifest.ts';
import { isTextFile, LAB_PACK, planPacks } from '../lib/offline/packs.ts';
import { pathTokens, sidebarListSpan } from '../lib/offline/references.ts';
import { LAB_ENGINE_NAME } from './lab-engine-bundle.ts';
import { LAB_WASM_DIR } from './lab-wasm.ts';
import { siteContent } from './site-content.ts';

/**
 * The service worker (src/components/offline/service-worker.ts), built
 * after everything else from the build's own file list: every file is
 * sorted into a pack (src/lib/offline/packs.ts), hashed, and the resulting
 * manifest is bundled into `<base>sw.js` with Workbox. Works under any base
 * path: URLs and cache names carry it.
 */
export const SERVICE_WORKER_FILE = 'sw.js';
const WORKER_SOURCE = fileURLToPath(new URL('../components/offline/service-worker.ts', import.meta.url));
const MANIFEST_ID = 'virtual:offline-manifest';
/** public/models/: the lab's shipped model. */
const LAB_MODEL_DIR = 'models/';

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function offlinePageTexts(root: string): Record<string, OfflinePageText> {
	const read = siteContent(root).strings;
	const source = read.get(sourceLocale.code) ?? {};
	return Object.fromEntries(
		locales.map((locale) => {
			const strings = { ...source, ...read.get(locale.code) };
			const text = (key: string) => {
				const value = strings[key];
				if (value === undefined) throw new Error(`offline: src/i18n/${sourceLocale.code}/offline.json has no "${key}"`);
				return value;
			};
			return [locale.code, { lang: locale.lang, label: locale.label, dir: locale.dir, title: text('offline.page.title'), text: text('offline.page.text'), home: text('offline.page.home') }];
		}),
	);
}

/** A file's revision (a hash of its contents: a changed file gets a new cache key) and size. */
function describeFile(content: Buffer): Omit<PackEntry, 'url'> {
	return { revision: createHash('sha256').update(content).digest('hex').slice(0, 16), bytes: content.length };
}

/**
 * What the manifest needs of one built file: its revision and size, the
 * path-like tokens of a text file (references.ts), and the size and
 * modification time it had when it was read, which tell whether a later
 * step of the build changed it.
 */
export interface ScannedFile extends Omit<PackEntry, 'url'> {
	tokens: ReadonlySet<string>;
	stamp: string;
}

const stampOf = (stats: Stats) => `${stats.size}:${stats.mtimeMs}`;

/**
 * Each file is read once, hashed and, when it is text, decoded as Latin-1,
 * one character per byte, which is quicker than UTF-8 and finds the same
 * references: paths in built files are ASCII (anything else is
 * percent-encoded), and a multi-byte character, like its bytes, ends a
 * path. A page's sidebar list is cut out before decoding (see
 * references.ts): it is most of a large site's HTML.
 */
function scanFile(path: string, content: Buffer, stats: Stats): ScannedFile {
	const stamp = stampOf(stats);
	if (!isTextFile(path)) return { ...describeFile(content), tokens: new Set(), stamp };
	const sidebar = path.endsWith('.html') ? sidebarListSpan((needle, from) => content.indexOf(needle, from)) : undefined;
	const text = sidebar ? content.toString('latin1', 0, sidebar.start) + content.toString('latin1', sidebar.end) : content.toString('latin1');
	return { ...describeFile(content), tokens: pathTokens(text), stamp };
}

/** Astro's folder of the code that renders the pages, in the build folder until it deletes it after the pages are written. */
const RENDERING_CODE_DIR = '.prerender/';

/**
 * Scans the files the build has written so far, one after another, letting
 * other work run between them: started when the pages are written, it runs
 * while Pagefind indexes them in a process of its own. A file deleted
 * before its turn is left out.
 */
export async function scanWrittenFiles(dir: string): Promise<Map<string, ScannedFile>> {
	const scanned = new Map<string, ScannedFile>();
	for (const path of listFiles(dir).filter((path) => !path.startsWith(RENDERING_CODE_DIR))) {
		const full = join(dir, path);
		try {
			// The size and time are taken before the read: a change after it shows as a different stamp.
			const stats = await stat(full);
			scanned.set(path, scanFile(path, await readFile(full), stats));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	return scanned;
}

/**
 * Sorts the build's files into packs and describes each file by URL,
 * revision and size. `scanned` holds files scanned earlier in the build;
 * a file added since, or changed since (by size or modification time), is
 * scanned when the plan first needs it.
 */
export function offlineManifest(dir: string, base: string, assetsDir: string, root: string, scanned: ReadonlyMap<string, ScannedFile> = new Map()): OfflineManifest {
	const files = new Set(listFiles(dir).filter((path) => path !== SERVICE_WORKER_FILE));
	const described = new Map<string, ScannedFile>();
	const scan = (path: string) => {
		let file = described.get(path);
		if (!file) {
			const full = join(dir, path);
			const stats = statSync(full);
			const earlier = scanned.get(path);
			file = earlier?.stamp === stampOf(stats) ? earlier : scanFile(path, readFileSync(full), stats);
			described.set(path, file);
		}
		return file;
	};
	const plan = planPacks({
		files,
		tokens: (path) => scan(path).tokens,
		base,
		locales,
		isLabRoot: (path) => path.startsWith(`${LAB_WASM_DIR}/`) || path.startsWith(LAB_MODEL_DIR) || path.startsWith(`${assetsDir}/${LAB_ENGINE_NAME}`),
	});
	const hashes = createHash('sha256');
	const packs: Record<string, PackEntry[]> = {};
	for (const [pack, paths] of Object.entries(plan)) {
		packs[pack] = paths.map((path) => {
			const { revision, bytes } = scan(path);
			hashes.update(`${path}\0${revision}\n`);
			return { url: urlOfFile(path, base), revision, bytes };
		});
	}
	return { build: hashes.digest('hex').slice(0, 16), base, locales: locales.map((locale) => locale.code), packs, offlinePage: offlinePageTexts(root) };
}

async function bundleWorker(manifest: OfflineManifest): Promise<string> {
	const bundle = await rolldown({
		input: WORKER_SOURCE,
		platform: 'browser',
		plugins: [
			{
				name: 'offline-manifest',
				resolveId: (id) => (id === MANIFEST_ID ? `\0${MANIFEST_ID}` : undefined),
				load: (id) => (id === `\0${MANIFEST_ID}` ? `export default ${JSON.stringify(manifest)};` : undefined),
			},
		],
		transform: { define: { 'process.env.NODE_ENV': '"production"' } },
	});
	try {
		const { output } = await bundle.generate({ format: 'iife', minify: true, comments: false });
		const [chunk] = output;
		if (!chunk || chunk.type !== 'chunk') throw new Error('offline: the service worker bundle is empty');
		return chunk.code;
	} finally {
		await bundle.close();
	}
}

const kilobytes = (entries: readonly PackEntry[]) => `${Math.round(entries.reduce((sum, entry) => sum + entry.bytes, 0) / 1024)} KB`;

export function offline(): AstroIntegration {
	let base = '/';
	let assetsDir = '_astro';
	let root = '';
	let written: Promise<Map<string, ScannedFile>> | undefined;
	return {
		name: 'offline',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				assetsDir = config.build.assets;
				root = fileURLToPath(config.root);
			},
			// Not awaited: the pages are scanned while the next steps (Pagefind first) run.
			'astro:build:generated': ({ dir }) => {
				written = scanWrittenFiles(fileURLToPath(dir));
				// Awaited at astro:build:done; until then a failure must not count as unhandled.
				written.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const manifest = offlineManifest(outDir, base, assetsDir, root, await written);
				writeFileSync(join(outDir, SERVICE_WORKER_FILE), await bundleWorker(manifest));
				const sizes = Object.entries(manifest.packs).map(([pack, entries]) => `${pack} ${entries.length} files, ${kilobytes(entries)}${pack === LAB_PACK ? ' (on request)' : ''}`);
				logger.info(`${SERVICE_WORKER_FILE}: ${sizes.join('; ')}`);
			},
		},
	};
}
