import { makeSyntheticHistory } from '../src/lib/srs/synthetic-history';
import { axeViolations, expect, test } from './fixtures';
import { importFile, openTrainer } from './trainer-helpers';
import { readStore } from './trainer-storage';

/** A seeded log of 2,000 answers to 200 cards over a year, as a backup file: the same answers on the same days wherever and whenever it runs. */
const seededLog = { name: 'log.json', text: JSON.stringify(makeSyntheticHistory(200, 2000, 7, new Date('2026-12-06T12:00:00Z'))) };

test.use({ timezoneId: 'UTC' });

async function openOptimizerByKeyboard(page: import('@playwright/test').Page, heading: string): Promise<void> {
	const summary = page.locator('[data-part="optimizer"] > summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: heading })).toBeVisible();
}

test.describe('personal parameters', () => {
	test('fitted in a worker from a seeded log: adopted when better, kept when not, back to the defaults; by keyboard, axe, 360 px', async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 360, height: 800 });
		await openTrainer(page, 'en');
		expect(await importFile(page, seededLog)).toContain('2,000');
		await openOptimizerByKeyboard(page, 'Fit parameters to my answers');
		const panel = page.locator('[data-part="optimizer-body"]');
		await expect(panel).toContainText("In use: FSRS's default parameters.");

		await page.getByRole('button', { name: 'Fit parameters to my answers' }).focus();
		await page.keyboard.press('Enter');
		const status = panel.getByRole('status');
		await expect(status).toContainText('The parameters fitted on your earlier answers predicted your newest answers better than the ones in use: their log loss', { timeout: 120_000 });
		await expect(status).toContainText(/ is \d+(\.\d)?% lower \(0\.\d{3} instead of 0\.\d{3}\)\. The parameters offered are that fit made again on all your answers, the newest included\.$/);
		await expect(panel.getByRole('table')).toContainText('Log loss');
		expect(await axeViolations(page, '[data-part="optimizer"]')).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

		await page.getByRole('button', { name: 'Use my parameters' }).focus();
		await page.keyboard.press('Enter');
		await expect(status).toHaveText('Your own parameters are in use from your next answer.');
		await expect(panel).toContainText('In use: parameters fitted to your answers.');

		// A refit of the answers they were fitted to gains too little to be offered.
		await page.getByRole('button', { name: 'Fit parameters to my answers' }).click();
		await expect(status).toContainText('The parameters fitted on your earlier answers did not predict your newest answers clearly better than your current ones (their log loss would have to be at least 0.5% lower)', { timeout: 120_000 });
		await expect(page.getByRole('button', { name: 'Use my parameters' })).toHaveCount(0);

		// They survive a reload (stored with the settings), and the learner can go back to the defaults.
		await openTrainer(page, 'en');
		await openOptimizerByKeyboard(page, 'Fit parameters to my answers');
		await expect(panel).toContainText('In use: parameters fitted to your answers.');
		const storedSettings = async () => (await readStore(page, 'settings'))[0]!.value as { parameters?: number[]; previousParameters?: number[] };
		const adopted = await storedSettings();
		await expect(page.getByRole('button', { name: 'Go back to my previous parameters' })).toBeHidden();
		await page.getByRole('button', { name: 'Back to the default parameters' }).click();
		await expect(status).toHaveText('The default parameters are in use again. Your own are kept: you can go back to them.');
		await expect(page.getByRole('button', { name: 'Back to the default parameters' })).toBeHidden();
		// The reset is not the end of the fitted parameters: they come back with one click, kept in the settings meanwhile.
		expect((await storedSettings()).previousParameters).toEqual(adopted.parameters);
		await page.getByRole('button', { name: 'Go back to my previous parameters' }).click();
		await expect(status).toHaveText('Your previous parameters are in use again; the ones they replace are kept, to go back to.');
		await expect(panel).toContainText('In use: parameters fitted to your answers.');
		await expect(page.getByRole('button', { name: 'Go back to my previous parameters' })).toBeHidden();
		const restored = await storedSettings();
		expect(restored.parameters).toEqual(adopted.parameters);
		expect(restored.previousParameters).toBeUndefined();
	});

	test('cancelled while it runs: the progress stops, nothing is offered or adopted, the settings stay as they were', async ({ page }) => {
		await openTrainer(page, 'en');
		expect(await importFile(page, seededLog)).toContain('2,000');
		const settingsBefore = await readStore(page, 'settings');
		// The fit's outcome never reaches the page, so the fit is still running when Cancel is pressed, however fast
		// the machine fits 2,000 answers (workers created from here on: the import's worker is already done).
		await page.evaluate(() => {
			const addListener = Worker.prototype.addEventListener;
			Worker.prototype.addEventListener = function (this: Worker, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
				const held = (event: Event) => {
					if (event instanceof MessageEvent && typeof event.data === 'object' && event.data !== null && 'result' in event.data) return;
					if (typeof listener === 'function') listener.call(this, event);
					else listener.handleEvent(event);
				};
				addListener.call(this, type, type === 'message' ? held : listener, options);
			};
		});
		await openOptimizerByKeyboard(page, 'Fit parameters to my answers');
		const panel = page.locator('[data-part="optimizer-body"]');
		const workerStarted = page.waitForEvent('worker', (started) => started.url().includes('optimizer-worker'));
		await page.getByRole('button', { name: 'Fit parameters to my answers' }).click();
		const worker = await workerStarted;
		const workerClosed = worker.waitForEvent('close');
		await expect(panel.getByRole('progressbar', { name: 'Fitting parameters' })).toBeVisible();
		// Cancel has the focus while the fit runs: Enter stops it.
		await expect(panel.getByRole('button', { name: 'Cancel' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(panel.getByRole('status')).toHaveText('Cancelled. Nothing changed.');
		// The worker is terminated, so no outcome can arrive later.
		await workerClosed;
		await expect(panel.getByRole('progressbar')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Fit parameters to my answers' })).toBeFocused();
		await expect(panel.getByRole('table')).toHaveCount(0);
		await expect(panel).toContainText("In use: FSRS's default parameters.");
		expect(await readStore(page, 'settings')).toEqual(settingsBefore);
	});

	test('too few answers to fit: the message gives the count that decided, after the newest answers were held back to check the fit', async ({ page }) => {
		await openTrainer(page, 'en');
		expect(await importFile(page, { name: 'few.json', text: JSON.stringify(makeSyntheticHistory(8, 49, 7, new Date('2026-12-06T12:00:00Z'))) })).toContain('49');
		await openOptimizerByKeyboard(page, 'Fit parameters to my answers');
		await page.getByRole('button', { name: 'Fit parameters to my answers' }).click();
		// It once said "39 of your answers can be used, and at least 8 are needed".
		await expect(page.locator('[data-part="optimizer-body"]').getByRole('status')).toHaveText(
			'Not enough answers yet: the fit can learn from 0 of your answers and needs at least 8. An answer can be scored when it came on a later day than the card’s previous answer (39 of yours did); the newest 8 of those are held back to check the fit, and answers to cards whose first interval few other cards shared are left out. Nothing changed.',
			{ timeout: 60_000 },
		);
	});

	test('Turkish page: too few answers to fit, said in Turkish, with no axe violations', async ({ page }) => {
		await openTrainer(page, 'tr');
		await openOptimizerByKeyboard(page, 'Parametreleri yanıtlarıma göre hesapla');
		const panel = page.locator('[data-part="optimizer-body"]');
		await page.getByRole('button', { name: 'Parametreleri yanıtlarıma göre hesapla' }).click();
		await expect(panel.getByRole('status')).toHaveText('Henüz yeterli yanıt yok: hesap, kartın önceki yanıtından sonraki bir günde verilmiş en az 8 yanıt gerektiriyor, sizin henüz hiç yok. Hiçbir şey değişmedi.', { timeout: 60_000 });
		expect(await axeViolations(page, '[data-part="optimizer"]')).toEqual([]);
	});
});
