import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerByKeyboard, currentCard, openBackupPanel, openTrainer, showAnswerByKeyboard } from './trainer-helpers';
import { readStore, type StoredRecord } from './trainer-storage';

/**
 * The trainer's database changed by another build: a newer one upgraded it
 * before this page opened (the page's build is older than the data), or
 * another tab upgraded or deleted it while this page had it open. The page
 * says so in its language, offers a reload, claims nothing saved that was
 * not, and nothing stored is lost.
 */

const NEWER = "Your progress was saved by a newer version of this site. Reload the page to get the newer version; your progress is kept.";
const UPGRADED = 'Another tab, or a newer version of this site, changed how your progress is stored';
const DELETED = 'Your stored progress was deleted';

/** What a newer build does: opens the database one version up, with an upgrade that changes nothing. */
function upgradeDatabase(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('transfer-trainer');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const version = database.version + 1;
		database.close();
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('transfer-trainer', version);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
			request.onblocked = () => reject(new Error('blocked'));
		});
		return version;
	});
}

function deleteDatabase(page: Page): Promise<void> {
	return page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.deleteDatabase('transfer-trainer');
				request.onsuccess = () => resolve();
				request.onerror = () => reject(request.error);
				request.onblocked = () => reject(new Error('blocked'));
			}),
	);
}

/** Another tab of the same browser (the trainer's page stays open) does `change` to the database. */
async function inAnotherTab<T>(context: BrowserContext, locale: 'en' | 'tr', change: (page: Page) => Promise<T>): Promise<T> {
	const other = await context.newPage();
	await other.goto(`/${locale}/`);
	const result = await change(other);
	await other.close();
	return result;
}

/** Everything the learner has stored: card buckets, the review log (pages and newest answers) and settings. */
async function storedProgress(page: Page): Promise<Record<string, StoredRecord[]>> {
	const stores = ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings'];
	return Object.fromEntries(await Promise.all(stores.map(async (store) => [store, await readStore(page, store, store === 'logPages' ? 'reviews' : undefined)] as const)));
}

/** Rates the card on screen, which cannot be stored: the same card stays, nothing is said to be saved. */
async function answerFails(page: Page): Promise<void> {
	const card = await showAnswerByKeyboard(page);
	await page.locator('[data-part="live"]').evaluate((live) => (live.textContent = ''));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).not.toContainText('Failed to execute');
	expect((await currentCard(page)).key).toBe(card.key);
	await expect(page.locator('.trainer-ratings')).toBeVisible();
	await expect(page.locator('[data-part="live"]')).not.toContainText(/Saved as|olarak kaydedildi/);
}

/** Clears the alert, runs `action`, and expects the alert to say `text` again. */
async function saysAgain(page: Page, text: string, action: () => Promise<unknown>): Promise<void> {
	await page.locator('[data-part="alert"]').evaluate((alert) => (alert.textContent = ''));
	await action();
	await expect(page.getByRole('alert')).toContainText(text);
}

/** Clicks Reload and waits for the page to have loaded again. */
async function reload(page: Page, name: string): Promise<void> {
	const loaded = page.waitForEvent('load');
	await page.getByRole('button', { name, exact: true }).click();
	await loaded;
	await expect(page.locator('[data-part="loading"]')).toBeHidden();
}

