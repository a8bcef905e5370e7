/// <reference lib="webworker" />
/**
 * The site's service worker, `<base>sw.js` (built by
 * src/integrations/offline.ts with this build's manifest inside).
 *
 * Files are kept in packs (src/lib/offline/packs.ts), one cache each. A
 * pack is kept from the moment its cache exists: a page asks for its
 * locale's pack and `core` on the first visit, the lab's pack is created by
 * the lab's first run (its files are cached as the run fetches them) or by
 * the learner's request. Kept files are served from the cache first; a new
 * build's worker fetches the files of the packs kept so far while it
 * installs (only those whose contents changed), waits until the learner
 * accepts the update, then drops the old versions.
 */
import manifest from 'virtual:offline-manifest';
import { clientsClaim, copyResponse } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { cacheKeyOf, cacheNameOf, indexManifest, isOwnCache, packBytes, type FromWorker, type PackStatus, type ToWorker } from '@/lib/offline/manifest';
import { offlineHomeLocales, offlinePageHtml } from '@/lib/offline/offline-page';
import { LAB_PACK } from '@/lib/offline/packs';

declare const self: ServiceWorkerGlobalScope;

const index = indexManifest(manifest, self.location.origin);
const packNames = Object.keys(manifest.packs);
const cacheName = (pack: string) => cacheNameOf(manifest.base, pack);
const isKept = (pack: string) => caches.has(cacheName(pack));
const absolute = (url: string) => new URL(url, self.location.origin).href;

/** Whether a locale's start page is on the device (its pack may be kept and still be filling). */
async function startPageKept(locale: string): Promise<boolean> {
	const hit = index.lookup(absolute(`${manifest.base}${locale}/`));
	return hit !== undefined && (await isKept(hit.pack)) && (await (await caches.open(cacheName(hit.pack))).match(absolute(cacheKeyOf(hit.entry)))) !== undefined;
}

async function offlinePage(url: string): Promise<Response> {
	const locale = index.localeOf(url) ?? manifest.locales[0] ?? '';
	const text = manifest.offlinePage[locale];
	if (!text) return Response.error();
	const kept = [];
	for (const each of manifest.locales) if (await startPageKept(each)) kept.push(each);
	const homes = offlineHomeLocales(locale, kept).flatMap((home) => {
		const homeText = manifest.offlinePage[home];
		return homeText ? [{ href: `${manifest.base}${home}/`, text: homeText }] : [];
	});
	return new Response(offlinePageHtml(text, homes), { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A page that can be neither served from the cache nor fetched gets the offline page instead of the browser's error. */
const offlinePagePlugin: WorkboxPlugin = {
	handlerDidError: async ({ request }) => (request.mode === 'navigate' ? offlinePage(request.url) : undefined),
};

function packStrategy(pack: string): CacheFirst {
	return new CacheFirst({
		cacheName: cacheName(pack),
		plugins: [
			// A file is cached under its URL plus its revision, whatever query the page added (Pagefind's `?ts=`).
			{ cacheKeyWillBeUsed: async ({ request }) => { const hit = index.lookup(request.url); return hit ? absolute(cacheKeyOf(hit.entry)) : request; } },
			// Only kept packs take new files; the lab's from its first run on. A host's redirect is not kept:
			// browsers refuse a redirected response to a navigation.
			{
				cacheWillUpdate: async ({ response }) => {
					if (!response.ok || !(pack === LAB_PACK || (await isKept(pack)))) return null;
					return response.redirected ? copyResponse(response) : response;
				},
			},
			offlinePagePlugin,
		],
	});
}

const strategies = new Map(packNames.map((pack) => [pack, packStrategy(pack)]));
for (const [pack, strategy] of strategies) {
	registerRoute(({ request, url }) => request.method === 'GET' && index.lookup(url.href)?.pack === pack, strategy);
}
// A page's address typed without its final slash, or as its index.html: offline no host is there to redirect it.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && index.pageAddressOf(url.href) !== undefined,
	async ({ url }) => Response.redirect(new URL(`${index.pageAddressOf(url.href)}${url.search}`, url).href, 301),
);
registerRoute(new NavigationRoute(new NetworkOnly({ plugins: [offlinePagePlugin] })));

const filling = new Map<string, Promise<void>>();

/** The cache keys a pack's cache holds now; undefined when the pack is not kept (opening its cache would keep it). */
async function cachedKeys(pack: string): Promise<Set<string> | undefined> {
	if (!(await isKept(pack))) return undefined;
	return new Set((await (await caches.open(cacheName(pack))).keys()).map((request) => request.url));
}

/**
 * Keeps a pack: creates its cache, then fetches the files it lacks, one at
 * a time, so the learner's own requests never queue behind many of these.
 * Every page asks for its locale's pack: once the pack is whole, that costs
 * one listing of the cache, not a lookup per file.
 */
function fillPack(pack: string, event: ExtendableEvent): Promise<void> {
	const running = filling.get(pack);
	if (running) return running;
	const strategy = strategies.get(pack);
	const entries = manifest.packs[pack];
	if (!strategy || !entries) return Promise.reject(new Error(`no pack "${pack}"`));
	const filled = (async () => {
		const cache = await caches.open(cacheName(pack));
		const cached = new Set((await cache.keys()).map((request) => request.url));
		for (const entry of entries) {
			if (cached.has(absolute(cacheKeyOf(entry)))) continue;
			const [response, done] = strategy.handleAll({ event, request: new Request(entry.url, { cache: 'no-cache', credentials: 'same-origin' }) });
			await response;
			await done;
		}
	})().finally(() => filling.delete(pack));
	filling.set(pack, filled);
	return filled;
}

async function status(): Promise<FromWorker> {
	const packs: Record<string, PackStatus> = {};
	for (const [pack, entries] of Object.entries(manifest.packs)) {
		const keys = await cachedKeys(pack);
		packs[pack] = { bytes: packBytes(entries), files: entries.length, kept: keys !== undefined, cached: entries.filter((entry) => keys?.has(absolute(cacheKeyOf(entry)))).length };
	}
	return { type: 'status', build: manifest.build, packs };
}

self.addEventListener('install', (event) => {
	// A new build brings every pack kept so far up to date before it may take over.
	event.waitUntil(
		(async () => {
			for (const pack of packNames) if (await isKept(pack)) await fillPack(pack, event);
		})(),
	);
});

self.addEventListener('activate', (event) => {
	// Files of older builds go once this build is in charge; so do packs this build no longer has.
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (!isOwnCache(name, manifest.base)) continue;
				const pack = packNames.find((candidate) => cacheName(candidate) === name);
				if (!pack) {
					await caches.delete(name);
					continue;
				}
				const wanted = new Set((manifest.packs[pack] ?? []).map((entry) => absolute(cacheKeyOf(entry))));
				const cache = await caches.open(name);
				for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
			}
		})(),
	);
});
clientsClaim();

self.addEventListener('message', (event) => {
	const message = event.data as ToWorker | undefined;
	const reply = (answer: FromWorker) => event.ports[0]?.postMessage(answer);
	const failed = (error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	switch (message?.type) {
		case 'SKIP_WAITING':
			void self.skipWaiting();
			return;
		case 'keep':
			event.waitUntil(
				message.packs
					.reduce((previous, pack) => previous.then(() => fillPack(pack, event)), Promise.resolve())
					.then(status)
					.then(reply, failed),
			);
			return;
		case 'status':
			event.waitUntil(status().then(reply, failed));
	}
});
