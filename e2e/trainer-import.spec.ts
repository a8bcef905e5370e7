import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../src/lib/backup/types';
import { makeSyntheticHistory } from '../src/lib/srs/synthetic-history';
import { DEFAULT_SETTINGS, type CardRecord } from '../src/lib/srs/types';
import { axeViolations, expect, test } from './fixtures';
import { answerByKeyboard, exportBackup, importFile, openBackupPanel, openTrainer, pageDecks, showAnswerByKeyboard } from './trainer-helpers';
import { readStore, writeStore } from './trainer-storage';

const DAY_MS = 86_400_000;

/** The question text a card of this key shows, from the page's own deck data. */
async function questionOf(page: Page, key: string): Promise<string> {
	const decks = await pageDecks<{ deck: string; id: string; kind: string; front?: { en: string }; prompt?: { en: string }; statement?: { en: string } }>(page);
	const card = decks.flatMap((deck) => deck.cards).find((candidate) => `${candidate.deck}/${candidate.id}` === key);
	const text = card?.front?.en ?? card?.prompt?.en ?? card?.statement?.en;
	if (!text) throw new Error(`no text for ${key}`);
	return text.replace(/\s+/g, ' ').trim().slice(0, 40);
}

/** A backup whose reviews are `entries` empty objects (5 problems each). */
function hostileBackup(entries: number): string {
	const settings = '{"desiredRetention":0.9,"newCardsPerDay":20,"dayStartMinutes":240}';
	return `{"format":"transfer-trainer-backup","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","settings":${settings},"cards":[],"reviews":[${'{},'.repeat(entries - 1)}{}]}`;
}

interface ImportWatch {
	importOutcome: Promise<string>;
}

/** Runs in the page: window.importOutcome resolves with the backup status once the next import (data-busy) is over. */
function watchImport(): void {
	const status = document.querySelector('.trainer-backup-status');
	if (!status) throw new Error('no backup status on the page');
	(window as unknown as ImportWatch).importOutcome = new Promise((resolve) => {
		new MutationObserver((mutations, observer) => {
			if (mutations.some((mutation) => mutation.oldValue !== null) && !status.hasAttribute('data-busy')) {
				observer.disconnect();
				resolve(status.textContent ?? '');
			}
		}).observe(status, { attributeFilter: ['data-busy'], attributeOldValue: true });
	});
}

test.describe('trainer import: states the scheduler cannot handle', () => {
	test('a review date later than both the file’s making and now, difficulty 0 and stability 0 are refused, naming card and field', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		const { key } = await answerByKeyboard(page, '3');
		const before = await exportBackup(page);
		const question = await questionOf(page, key);
		const card = before.cards[0] as Record<string, unknown>;
		const future = new Date(Date.now() + 2 * DAY_MS).toISOString();
		for (const [change, field, problem] of [
			[{ lastReview: future }, 'lastReview', 'is later than both when the file says it was made'],
			[{ difficulty: 0 }, 'difficulty', 'is 0, but must be from 1 to 10'],
			[{ stability: 0 }, 'stability', 'is 0, but must be from 0.001 to 36,500'],
		] as const) {
			const status = await importFile(page, { name: `${field}.json`, text: JSON.stringify({ ...before, cards: [{ ...card, ...change }] }) });
			expect(status).toContain('Nothing was changed');
			expect(status).toContain(`Card “${question}`);
			expect(status).toContain(`(${key}), cards[0].${field}: `);
			expect(status).toContain(problem);
		}
		const after = await exportBackup(page);
		expect(after.cards).toEqual(before.cards);
		expect(after.reviews).toEqual(before.reviews);
		// The deck still studies: nothing was imported that it could choke on.
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
	});

	test('a file without a version is not a backup from this site (Turkish page, Turkish words)', async ({ page }) => {
		await openTrainer(page, 'tr');
		await page.locator('[data-part="backup"] > summary').click();
		await page.locator('#trainer-import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"transfer-trainer-backup","cards":[]}') });
		await page.getByRole('button', { name: 'İçe aktar', exact: true }).click();
		await expect(page.locator('.trainer-backup-status:not([data-busy])')).toHaveText('Hiçbir şey değişmedi: bu dosya bu sitenin bir yedeği değil (alıştırma yedeklerinin “format” ve “version” alanları yok).');
		await expect(page.locator('#trainer-import-limit')).toHaveText('En fazla 50 MB boyutundaki yedekler içe aktarılabilir.');
	});
});