test.describe('trainer database changed by another version', () => {
	test('a database a newer version upgraded: said in plain words with a Reload button, nothing stored is touched', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		await answerByKeyboard(page, '3');
		await page.goto('/en/');
		await upgradeDatabase(page);
		const stored = await storedProgress(page);
		await openTrainer(page, 'en', 'all');
		await expect(page.getByRole('alert')).toHaveText(NEWER);
		await expect(page.locator('[data-part="decks"]')).toBeHidden();
		await reload(page, 'Reload');
		// Still this (older) build: the same words; the database at its newer version, as it was.
		await expect(page.getByRole('alert')).toHaveText(NEWER);
		expect(await storedProgress(page)).toEqual(stored);
		expect(stored['logTail']).toHaveLength(2);
	});

	test('another tab upgrades the database: one message for answers, export, settings and import; Reload; nothing stored is lost', async ({ page, context }) => {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		await answerByKeyboard(page, '3');
		await inAnotherTab(context, 'en', upgradeDatabase);
		// Said at once, before the learner does anything.
		await expect(page.getByRole('alert')).toContainText(UPGRADED);
		await expect(page.getByRole('button', { name: 'Reload', exact: true })).toBeVisible();
		await answerFails(page);
		await expect(page.getByRole('alert')).toContainText(UPGRADED);
		await openBackupPanel(page);
		await saysAgain(page, UPGRADED, () => page.locator('[data-part="backup-body"] button').first().click());
		await expect(page.locator('.trainer-backup-status')).toBeEmpty();
		await saysAgain(page, UPGRADED, async () => {
			await page.getByLabel(/Backup file to import/).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
			await page.getByRole('button', { name: 'Import', exact: true }).click();
		});
		await page.locator('[data-part="settings-panel"] > summary').click();
		await page.locator('[data-part="new-per-day"]').fill('15');
		await page.locator('[data-part="settings-save"]').click();
		await expect(page.locator('[data-part="settings-status"]')).toContainText(UPGRADED);
		// A worker reading the log on its own connection would meet the newer database: refused the same way.
		await page.locator('[data-part="optimizer"] > summary').click();
		await page.getByRole('button', { name: 'Fit parameters to my answers' }).click();
		await expect(page.locator('[data-part="optimizer-body"]').getByRole('status')).toContainText(UPGRADED);
		const stored = await storedProgress(page);
		expect(stored['logTail']).toHaveLength(2);
		await reload(page, 'Reload');
		// This build is now older than the database: it says so, and everything stored is as it was.
		await expect(page.getByRole('alert')).toHaveText(NEWER);
		expect(await storedProgress(page)).toEqual(stored);
	});

	test('another tab deletes the database: said at once, nothing claimed saved, Reload starts from what is stored now', async ({ page, context }) => {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		await inAnotherTab(context, 'en', deleteDatabase);
		await expect(page.getByRole('alert')).toContainText(DELETED);
		await answerFails(page);
		await expect(page.getByRole('alert')).toContainText(DELETED);
		await reload(page, 'Reload');
		await expect(page.locator('.trainer-card')).toBeVisible();
		await expect(page.locator('[data-part="alert"]')).toBeHidden();
		await expect(page.locator('[data-part="reload-row"]')).toBeHidden();
		expect((await storedProgress(page))['logTail']).toEqual([]);
		await answerByKeyboard(page, '3');
		expect((await storedProgress(page))['logTail']).toHaveLength(1);
	});

	test('Turkish: the browser clears the site’s data mid-session (DevTools, site settings), then blocks it: said in Turkish with the cause and what to do, never in the browser’s words', async ({ page }) => {
		await openTrainer(page, 'tr', 'all');
		await answerByKeyboard(page, '3');
		// Chromium closes the connection itself and fires `close` on it, not `versionchange`.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });
		const deleted = 'Kayıtlı ilerlemeniz silindi (başka bir sekmede ya da bu sitenin verileri temizlenerek)';
		await expect(page.getByRole('alert')).toContainText(deleted);
		await expect(page.getByRole('button', { name: 'Yeniden yükle', exact: true })).toBeVisible();
		await answerFails(page);
		await expect(page.getByRole('alert')).toContainText(deleted);
		await reload(page, 'Yeniden yükle');
		await expect(page.locator('.trainer-card')).toBeVisible();
		expect((await storedProgress(page))['logTail']).toEqual([]);
		// Site data blocked, as Chromium refuses a site the learner blocked: its "user denied permission" is not shown.
		await page.addInitScript(() => {
			IDBFactory.prototype.open = () => {
				throw new DOMException('The user denied permission to access the database.', 'UnknownError');
			};
		});
		await page.reload();
		await expect(page.getByRole('alert')).toHaveText(
			'İlerlemeniz bu tarayıcıda saklanamıyor: tarayıcı bu sitenin veri saklamasına izin vermiyor (site verileri ya da çerezler bu site için engellenmiş veya bu pencere hiçbir şey saklamıyor): tarayıcının ayarlarından bu siteye site verisi izni verin ve sayfayı yeniden yükleyin.',
		);
	});

	test('Turkish: another tab upgrades the database, the page says so in Turkish and reloads', async ({ page, context }) => {
		await openTrainer(page, 'tr', 'all');
		await answerByKeyboard(page, '3');
		await inAnotherTab(context, 'tr', upgradeDatabase);
		const upgraded = 'Başka bir sekme ya da bu sitenin daha yeni bir sürümü, ilerlemenizin saklanma biçimini değiştirdi';
		await expect(page.getByRole('alert')).toContainText(upgraded);
		await answerFails(page);
		await expect(page.getByRole('alert')).toContainText(upgraded);
		await reload(page, 'Yeniden yükle');
		await expect(page.getByRole('alert')).toHaveText('İlerlemeniz bu sitenin daha yeni bir sürümü tarafından kaydedildi. Yeni sürümü almak için sayfayı yeniden yükleyin; ilerlemeniz korunur.');
	});
});

