import { messageSW } from 'workbox-window';
import { isPackComplete, type FromWorker, type PackStatus, type ToWorker } from '../../lib/offline/manifest';
import { formatSize } from '../../lib/offline/format-size';
import { LAB_PACK } from '../../lib/offline/packs';
import { offlineText, readOfflineConfig } from './offline-config';

const config = readOfflineConfig();
const text = (key: string, values?: Readonly<Record<string, string | number>>) => offlineText(config, key, values);

async function ask(message: ToWorker): Promise<PackStatus> {
	const { active } = await navigator.serviceWorker.ready;
	if (!active) throw new Error('no active service worker');
	const reply = (await messageSW(active, message)) as FromWorker;
	if (reply.type === 'error') throw new Error(reply.message);
	const lab = reply.packs[LAB_PACK];
	if (!lab) throw new Error('the service worker has no lab pack');
	return lab;
}

/**
 * <lab-offline>: the lab's offline state. The lab is kept after its first
 * run (the worker caches its files as the run fetches them; here the rest
 * follows), or when the learner presses the button, which shows its size.
 */
class LabOffline extends HTMLElement {
	private lab: PackStatus | undefined;
	private saving = false;
	private failure = '';

	connectedCallback(): void {
		const keep = this.querySelector<HTMLButtonElement>('[data-part="offline-keep"]');
		keep?.addEventListener('click', () => void this.keep());
		const labElement = this.closest('transfer-lab');
		if (labElement) {
			new MutationObserver(() => {
				const state = labElement.getAttribute('data-state');
				if ((state === 'done' || state === 'cancelled') && navigator.onLine) void this.keep();
			}).observe(labElement, { attributeFilter: ['data-run-count'] });
		}
		addEventListener('online', () => this.render());
		addEventListener('offline', () => this.render());
		ask({ type: 'status' }).then(
			(lab) => {
				this.lab = lab;
				this.render();
			},
			() => undefined,
		);
	}

	private async keep(): Promise<void> {
		if (this.saving || isPackComplete(this.lab)) return;
		this.saving = true;
		this.failure = '';
		this.render();
		try {
			this.lab = await ask({ type: 'keep', packs: [LAB_PACK] });
		} catch (error) {
			this.failure = error instanceof Error ? error.message : String(error);
		} finally {
			this.saving = false;
			this.render();
		}
	}

	private render(): void {
		const lab = this.lab;
		if (!lab) return;
		const status = this.querySelector<HTMLElement>('[data-part="offline-status"]');
		const keep = this.querySelector<HTMLButtonElement>('[data-part="offline-keep"]');
		if (!status || !keep) return;
		const size = formatSize(lab.bytes, config.lang);
		const kept = isPackComplete(lab);
		status.textContent = kept
			? text('offline.lab.kept')
			: this.saving
				? text('offline.lab.keeping', { size })
				: this.failure
					? text('offline.lab.failed', { reason: this.failure })
					: navigator.onLine
						? ''
						: text('offline.lab.needsNetwork');
		keep.textContent = text('offline.lab.keep', { size });
		keep.hidden = kept;
		keep.disabled = this.saving || !navigator.onLine;
		this.hidden = false;
	}
}

customElements.define('lab-offline', LabOffline);
