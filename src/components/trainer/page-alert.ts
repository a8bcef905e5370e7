import { StorageChangedError } from '../../lib/storage/errors';
import { storageFailureMessage } from '../../lib/storage/failure-message';
import { part } from './dom';
import type { LoadTexts } from './lazy-part';
import type { Translate } from './trainer-data';

/** How long the store's open waits for another tab before the page says so (open-progress.ts). */
const BLOCKED_NOTICE_MS = 1000;

/** Says `text` in the trainer's alert. */
export function showAlert(host: HTMLElement, text: string): void {
	const alert = part(host, 'alert');
	alert.textContent = text;
	alert.hidden = false;
}

/** Says `text` in the alert with the button that reloads into the newest build. */
export function offerReload(host: HTMLElement, text: string): void {
	showAlert(host, text);
	part(host, 'reload-row').hidden = false;
}

/** A part loaded after all: its notice goes (the reload row too, when the notice was the new build's). */
export function clearLoadAlert(host: HTMLElement, texts: LoadTexts): void {
	const alert = part(host, 'alert');
	if (alert.textContent === texts.replaced) part(host, 'reload-row').hidden = true;
	if (alert.textContent === texts.offline || alert.textContent === texts.replaced) alert.hidden = true;
}

/** A storage failure in the alert; when the database changed under the page, with the button that reloads it into the newest build. */
export function showStorageError(host: HTMLElement, t: Translate, error: unknown, otherKey: string): void {
	showAlert(host, storageFailureMessage(t, error, otherKey));
	if (error instanceof StorageChangedError) part(host, 'reload-row').hidden = false;
}

/** What a part that loads its code says when the code does not come: `offlineKey` offline, the new build's notice online. */
export function loadTexts(t: Translate, offlineKey: string, reloadPage: () => void): LoadTexts {
	return { offline: t(offlineKey), replaced: t('trainer.network.replaced'), reload: t('trainer.storage.reload'), reloadPage };
}

/**
 * The notice for an open of the store that another tab holds up: `blocked`
 * (the open's callback) shows `text` after a moment, `done` (once the open
 * settled) takes it away. A tab of this build lets go of the database for an
 * upgrade at once, but one in the middle of a write (an import) only once the
 * write is done, and the browser says "blocked" meanwhile.
 */
export function whileBlocked(host: HTMLElement, text: string): { blocked: () => void; done: () => void } {
	let notice: ReturnType<typeof setTimeout> | undefined;
	return {
		blocked: () => {
			notice ??= setTimeout(() => showAlert(host, text), BLOCKED_NOTICE_MS);
		},
		done: () => {
			clearTimeout(notice);
			const alert = part(host, 'alert');
			if (alert.textContent === text) alert.hidden = true;
		},
	};
}