test.describe('trainer import: the automatic backup keeps the learner’s own progress', () => {
	/** A file with one answer, then two more answers: progress of the learner's own that no file holds. */
	async function ownProgressAndSmallFile(page: Page): Promise<{ own: Awaited<ReturnType<typeof exportBackup>>; small: string }> {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		const small = JSON.stringify(await exportBackup(page));
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		await answerByKeyboard(page, '3');
		return { own: await exportBackup(page), small };
	}

	async function restoresOwn(page: Page, own: Awaited<ReturnType<typeof exportBackup>>): Promise<void> {
		await page.getByRole('button', { name: 'Restore the automatic backup' }).click();
		await expect(page.locator('.trainer-backup-status:not([data-busy])')).toHaveText(new RegExp(`^Restored the automatic backup from .+\\. Cards: ${own.cards.length}, reviews: 3\\. What was there before is kept as an automatic backup from .+\\.$`));
		expect((await exportBackup(page)).reviews).toEqual(own.reviews);
	}

	test('Import clicked again after an import asks for a file; the same file imported again keeps the backup of the progress from before the first', async ({ page }) => {
		const { own, small } = await ownProgressAndSmallFile(page);
		expect(own.reviews).toHaveLength(3);
		expect(await importFile(page, { name: 'small.json', text: small }, { replace: true })).toContain('Imported. Cards: 1, reviews: 1. What was there before is kept');
		await expect(page.locator('#trainer-import-file')).toHaveValue('');
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.locator('.trainer-backup-status')).toHaveText('Choose a file first.');
		const again = await importFile(page, { name: 'small.json', text: small });
		expect(again).toMatch(/^Imported\. Cards: 1, reviews: 1\. The progress it replaced was just what the previous import brought in, unchanged, so the automatic backup from .+, of your progress before that import, is kept\.$/);
		await expect(page.locator('[data-part="backup-body"]')).toContainText(`Cards: ${own.cards.length}, reviews: 3.`);
		await restoresOwn(page, own);
	});

	test('a second tab, its backup panel showing the first tab’s new automatic backup, imports after the first and keeps the backup of the progress from before the first tab’s import', async ({ page, context }) => {
		const { own, small } = await ownProgressAndSmallFile(page);
		const second = await context.newPage();
		await openTrainer(second, 'en');
		await openBackupPanel(second);
		expect(await importFile(page, { name: 'small.json', text: small }, { replace: true })).toContain('What was there before is kept');
		// The second tab's panel, open all along, shows the automatic backup the first tab's import just made.
		await expect(second.locator('[data-part="backup-body"]')).toContainText(`Cards: ${own.cards.length}, reviews: 3.`);
		expect(await importFile(second, { name: 'small.json', text: small })).toContain('of your progress before that import, is kept.');
		await openTrainer(page, 'en');
		await openBackupPanel(page);
		await restoresOwn(page, own);
	});
});

