import { expect, type Page } from '@playwright/test';
import { isPackComplete, type FromWorker, type PackStatus } from '../src/lib/offline/manifest';
import { answerByKeyboard } from './trainer-helpers';

/** What the page's service worker says it keeps (src/components/offline/service-worker.ts answers 'status'). */
export async function offlineStatus(page: Page): Promise<{ build: string; packs: Record<string, PackStatus> }> {
	const reply = await page.evaluate(async () => {
		const { active } = await navigator.serviceWorker.ready;
		return new Promise<FromWorker>((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = (event: MessageEvent<FromWorker>) => resolve(event.data);
			active?.postMessage({ type: 'status' }, [channel.port2]);
		});
	});
	if (reply.type !== 'status') throw new Error(`service worker: ${reply.message}`);
	return reply;
}

/** Waits until the service worker has every file of these packs. */
export async function waitUntilKept(page: Page, packs: readonly string[]): Promise<void> {
	await expect
		.poll(async () => {
			const status = await offlineStatus(page);
			return packs.filter((pack) => !isPackComplete(status.packs[pack]));
		}, { timeout: 60_000, message: `packs ${packs.join(', ')} kept` })
		.toEqual([]);
}

/** Studies the first deck and answers `count` cards by keyboard. */
export async function answerCards(page: Page, count: number): Promise<void> {
	await page.locator('[data-part="deck-rows"] button').first().click();
	for (let answered = 0; answered < count; answered++) await answerByKeyboard(page, '3');
}
