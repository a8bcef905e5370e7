import { askForStorageAccess, canAskForStorageAccess, type StorageAccessApi } from '../../lib/embedding/storage-access';
import { whileBusy } from './busy';
import { part } from './dom';

/** Chromium's Storage Access API beyond cookies: the handle carries the site's own IndexedDB. */
type RequestStorageAccess = (types: { indexedDB: true }) => Promise<{ indexedDB?: IDBFactory } | undefined>;

/** The browser's side of src/lib/embedding/storage-access.ts. */
export function browserStorageAccess(): StorageAccessApi {
	if (!isFramed()) return { framed: false };
	const request = (document as unknown as { requestStorageAccess?: RequestStorageAccess }).requestStorageAccess;
	return {
		framed: true,
		hasStorageAccess: typeof document.hasStorageAccess === 'function' ? () => document.hasStorageAccess() : undefined,
		accessGranted: async () => (await navigator.permissions.query({ name: 'storage-access' as PermissionName })).state === 'granted',
		requestStorageAccess: request ? async () => (await request.call(document, { indexedDB: true }))?.indexedDB : undefined,
	};
}

function isFramed(): boolean {
	try {
		return window.self !== window.top;
	} catch {
		// Reading window.top of another origin may throw: that is a frame.
		return true;
	}
}

/**
 * Shows the notice of a frame on another site (rendered hidden with the
 * page): what happens to progress here, the button that asks for the
 * site's own storage where the browser offers it (the trainer reloads once
 * access is given), and the link that opens the trainer in a tab of its own.
 */
export function showEmbeddedNotice(root: HTMLElement, situation: 'denied' | 'partitioned', api: StorageAccessApi): void {
	const notice = part(root, 'embedded');
	part(notice, `embedded-${situation}`).hidden = false;
	part(notice, 'embedded-carry').hidden = situation !== 'partitioned';
	if (canAskForStorageAccess(api)) {
		const ask = part<HTMLButtonElement>(notice, 'embedded-ask');
		const status = part(notice, 'embedded-ask-status');
		part(notice, 'embedded-switch').hidden = situation !== 'partitioned';
		ask.hidden = false;
		ask.addEventListener('click', () =>
			whileBusy([ask], async () => {
				if (await askForStorageAccess(api)) return location.reload();
				status.textContent = status.dataset.refused ?? '';
			}),
		);
	}
	notice.hidden = false;
}