test.describe('trainer import: damaged data kept aside', () => {
	test('the tester’s case: an import that would leave a damaged answer only in the automatic backup asks first, and that backup is kept while no newer one holds the answer', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		for (let turn = 0; turn < 3; turn++) await answerByKeyboard(page, '3');
		const fileF = JSON.stringify(await exportBackup(page));
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		// The fourth answer's tail entry edited as a damaged disk would: its checksum no longer matches.
		const last = (await readStore(page, 'logTail')).at(-1)!;
		const entry = last.value as { review: string };
		const damagedId = (JSON.parse(entry.review) as { id: string }).id;
		await writeStore(page, 'logTail', [{ key: last.key, value: { ...entry, review: entry.review.replace('"rating":3', '"rating":2') } }]);
		await openTrainer(page, 'en');
		await expect(page.locator('[data-part="damage"]')).toContainText('Damaged data kept aside: 1.');

		// File F holds every sound answer, not the damaged one: asked first.
		expect(await importFile(page, { name: 'F.json', text: fileF })).toBe(
			'Entries of damaged data kept aside in your progress (under “Your data”) that this file does not have: 1. Importing the file replaces them; they stay in an automatic backup, listed below, which you can restore. Replace your progress with the file?',
		);
		expect(await importFile(page, { name: 'F.json', text: fileF }, { replace: true })).toContain('Imported. Cards: 3, reviews: 3.');
		const list = page.locator('.trainer-auto-list > li');
		await expect(list).toHaveCount(1);
		await expect(list.nth(0).locator('> p')).toHaveText(/^Automatic backup from .+\. Cards: 4, reviews: 3\. It also holds entries of damaged data kept aside: 1\.$/);

		// One answer, its export G imported: G holds the backup's three answers, not the damaged one, so that backup stays.
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		const fileG = JSON.stringify(await exportBackup(page));
		expect(await importFile(page, { name: 'G.json', text: fileG })).toMatch(/^Imported\. Cards: \d+, reviews: 4\./);
		await expect(list).toHaveCount(2);
		await expect(list.nth(0).locator('> p')).toHaveText(/^Automatic backup from .+\. Cards: \d+, reviews: 4\.$/);
		await expect(list.nth(1).locator('> p')).toHaveText(/^Automatic backup from .+\. Cards: 4, reviews: 3\. It also holds entries of damaged data kept aside: 1\.$/);
		expect(JSON.stringify(await readStore(page, 'autobackup'))).toContain(damagedId);
	});
});

test.describe('trainer import while another tab studies', () => {
	test('the rating buttons of the card on screen follow its imported state', async ({ page, context }) => {
		await openTrainer(page, 'en', 'strategies-introduction');
		const { key } = await showAnswerByKeyboard(page);
		const again = page.locator('.trainer-rating[data-rating="1"] .trainer-interval');
		await expect(again).toHaveText('in 1 min');

		// In the file the card is well learned: Again now sends it to relearning, 10 minutes.
		const now = Date.now();
		const iso = (ms: number) => new Date(ms).toISOString();
		const learned: CardRecord = { key, state: 'review', due: iso(now + 40 * DAY_MS), stability: 60, difficulty: 5, reps: 6, lapses: 0, lastReview: iso(now - 20 * DAY_MS), learningSteps: 0, elapsedDays: 20, scheduledDays: 60, version: 1 };
		const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: iso(now - 1000), settings: { ...DEFAULT_SETTINGS }, cards: [learned], reviews: [{ id: 'learned-1', key, rating: 3, reviewedAt: learned.lastReview!, after: learned }] };
		const other = await context.newPage();
		await openTrainer(other, 'en');
		expect(await importFile(other, { name: 'learned.json', text: JSON.stringify(backup) }, { replace: true })).toContain('Imported');

		await expect(again).toHaveText('in 10 min');
		// Nothing else moved: the same card, its offered rating still focused.
		await expect(page.locator('.trainer-card')).toHaveAttribute('data-key', key);
		await expect(page.locator('.trainer-rating.is-offered')).toBeFocused();
	});
});

