import { el } from './dom';

/**
 * Parts of the trainer load their code when first needed. A chunk that
 * fails to load (the connection dropped) is never remembered as failed:
 * the learner is told the part needs the network, and it loads as soon as
 * the connection returns, or on their next try.
 */

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

/**
 * Loads a panel's code each time its <details> opens (or only until it
 * loads, with `once`), then hands the module to `use`.
 */
export function loadOnOpen<M>(details: HTMLDetailsElement, load: () => Promise<M>, use: (module: M) => void, options: { once: boolean; offlineText: string }): void {
	let loaded = false;
	let loading = false;
	const notice = el('p', { class: 'trainer-alert', role: 'status', hidden: true }, [options.offlineText]);
	details.querySelector('summary')?.after(notice);
	const attempt = (): void => {
		if (!details.open || loading || (options.once && loaded)) return;
		loading = true;
		load().then(
			(module) => {
				loading = false;
				loaded = true;
				notice.hidden = true;
				use(module);
			},
			() => {
				loading = false;
				notice.hidden = false;
				addEventListener('online', attempt, { once: true });
			},
		);
	};
	details.addEventListener('toggle', attempt);
}
