/**
 * Where the trainer's progress can live when the page is shown inside
 * another site's frame (a course platform on another domain).
 *
 * Browsers treat storage in a cross-site frame in one of three ways:
 * - they refuse it (Chromium with third-party cookies blocked: opening
 *   IndexedDB fails with "The user denied permission to access the database");
 * - they partition it: storage works, but it is a fresh store kept apart from
 *   the site's own, so progress made in the frame and on the site never meet
 *   (`document.hasStorageAccess()` is false while storage works);
 * - they give the site its own storage, as on a direct visit.
 * The Storage Access API lets the frame ask for its own storage, on a button
 * press; Chromium then hands out the site's own IndexedDB through a handle.
 *
 * Everything the browser offers comes in through `StorageAccessApi`, so the
 * decisions here are tested without a browser.
 */

/** What the browser offers a page about its storage. */
export interface StorageAccessApi {
	/** The page is shown inside another page's frame. */
	framed: boolean;
	/** `document.hasStorageAccess()`; undefined where the browser lacks it. */
	hasStorageAccess?: (() => Promise<boolean>) | undefined;
	/** The Storage Access permission was granted before (it persists), so access is given without a button press. */
	accessGranted?: (() => Promise<boolean>) | undefined;
	/**
	 * `document.requestStorageAccess(...)`: rejects when refused; resolves with
	 * the site's own IndexedDB where the browser hands one out, else undefined.
	 * Undefined where the browser lacks the API.
	 */
	requestStorageAccess?: (() => Promise<IDBFactory | undefined>) | undefined;
}

/** Opens the store, on the page's IndexedDB or on the one given. */
export type OpenStore<S> = (factory?: IDBFactory) => Promise<S>;

export type OpenedStorage<S> =
	/** The site's own storage: the same progress as on a direct visit. */
	| { situation: 'own'; store: S }
	/** Storage works, apart from the site's own (a frame on another site). */
	| { situation: 'partitioned'; store: S }
	/** A frame on another site that may store nothing. */
	| { situation: 'denied'; error: unknown }
	/** Not framed, and the store could not open (private browsing, a broken disk). */
	| { situation: 'unavailable'; error: unknown };

/** Opens the trainer's store and says which storage it got. */
export async function openStorage<S>(api: StorageAccessApi, open: OpenStore<S>): Promise<OpenedStorage<S>> {
	if (!api.framed) {
		try {
			return { situation: 'own', store: await open() };
		} catch (error) {
			return { situation: 'unavailable', error };
		}
	}
	const granted = await grantedStorage(api, open);
	if (granted) return { situation: 'own', store: granted };
	let store: S;
	try {
		store = await open();
	} catch (error) {
		return { situation: 'denied', error };
	}
	return { situation: (await hasAccess(api)) ? 'own' : 'partitioned', store };
}

/**
 * Asks for the site's own storage (call it from a button press: browsers
 * refuse without one). True when the page now gets it, so reloading the
 * trainer opens the learner's own progress; false when the browser refused
 * or gave access without its storage.
 */
export async function askForStorageAccess(api: StorageAccessApi): Promise<boolean> {
	if (!api.requestStorageAccess) return false;
	try {
		const factory = await api.requestStorageAccess();
		return factory !== undefined || (await hasAccess(api));
	} catch {
		return false;
	}
}

/** The Storage Access API can be asked here. */
export function canAskForStorageAccess(api: StorageAccessApi): boolean {
	return api.framed && api.requestStorageAccess !== undefined;
}

/** Once the learner has allowed access, later visits get the site's own storage without asking again. */
async function grantedStorage<S>(api: StorageAccessApi, open: OpenStore<S>): Promise<S | undefined> {
	if (!api.accessGranted || !api.requestStorageAccess) return undefined;
	try {
		if (!(await api.accessGranted())) return undefined;
		const factory = await api.requestStorageAccess();
		return factory ? await open(factory) : undefined;
	} catch {
		return undefined;
	}
}

async function hasAccess(api: StorageAccessApi): Promise<boolean> {
	try {
		return (await api.hasStorageAccess?.()) ?? true;
	} catch {
		return false;
	}
}
