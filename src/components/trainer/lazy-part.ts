import { loadFailure, reloadButton, type LoadFailure } from '../offline/load-failure';
import { el } from './dom';

/**
 * Parts of the trainer load their code when first needed. A chunk that
 * fails to load is never remembered as failed. Offline, the learner is told
 * the part needs the network, and it loads as soon as the connection
 * returns, or on their next try. Online, the site has moved on to a new
 * build (../offline/load-failure.ts): the learner is told so, with a
 * button that reloads into it.
 */

/** What a part says when its code did not load: `offline` and `replaced` texts, and the reload button's label and action. */
export interface LoadTexts {
	offline: string;
	replaced: string;
	reload: string;
	reloadPage: () => void;
}

/** Runs `retry` once the connection returns; a newer call replaces an older one. */
let pendingRetry: (() => void) | undefined;
export function retryWhenOnline(retry: () => void): void {
	if (pendingRetry) removeEventListener('online', pendingRetry);
	pendingRetry = () => {
		pendingRetry = undefined;
		retry();
	};
	addEventListener('online', pendingRetry, { once: true });
}

/** Finds out why code did not load, hands that to `show`, and offline, runs `retry` once the connection returns (`retryWhenOnline` when `latest`). */
export async function afterFailedLoad(show: (failure: LoadFailure) => void, retry: () => void, latest = false): Promise<void> {
	const failure = await loadFailure();
	show(failure);
	if (failure !== 'offline') return;
	if (latest) retryWhenOnline(retry);
	else addEventListener('online', retry, { once: true });
}

/**
 * Loads a panel's code each time its <details> opens (or only until it
 * loads, with `once`), then hands the module to `use`.
 */
export function loadOnOpen<M>(details: HTMLDetailsElement, load: () => Promise<M>, use: (module: M) => void, options: { once: boolean; texts: LoadTexts }): void {
	let loaded = false;
	let loading = false;
	// Made only when a load fails, so a panel that loads holds nothing of it (no hidden button among its controls).
	let notice: { line: HTMLElement; text: HTMLElement; reload: HTMLButtonElement } | undefined;
	const failed = (failure: LoadFailure): void => {
		if (!notice) {
			const text = el('span');
			const reload = reloadButton(options.texts.reload, options.texts.reloadPage);
			notice = { line: el('p', { class: 'trainer-alert', role: 'status' }, [text, ' ', reload]), text, reload };
			details.querySelector('summary')?.after(notice.line);
		}
		notice.text.textContent = options.texts[failure];
		notice.reload.hidden = failure === 'offline';
		notice.line.hidden = false;
	};
	const attempt = (): void => {
		if (!details.open || loading || (options.once && loaded)) return;
		loading = true;
		load().then(
			(module) => {
				loading = false;
				loaded = true;
				notice?.line.remove();
				notice = undefined;
				use(module);
			},
			() =>
				void afterFailedLoad((failure) => {
					loading = false;
					failed(failure);
				}, attempt),
		);
	};
	details.addEventListener('toggle', attempt);
}
