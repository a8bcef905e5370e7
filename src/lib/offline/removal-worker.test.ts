import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cacheNameOf } from './manifest';
import { removalWorkerOf } from './removal-worker';

/**
 * The worker docs/hosting.md gives hosts for removing the site ("Removing
 * the site"), run as the browser runs it: it must find the caches the
 * site's own worker names (cacheNameOf) from its scope alone, and leave
 * every other site's on the origin.
 */
const documentedWorker = () => removalWorkerOf(readFileSync(new URL('../../../docs/hosting.md', import.meta.url), 'utf8'));

async function runRemoval(scopeBase: string, cacheNames: string[]) {
	const kept = new Set(cacheNames);
	const listeners = new Map<string, (event: { waitUntil(promise: Promise<unknown>): void }) => void>();
	const steps: string[] = [];
	const self = {
		registration: {
			scope: `https://school.example${scopeBase}`,
			unregister: async () => {
				steps.push('unregister');
				return true;
			},
		},
		addEventListener: (type: string, listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void) => listeners.set(type, listener),
		skipWaiting: async () => void steps.push('skipWaiting'),
	};
	const caches = {
		keys: async () => [...kept],
		delete: async (name: string) => {
			steps.push(`delete ${name}`);
			return kept.delete(name);
		},
	};
	runInNewContext(documentedWorker(), { self, caches, URL });
	for (const type of ['install', 'activate']) {
		const pending: Promise<unknown>[] = [];
		listeners.get(type)?.({ waitUntil: (promise) => pending.push(promise) });
		await Promise.all(pending);
	}
	return { kept: [...kept], steps };
}

describe('the removal worker in docs/hosting.md', () => {
	const packs = ['core', 'en', 'tr', 'lab'];
	const site = (base: string) => packs.map((pack) => cacheNameOf(base, pack));

	it("deletes this site's caches only, then unregisters itself", async () => {
		const { kept, steps } = await runRemoval('/course-a/', [...site('/course-a/'), ...site('/course-b/'), ...site('/course-a/more/'), ...site('/'), 'another-app-cache']);
		expect(kept).toEqual([...site('/course-b/'), ...site('/course-a/more/'), ...site('/'), 'another-app-cache']);
		expect(steps).toEqual(['skipWaiting', ...site('/course-a/').map((name) => `delete ${name}`), 'unregister']);
	});

	it('under the root base leaves the sites under sub-paths alone', async () => {
		const { kept } = await runRemoval('/', [...site('/'), ...site('/course-b/')]);
		expect(kept).toEqual(site('/course-b/'));
	});
});
