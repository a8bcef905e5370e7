import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { SEARCH_ELEMENT } from '../lib/search-element';

/**
 * <site-search-on-demand>: Starlight's search dialog (its markup and styles,
 * handed over by src/components/Search.astro) with Starlight's behaviour:
 * the button and Ctrl/⌘+K open it, a click outside or on a result closes
 * it. Pagefind's interface is fetched and built when the learner first
 * comes to search (points at, touches or focuses the button, or opens the
 * dialog), not on every page while it loads. If that code cannot be
 * fetched (offline before the locale was kept), the dialog says search
 * needs the network and builds itself once the connection returns.
 */
class SiteSearchOnDemand extends HTMLElement {
	private building: Promise<boolean> | undefined;

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

	/** Builds Pagefind's interface for the open dialog; if it cannot be fetched, says so and tries again once back online. */
	private async buildIntoDialog(dialog: HTMLDialogElement): Promise<void> {
		const built = await this.build();
		const needsNetwork = dialog.querySelector<HTMLElement>('.search-needs-network');
		if (needsNetwork) needsNetwork.hidden = built;
		if (!built) addEventListener('online', () => dialog.open && void this.buildIntoDialog(dialog), { once: true });
		else if (dialog.open) this.querySelector('input')?.focus();
	}

	/** Fetches and builds Pagefind's interface once; false when the fetch failed (offline), which is tried again next time. */
	private build(): Promise<boolean> {
		if (import.meta.env.DEV) return Promise.resolve(true);
		this.building ??= import('@pagefind/default-ui').then(
			({ PagefindUI }) => {
				const base = import.meta.env.BASE_URL;
				const translations: unknown = JSON.parse(this.dataset['translations'] || '{}');
				const formatUrl = this.dataset['stripTrailingSlash'] === undefined ? (url: string) => url : (url: string) => url.replace(/(.)\/(#.*)?$/, '$1$2');
				new PagefindUI({
					...pagefindUserConfig,
					element: '#starlight__search',
					baseUrl: base,
					bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
					showImages: false,
					translations,
					showSubResults: true,
					processResult: (result: { url: string; sub_results: { url: string }[] }) => {
						result.url = formatUrl(result.url);
						for (const sub of result.sub_results) sub.url = formatUrl(sub.url);
					},
				});
				return true;
			},
			() => {
				this.building = undefined;
				return false;
			},
		);
		return this.building;
	}
}

customElements.define(SEARCH_ELEMENT, SiteSearchOnDemand);
