import { SEARCH_ELEMENT } from '../lib/search-element';
import { loadFailure, type LoadFailure } from './offline/load-failure';

/**
 * <site-search-on-demand>: Starlight's search dialog (its markup and styles,
 * handed over by src/components/Search.astro) with Starlight's behaviour:
 * the button and Ctrl/⌘+K open it, a click outside or on a result closes
 * it. Pagefind's interface is fetched and built when the learner first
 * comes to search (points at, touches or focuses the button, or opens the
 * dialog), not on every page while it loads. While search cannot answer
 * (offline before the locale was kept: its code or its index cannot be
 * fetched), the dialog says it needs the network instead of showing the
 * field, and looks again whenever the connection changes. When the site
 * answers but its code does not come (a page left open over an update of
 * the site), the dialog says a new version is in place, with a button that
 * reloads into it.
 */
class SiteSearchOnDemand extends HTMLElement {
	/** Resolves to what shows search (see build), or to why its code could not be fetched. */
	private building: Promise<(() => Promise<boolean>) | LoadFailure> | undefined;

	connectedCallback(): void {
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
		const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
		const dialog = this.querySelector('dialog');
		const frame = this.querySelector('.dialog-frame');
		if (!openButton || !closeButton || !dialog || !frame) return;

		const onClick = (event: MouseEvent) => {
			const target = event.target as Node | null;
			if ((target && 'href' in target) || (target && document.body.contains(target) && !frame.contains(target))) dialog.close();
		};
		const open = (event?: Event) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			void this.buildIntoDialog(dialog);
		};
		openButton.addEventListener('click', open);
		for (const intent of ['pointerenter', 'touchstart', 'focus']) openButton.addEventListener(intent, () => void this.build(), { once: true, passive: true });
		openButton.disabled = false;
		closeButton.addEventListener('click', () => dialog.close());
		dialog.querySelector('.search-replaced button')?.addEventListener('click', () => location.reload());
		for (const change of ['online', 'offline']) addEventListener(change, () => dialog.open && void this.buildIntoDialog(dialog));
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				if (dialog.open) dialog.close();
				else open();
				event.preventDefault();
			}
		});
	}

	/** Shows Pagefind's interface in the open dialog or, while search cannot answer, the notice that says why. */
	private async buildIntoDialog(dialog: HTMLDialogElement): Promise<void> {
		const built = await this.build();
		const answers = typeof built === 'function' && (await built());
		const replaced = built === 'replaced';
		const needsNetwork = dialog.querySelector<HTMLElement>('.search-needs-network');
		const replacedNotice = dialog.querySelector<HTMLElement>('.search-replaced');
		const field = dialog.querySelector<HTMLElement>('#starlight__search');
		if (needsNetwork) needsNetwork.hidden = answers || replaced;
		if (replacedNotice) replacedNotice.hidden = !replaced;
		if (field) field.hidden = !answers;
		if (dialog.open) (answers ? this.querySelector('input') : replaced ? replacedNotice : needsNetwork)?.focus();
	}

	/**
	 * Fetches Pagefind's interface and runtime once (when that failed, why: tried again next time), and
	 * returns what shows it while search can answer (search-on-open.ts). The runtime comes first so that a failure to
	 * fetch it is one this element reports and retries.
	 */
	private build(): Promise<(() => Promise<boolean>) | LoadFailure> {
		if (import.meta.env.DEV) return Promise.resolve(async () => true);
		const bundlePath = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;
		this.building ??= Promise.all([import('./search-on-open'), import(/* @vite-ignore */ `${bundlePath}pagefind.js`)]).then(
			([{ searchShower }]) => searchShower(this, bundlePath),
			() => {
				this.building = undefined;
				return loadFailure();
			},
		);
		return this.building;
	}
}

customElements.define(SEARCH_ELEMENT, SiteSearchOnDemand);