test.describe('trainer import: an older file over newer progress', () => {
	/** A learner's history (84 answers to 15 cards up to two hours ago) and the backups exported of it on the way: after 12 answers, after 53, after all. */
	function history(): { day1: Backup; day6: Backup; day14: Backup } {
		const full = makeSyntheticHistory(15, 84, 3, new Date(Date.now() - 2 * 3_600_000));
		const upTo = (count: number): Backup => {
			const reviews = full.reviews.slice(0, count);
			const cards = new Map(reviews.map((review) => [review.key, review.after]));
			return { ...full, exportedAt: reviews.at(-1)!.reviewedAt, cards: [...cards.values()], reviews };
		};
		return { day1: upTo(12), day6: upTo(53), day14: full };
	}

	const asFile = (name: string, backup: Backup) => ({ name, text: JSON.stringify(backup) });

	test('the tester’s weeks: the older file asks first, naming what it would replace; a second import keeps both automatic backups; restoring the older brings back all 84 answers exactly', async ({ page }) => {
		const { day1, day6, day14 } = history();
		await openTrainer(page, 'en');
		expect(await importFile(page, asFile('day14.json', day14))).toContain('Imported. Cards: 15, reviews: 84.');

		// The day-6 file over the 84 answers: asked first, with how many would be replaced and the newest one's date; keeping changes nothing.
		const newest = await page.evaluate((iso) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)), day14.reviews.at(-1)!.reviewedAt);
		const asked = `Answers in your progress that this file does not have: 31, the newest from ${newest}. Importing the file replaces them; they stay in an automatic backup, listed below, which you can restore. Replace your progress with the file?`;
		expect(await importFile(page, asFile('day6.json', day6))).toBe(asked);
		await expect(page.getByRole('button', { name: 'Keep my progress' })).toBeFocused();
		expect(await axeViolations(page, '[data-part="backup"]')).toEqual([]);
		await page.getByRole('button', { name: 'Keep my progress' }).click();
		await expect(page.locator('.trainer-backup-status')).toHaveText('Nothing was changed: your progress stays as it is.');
		await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
		expect((await exportBackup(page)).reviews).toEqual(day14.reviews);
		expect(await importFile(page, asFile('day6.json', day6), { replace: true })).toMatch(/^Imported\. Cards: \d+, reviews: 53\. What was there before is kept as an automatic backup from .+\.$/);

		// One answer, then the day-1 file: asked again (41 of the day-6 answers and the new one), and both automatic backups stay.
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		expect(await importFile(page, asFile('day1.json', day1))).toMatch(/^Answers in your progress that this file does not have: 42, the newest from /);
		expect(await importFile(page, asFile('day1.json', day1), { replace: true })).toContain('Imported. Cards: ');
		const list = page.locator('.trainer-auto-list > li');
		await expect(list).toHaveCount(2);
		await expect(list.nth(0)).toContainText(/^Automatic backup from .+\. Cards: \d+, reviews: 54\./);
		await expect(list.nth(1)).toContainText(/^Automatic backup from .+\. Cards: 15, reviews: 84\./);

		// The older one restored (the day-1 progress holds nothing it lacks, so nothing is asked): the 84 answers exactly.
		await list.nth(1).getByRole('button', { name: /^Restore the automatic backup from / }).click();
		await expect(page.locator('.trainer-backup-status:not([data-busy])')).toHaveText(/^Restored the automatic backup from .+\. Cards: 15, reviews: 84\. What was there before is kept as an automatic backup from .+\.$/);
		const restored = await exportBackup(page);
		expect(restored.reviews).toEqual(day14.reviews);
		expect(restored.cards).toEqual([...day14.cards].sort((a, b) => (a.key < b.key ? -1 : 1)));
		await expect(list).toHaveCount(2);
		await expect(list.nth(0)).toContainText('reviews: 12.');
		await expect(list.nth(1)).toContainText('reviews: 54.');

		// Deleted only when the learner says so, after a second step.
		await list.nth(0).getByRole('button', { name: /^Delete the automatic backup from / }).click();
		await expect(list.nth(0).getByRole('button', { name: 'Keep it' })).toBeFocused();
		await list.nth(0).getByRole('button', { name: 'Delete for good' }).click();
		await expect(page.locator('.trainer-backup-status')).toHaveText(/^Deleted the automatic backup from .+\.$/);
		await expect(list).toHaveCount(1);
		await expect(list.nth(0)).toContainText('reviews: 54.');
	});
});

test.describe('trainer import: a full disk', () => {
	test('the backup status says the storage is full and nothing changed, beside the alert', async ({ page }) => {
		// The import worker's writes fail as a full disk does: its script gets the failing put before its own code.
		await page.route(/\/import-worker-[^/]*\.js$/, async (route) => {
			const response = await route.fetch();
			const fullDisk = `IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };\n`;
			await route.fulfill({ response, body: fullDisk + (await response.text()) });
		});
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		const before = await exportBackup(page);
		const status = await importFile(page, { name: 'empty.json', text: JSON.stringify({ ...before, cards: [], reviews: [] }) }, { replace: true });
		expect(status).toBe("Nothing was changed: the browser's storage is full.");
		await expect(page.getByRole('alert')).toContainText("Your browser's storage is full");
		expect((await exportBackup(page)).reviews).toEqual(before.reviews);
	});
});