test.describe('trainer database upgrade blocked by another tab', () => {
	/** In `page`, what an older build's tab does: the database at version 3 (the trainer's needs an upgrade), its connection held open, deaf to versionchange. */
	function holdOlderVersion(page: Page): Promise<void> {
		return page.evaluate(async () => {
			await new Promise((resolve) => {
				const request = indexedDB.deleteDatabase('transfer-trainer');
				request.onsuccess = request.onerror = resolve;
			});
			(window as unknown as { held: IDBDatabase }).held = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('transfer-trainer', 3);
				request.onupgradeneeded = () => {
					const database = request.result;
					database.createObjectStore('cardBuckets');
					database.createObjectStore('logPages', { keyPath: 'seq' }).createIndex('maxAt', 'maxAt');
					for (const store of ['logBefores', 'settings', 'autobackup']) database.createObjectStore(store);
					for (const store of ['logTail', 'quarantine']) database.createObjectStore(store, { autoIncrement: true });
				};
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		});
	}

	const cases = [
		['en', 'Your progress cannot open yet: another tab or window of this site (perhaps one showing an older version of it) is holding it. Close the other tabs and windows of this site; your progress then opens here by itself.'],
		['tr', 'İlerlemeniz henüz açılamıyor: bu sitenin başka bir sekmesi ya da penceresi (belki sitenin eski bir sürümünü gösteren) onu açık tutuyor. Bu sitenin diğer sekmelerini ve pencerelerini kapatın; ilerlemeniz ardından burada kendiliğinden açılır.'],
	] as const;
	for (const [locale, message] of cases) {
		test(`says within seconds that another tab holds the progress (${locale}), and opens by itself once that tab lets go`, async ({ page, context }) => {
			const older = await context.newPage();
			await older.goto(`/${locale}/`);
			await holdOlderVersion(older);
			await page.goto(`/${locale}/practice/trainer/?deck=all`);
			await expect(page.getByRole('alert')).toHaveText(message, { timeout: 5_000 });
			await expect(page.locator('.trainer-opening')).toBeVisible();
			await older.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
			await expect(page.locator('.trainer-opening')).toBeHidden();
			await expect(page.locator('[data-part="alert"]')).toBeHidden();
			await answerByKeyboard(page, '3');
			expect(await readStore(page, 'logTail')).toHaveLength(1);
		});
	}
});
