import { describe, expect, it } from 'vitest';
import { askForStorageAccess, canAskForStorageAccess, openStorage, type StorageAccessApi } from './storage-access';

/** Stands for the site's own IndexedDB as handed out by the Storage Access API. */
const ownFactory = { own: true } as unknown as IDBFactory;
const denied = new DOMException('The user denied permission to access the database.', 'UnknownError');

/** open(): the page's own IndexedDB works or fails as told; a handed-out factory always works. */
function opener(pageStorage: 'works' | 'fails') {
	const opened: (IDBFactory | undefined)[] = [];
	const open = async (factory?: IDBFactory) => {
		opened.push(factory);
		if (!factory && pageStorage === 'fails') throw denied;
		return factory === ownFactory ? 'own store' : 'page store';
	};
	return { open, opened };
}

const refuse = () => Promise.reject(new DOMException('requestStorageAccess not allowed', 'NotAllowedError'));

describe('openStorage', () => {
	it('a page of its own uses its storage and asks nothing', async () => {
		const { open } = opener('works');
		const api: StorageAccessApi = { framed: false, hasStorageAccess: () => Promise.reject(new Error('not asked')) };
		expect(await openStorage(api, open)).toEqual({ situation: 'own', store: 'page store' });
	});

	it('a page of its own whose storage fails reports it as unavailable', async () => {
		expect(await openStorage({ framed: false }, opener('fails').open)).toEqual({ situation: 'unavailable', error: denied });
	});

	it('a frame whose storage is refused is denied', async () => {
		const api: StorageAccessApi = { framed: true, hasStorageAccess: async () => false, accessGranted: async () => false, requestStorageAccess: refuse };
		expect(await openStorage(api, opener('fails').open)).toEqual({ situation: 'denied', error: denied });
	});

	it('a frame whose storage works without storage access is partitioned', async () => {
		const api: StorageAccessApi = { framed: true, hasStorageAccess: async () => false };
		expect(await openStorage(api, opener('works').open)).toEqual({ situation: 'partitioned', store: 'page store' });
	});

	it('a frame with storage access (same site, or third-party storage allowed) uses its own storage', async () => {
		const api: StorageAccessApi = { framed: true, hasStorageAccess: async () => true };
		expect(await openStorage(api, opener('works').open)).toEqual({ situation: 'own', store: 'page store' });
	});

	it('a frame in a browser without hasStorageAccess counts working storage as its own', async () => {
		expect(await openStorage({ framed: true }, opener('works').open)).toEqual({ situation: 'own', store: 'page store' });
	});

	it('once access was granted, a frame opens the store on the handed-out IndexedDB without asking again', async () => {
		const { open, opened } = opener('fails');
		const api: StorageAccessApi = { framed: true, hasStorageAccess: async () => false, accessGranted: async () => true, requestStorageAccess: async () => ownFactory };
		expect(await openStorage(api, open)).toEqual({ situation: 'own', store: 'own store' });
		expect(opened).toEqual([ownFactory]);
	});

	it('a grant that hands out no IndexedDB falls back to the page storage and says which it is', async () => {
		const api: StorageAccessApi = { framed: true, hasStorageAccess: async () => false, accessGranted: async () => true, requestStorageAccess: async () => undefined };
		expect(await openStorage(api, opener('works').open)).toEqual({ situation: 'partitioned', store: 'page store' });
	});

	it('a failing permission query is no grant', async () => {
		const api: StorageAccessApi = { framed: true, hasStorageAccess: async () => false, accessGranted: () => Promise.reject(new TypeError('unknown permission')), requestStorageAccess: refuse };
		expect(await openStorage(api, opener('fails').open)).toEqual({ situation: 'denied', error: denied });
	});
});

describe('askForStorageAccess', () => {
	it('succeeds when the browser hands out its IndexedDB', async () => {
		expect(await askForStorageAccess({ framed: true, requestStorageAccess: async () => ownFactory })).toBe(true);
	});

	it('succeeds without a handle only if the page now has storage access', async () => {
		expect(await askForStorageAccess({ framed: true, requestStorageAccess: async () => undefined, hasStorageAccess: async () => true })).toBe(true);
		expect(await askForStorageAccess({ framed: true, requestStorageAccess: async () => undefined, hasStorageAccess: async () => false })).toBe(false);
	});

	it('fails when refused or not offered', async () => {
		expect(await askForStorageAccess({ framed: true, requestStorageAccess: refuse })).toBe(false);
		expect(await askForStorageAccess({ framed: true })).toBe(false);
	});
});

describe('canAskForStorageAccess', () => {
	it('only a frame in a browser with the Storage Access API can ask', () => {
		expect(canAskForStorageAccess({ framed: true, requestStorageAccess: refuse })).toBe(true);
		expect(canAskForStorageAccess({ framed: true })).toBe(false);
		expect(canAskForStorageAccess({ framed: false, requestStorageAccess: refuse })).toBe(false);
	});
});