test.describe('trainer import: hostile files stay cheap', () => {
	for (const entries of [100_000, 1_000_000]) {
		test(`${entries.toLocaleString('en')} empty review objects: no crash, 20 problems and a count, the live region quiet`, async ({ page }) => {
			test.setTimeout(240_000);
			let crashed = false;
			page.on('crash', () => (crashed = true));
			await openTrainer(page, 'en');
			const path = test.info().outputPath('empty-reviews.json');
			writeFileSync(path, hostileBackup(entries));
			await openBackupPanel(page);
			// Chosen by path, as a file dialog would: Playwright does not decode the bytes in the page.
			await page.getByLabel(/Backup file to import/).setInputFiles(path);
			await page.evaluate(watchImport);
			await page.locator('#trainer-import-file + button').click();
			const status = await page.evaluate(() => (window as unknown as ImportWatch).importOutcome);
			const problems = (entries * 5).toLocaleString('en');
			expect(status).toBe(`Nothing was changed: the file has ${problems} problems; the first 20 are listed below.`);
			const list = page.locator('.trainer-import-problems');
			await expect(list.locator('li')).toHaveCount(20);
			await expect(list.locator('li').first()).toHaveText('reviews[0].id: missing');
			await expect(list.locator('p')).toHaveText(`… and ${(entries * 5 - 20).toLocaleString('en')} more.`);
			// The other live region stays quiet.
			expect((await page.locator('[data-part="live"]').textContent()) ?? '').toBe('');
			expect(crashed).toBe(false);
			// How long the page's tasks get while it imports is the bench's to measure (npm run bench -- trainer-import, budget
			// 200 ms), alone on the machine: beside other tests a task takes longer for the machine's reasons, not the import's.
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test.describe('trainer settings', () => {
	test('typed while the settings code loads slowly: nothing is overwritten; saved only after the write commits; 10,000 new cards a day', async ({ page }) => {
		// A slow connection: the settings code arrives only once the learner has typed.
		let arrive: () => void = () => undefined;
		const typed = new Promise<void>((resolve) => (arrive = resolve));
		await page.route(/\/settings-panel\.[^/]*\.js$/, async (route) => {
			await typed;
			await route.continue();
		});
		await openTrainer(page, 'en');
		await page.locator('summary', { hasText: 'Settings' }).click();
		const perDay = page.getByLabel('New cards per day');
		await expect(perDay).toBeDisabled();
		await perDay.click({ force: true });
		await page.keyboard.type('7');
		await expect(perDay).toHaveValue('');
		arrive();
		// Loaded: the stored settings show and the form takes input.
		await expect(perDay).toBeEnabled({ timeout: 15_000 });
		await expect(perDay).toHaveValue('20');
		const status = page.locator('[data-part="settings-status"]');

		await perDay.fill('10001');
		await perDay.press('Enter');
		await expect(status).toHaveText('New cards per day must be a whole number from 0 to 10,000.');
		await perDay.fill('10000');
		await perDay.press('Enter');
		await expect(status).toHaveText('Settings saved.');

		// A write that does not commit (the transaction aborts after the request succeeded, or when asked to commit): never "saved".
		await page.evaluate(() => {
			const transaction = IDBDatabase.prototype.transaction;
			IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
				const opened = transaction.apply(this, args);
				const stores = [args[0]].flat();
				if (args[1] === 'readwrite' && stores.includes('settings')) {
					let aborted = false;
					const abort = () => {
						if (!aborted) opened.abort();
						aborted = true;
					};
					const put = opened.objectStore('settings').put.bind(opened.objectStore('settings'));
					opened.objectStore('settings').put = (...putArgs: Parameters<IDBObjectStore['put']>) => {
						const request = put(...putArgs);
						request.addEventListener('success', abort);
						return request;
					};
					opened.commit = abort;
				}
				return opened;
			};
		});
		await page.getByLabel('Desired retention (%)').fill('85.5');
		await perDay.press('Enter');
		await expect(status).toHaveText('Settings not saved: the browser stopped the work before it was finished: try again, and reload the page if it happens again.');
		await page.reload();
		await expect(page.locator('[data-part="loading"]')).toBeHidden();
		await page.locator('summary', { hasText: 'Settings' }).click();
		await expect(perDay).toHaveValue('10000');
		await expect(page.getByLabel('Desired retention (%)')).toHaveValue('90');
	});
});
