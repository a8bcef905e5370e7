import { createScheduler } from '../src/lib/srs/scheduler';
import { DEFAULT_SETTINGS, type CardRecord, type Rating } from '../src/lib/srs/types';
import { bucketOf } from '../src/lib/storage/card-buckets';
import { axeViolations, expect, test } from './fixtures';
import { answerByKeyboard, currentCard, exportBackup, failSiteCheck, importFile, openBackupPanel, openTrainer, pageDecks } from './trainer-helpers';
import { readLogPages, readStore, writeLogPages, writeStore } from './trainer-storage';

/** Each card of the page's decks by key: the text the learner sees first (front or prompt), in English. */
async function cardTexts(page: import('@playwright/test').Page): Promise<Map<string, string>> {
	const decks = await pageDecks<{ deck: string; id: string; front?: { en: string }; prompt?: { en: string }; statement?: { en: string } }>(page);
	return new Map(decks.flatMap((deck) => deck.cards.map((card) => [`${card.deck}/${card.id}`, (card.front ?? card.prompt ?? card.statement)?.en ?? ''] as const)));
}

async function limitNewCards(page: import('@playwright/test').Page, limit: number): Promise<void> {
	await page.locator('[data-part="settings-panel"] > summary').click();
	const field = page.getByLabel('New cards per day');
	await field.fill(String(limit));
	await field.press('Enter');
	await expect(page.locator('[data-part="settings-status"]')).toHaveText('Settings saved.');
}

test.describe('trainer data damaged by the browser', () => {
	test('a garbage card bucket: its cards are rebuilt with their exact state, and named by their text', async ({ page }) => {
		await openTrainer(page, 'en');
		// Two new cards a day: after them the session goes on with their learning steps, so each gets several answers.
		await limitNewCards(page, 2);
		await page.locator('[data-deck="all"]').getByRole('button').click();
		const answered = new Set<string>();
		for (let turn = 0; turn < 5; turn++) answered.add((await answerByKeyboard(page, turn === 0 ? '1' : '3')).key);
		expect(answered.size).toBe(2);
		const before = await exportBackup(page);
		expect(before.reviews).toHaveLength(5);

		const buckets = [...new Set([...answered].map(bucketOf))];
		await writeStore(page, 'cardBuckets', buckets.map((key) => ({ key, value: '\u0000\u0017garbage\u00ff' })));
		await openTrainer(page, 'en');
		const notice = page.locator('[data-part="damage"]');
		await expect(notice).toContainText('Some of your saved progress was damaged in this browser. Nothing was deleted.');
		await expect(notice).toContainText(`Rebuilt exactly from your review history (${answered.size}):`);
		const texts = await cardTexts(page);
		for (const key of answered) await expect(notice.locator('li', { hasText: texts.get(key)!.slice(0, 40) })).toBeVisible();
		await expect(notice).not.toContainText('bucket');
		await expect(notice).toContainText(`Damaged data kept aside: ${buckets.length}.`);

		const after = await exportBackup(page);
		expect(after.cards).toEqual(before.cards);
		expect(after.reviews).toEqual(before.reviews);
		expect((await readStore(page, 'quarantine')).map(({ value }) => (value as { value: unknown }).value)).toEqual(buckets.map(() => '\u0000\u0017garbage\u00ff'));
	});
});

test.describe('trainer settings damaged by the browser', () => {
	test('garbage settings: kept aside, and the notice says the defaults are in use (Turkish too)', async ({ page }) => {
		await openTrainer(page, 'en');
		await limitNewCards(page, 7);
		await writeStore(page, 'settings', [{ key: 'settings', value: '\u0000garbage' }]);
		await openTrainer(page, 'en');
		const notice = page.locator('[data-part="damage"]');
		await expect(notice).toContainText('Your settings could not be read, so the trainer uses its default settings until you set yours again under “Settings”.');
		await page.locator('[data-part="settings-panel"] > summary').click();
		await expect(page.getByLabel('New cards per day')).toHaveValue('20');

		// The notice's strings cannot be fetched at first (no service worker kept them yet): it shows once the connection returns.
		await writeStore(page, 'settings', [{ key: 'settings', value: '\u0000garbage' }]);
		let failed = false;
		await page.route('**/tr/practice/trainer/panel-strings.json', (route) => ((failed = true), route.abort('internetdisconnected')));
		await failSiteCheck(page);
		await openTrainer(page, 'tr');
		await expect.poll(() => failed).toBe(true);
		await expect(notice).toBeHidden();
		await page.unroute('**/tr/practice/trainer/panel-strings.json');
		await page.evaluate(() => dispatchEvent(new Event('online')));
		await expect(notice).toContainText('Ayarlarınız okunamadı; bu yüzden siz “Ayarlar” bölümünde yeniden belirleyene kadar varsayılan ayarlar kullanılıyor.');
	});
});

test.describe('trainer review history damaged by the browser', () => {
	test('a garbage old page and an edited one: reported at load, kept, exported as raw data, restored or discarded by choice', async ({ page }) => {
		// Two full log pages (4,100 answers) imported, exported four times.
		test.setTimeout(180_000);
		await openTrainer(page, 'en');
		const texts = await cardTexts(page);
		const status = await importFile(page, { name: 'history.json', text: JSON.stringify(pastHistory([...texts.keys()].slice(0, 12), 4100)) });
		expect(status).toContain('reviews: 4,100');
		const pages = await readLogPages(page);
		type Page = { seq: number; minAt: string; maxAt: string; reviews: string };
		const [garbage, edited] = pages.map(({ value }) => value as Page);
		await writeLogPages(page, [
			{ key: 1, value: { ...garbage!, reviews: `${garbage!.reviews.slice(0, 3000)}\u0000\u00ff\u0000` } },
			{ key: 2, value: { ...edited!, reviews: edited!.reviews.replace('"rating":3', '"rating":4') } },
		]);

		// Statistics and exports read around damage and move nothing.
		await page.locator('[data-part="stats"] > summary').click();
		await expect(page.locator('[data-part="stats"] canvas').first()).toBeVisible();
		expect(await readStore(page, 'quarantine')).toEqual([]);

		await openTrainer(page, 'en');
		const notice = page.locator('[data-part="damage"]');
		await expect(notice).toContainText('Damaged data kept aside: 2.');
		await notice.getByRole('button', { name: 'Show damaged data' }).click();
		const panel = page.locator('[data-part="data"]');
		await expect(panel.getByRole('heading', { name: 'Damaged data kept aside' })).toBeFocused();
		const items = panel.locator('.trainer-kept > li');
		await expect(items).toHaveCount(2);
		const day = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso));
		await expect(items.nth(0)).toContainText(`Review history from ${day(garbage!.minAt)} to ${day(garbage!.maxAt)}, answers: 2,000`);
		await expect(items.nth(0)).toContainText('it could not be read');
		await expect(items.nth(1)).toContainText(`Review history from ${day(edited!.minAt)} to ${day(edited!.maxAt)}, answers: 2,000`);
		await expect(items.nth(1)).toContainText('it had been changed outside the trainer');
		await expect(items.nth(1).locator('li', { hasText: texts.get([...texts.keys()][0]!)!.slice(0, 30) })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);

		const exported = await exportBackup(page);
		expect(exported.reviews).toHaveLength(100);
		expect((exported as unknown as { damaged: { value: unknown }[] }).damaged.map(({ value }) => (value as Page).reviews)).toEqual([
			`${garbage!.reviews.slice(0, 3000)}\u0000\u00ff\u0000`,
			edited!.reviews.replace('"rating":3', '"rating":4'),
		]);
		await expect(page.locator('.trainer-backup-status')).toContainText('Backup saved as');
		await expect(page.locator('.trainer-backup-status')).toContainText('It also holds, as raw data for repair, damaged data that it could not include as progress: Review history from');

		await items.nth(1).getByRole('button', { name: /^Restore/ }).click();
		await expect(panel.locator('.trainer-data-status')).toHaveText(/^Restored\. Answers: 2,000, cards: \d+\.$/);
		await expect(items).toHaveCount(1);
		await items.nth(0).getByRole('button', { name: /^Restore/ }).click();
		await expect(panel.locator('.trainer-data-status')).toContainText('Part of it could not be read and stays kept aside.');
		const restored = (await exportBackup(page)).reviews.length;
		expect(restored).toBeGreaterThan(2100);
		expect(restored).toBeLessThan(4100);

		await items.nth(0).getByRole('button', { name: /^Discard: / }).click();
		await panel.getByRole('button', { name: 'Discard for good' }).click();
		await expect(panel.locator('.trainer-data-status')).toHaveText('Discarded.');
		await expect(panel).toContainText('No damaged data is kept.');
		await expect(notice).toBeHidden();
		expect(await readStore(page, 'quarantine')).toEqual([]);
		expect((await exportBackup(page)).reviews).toHaveLength(restored);
	});
});

test.describe('trainer undo with two tabs', () => {
	test('each tab takes back its own answers, says why it cannot when the other tab built on one, and the other tab follows', async ({ context }) => {
		const first = await context.newPage();
		const second = await context.newPage();
		await openTrainer(first, 'en', 'all');
		await openTrainer(second, 'en', 'all');
		const shared = await currentCard(first);
		expect((await currentCard(second)).key).toBe(shared.key);
		await answerByKeyboard(first, '1');
		// The second tab still shows that card; its answer is scheduled from the first tab's.
		await answerByKeyboard(second, '1');
		await first.keyboard.press('u');
		await expect(first.locator('[data-part="live"]')).toHaveText(
			'This answer cannot be undone: the card was answered again in another tab since. Undo that answer in the other tab first.',
		);
		expect((await exportBackup(first)).reviews).toHaveLength(2);
		await second.keyboard.press('u');
		await expect(second.locator('[data-part="live"]')).toHaveText('Last answer undone.');
		expect((await currentCard(second)).key).toBe(shared.key);
		// The export left focus in the backup panel, where U is a letter, not an undo.
		await first.locator('.trainer-card h3').focus();
		await first.keyboard.press('u');
		await expect(first.locator('[data-part="live"]')).toHaveText('Last answer undone.');
		expect((await currentCard(first)).key).toBe(shared.key);
		expect((await exportBackup(first)).reviews).toHaveLength(0);
		await first.locator('.trainer-card h3').focus();
		await first.keyboard.press('u');
		await expect(first.locator('[data-part="live"]')).toHaveText('This tab has no answer to undo.');

		await second.getByRole('button', { name: 'End session' }).click();
		await second.getByRole('button', { name: 'Back to the decks' }).click();
		const learning = second.locator('[data-deck="all"] [data-count="learning"]');
		await expect(learning).toHaveText('0');
		await first.locator('.trainer-card h3').focus();
		await answerByKeyboard(first, '1');
		await expect(learning).toHaveText('1');
		await first.keyboard.press('u');
		await expect(learning).toHaveText('0');
		await expect(second.locator('[data-part="live"]')).toHaveText('Another tab changed your progress; the counts are up to date.');
	});
});

test.describe('trainer data check', () => {
	test('a lost card bucket whose cards were answered today is rebuilt at load and named in plain words; “check my data” then finds all in order (Turkish)', async ({ page }) => {
		await openTrainer(page, 'tr', 'all');
		const answered = [await answerByKeyboard(page, '3'), await answerByKeyboard(page, '3')];
		const buckets = [...new Set(answered.map((card) => bucketOf(card.key)))];
		await writeStore(page, 'cardBuckets', buckets.map((key) => ({ key, value: undefined })));
		await openTrainer(page, 'tr');
		const notice = page.locator('[data-part="damage"]');
		await expect(notice).toContainText('Kayıtlı ilerlemenizin bir kısmı bu tarayıcıda bozulmuş. Hiçbir şey silinmedi.');
		await expect(notice).toContainText('Tekrar geçmişinizden aynen yeniden oluşturuldu (2):');
		await expect(page.locator('[data-deck="all"] [data-count="learning"]')).toHaveText('2');
		await page.locator('[data-part="data"] > summary').click();
		const panel = page.locator('[data-part="data"]');
		await panel.getByRole('button', { name: 'Verilerimi denetle' }).click();
		await expect(panel.locator('.trainer-data-status')).toHaveText('2 kart ve 2 yanıt denetlendi. Her şey yolunda.');
	});
});

test.describe('trainer counts', () => {
	test('one card and one answer are counted in plain words: the export, “check my data” and the damaged data kept aside; answers dated beyond any clock are not restored, and the check names them', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		const backup = (await exportBackup(page)) as { cards: CardRecord[]; reviews: { id: string; key: string; reviewedAt: string; after: CardRecord }[] };
		await expect(page.locator('.trainer-backup-status')).toHaveText(/^Backup saved as transfer-trainer-\d{4}-\d{2}-\d{2}\.json\. Cards: 1, answers: 1\.$/);
		const panel = page.locator('[data-part="data"]');
		await panel.locator('> summary').click();
		// By keyboard: the button keeps focus while it checks and after, so the learner's place is not lost.
		const check = panel.getByRole('button', { name: 'Check my data' });
		await check.focus();
		await page.keyboard.press('Enter');
		await expect(panel.locator('.trainer-data-status')).toHaveText('Checked your data. Cards: 1, answers: 1. Everything is in order.');
		await expect(check).toBeFocused();

		await writeStore(page, 'logTail', [{ key: 1, value: { review: '\u0000garbage', checksum: '0' } }]);
		await openTrainer(page, 'en');
		await page.locator('[data-part="damage"]').getByRole('button', { name: 'Show damaged data' }).click();
		await expect(panel.locator('.trainer-kept > li')).toContainText('Review history with dates that cannot be read, answers: 1');

		// A file that says it was made in 2999, and holds an answer of then; in its damaged data, one set aside today dated later still.
		const far = '2999-01-01T12:00:00.000Z';
		const farCard = { ...backup.cards[0]!, lastReview: far, due: '2999-02-01T12:00:00.000Z' };
		const [review] = backup.reviews;
		const later = { ...review!, id: 'later-still', reviewedAt: '2999-06-01T12:00:00.000Z', after: { ...farCard, lastReview: '2999-06-01T12:00:00.000Z' }, before: farCard };
		const damaged = { store: 'logTail', key: 'tail 7', reason: 'its checksum does not match', movedAt: new Date().toISOString(), value: { review: JSON.stringify(later), checksum: 'x' } };
		const file = { ...backup, exportedAt: far, cards: [farCard], reviews: [{ ...review!, reviewedAt: far, after: farCard }], damaged: [damaged] };
		// The garbage kept aside is not in the file: asked first, then replaced (it stays in the automatic backup).
		expect(await importFile(page, { name: 'far.json', text: JSON.stringify(file) })).toMatch(/^Entries of damaged data kept aside in your progress \(under “Your data”\) that this file does not have: 1\. /);
		expect(await importFile(page, { name: 'far.json', text: JSON.stringify(file) }, { replace: true })).toMatch(/ Some of its answers are dated later than now, up to \S+ 1, 2999, .*, because the clock of the device they were given on was ahead; they are kept as they are\.$/);
		await openTrainer(page, 'en');
		await panel.locator('> summary').click();
		await panel.locator('.trainer-kept > li').getByRole('button', { name: /^Restore: / }).click();
		await expect(panel.locator('.trainer-data-status')).toHaveText(
			/^Nothing was restored, and it stays kept aside: Card “[^”]+” \([^)]+\), reviews\[0\]\.reviewedAt: \S+ 1, 2999, [^(]+ is later than both when it was set aside \([^)]+\) and now \([^)]+\), so no answer can have been given then: check the clock of this device\.$/,
		);
		await expect(panel.locator('.trainer-kept > li')).toHaveCount(1);
		await panel.getByRole('button', { name: 'Check my data' }).click();
		await expect(panel.locator('.trainer-data-status')).toHaveText('Checked your data. Cards: 1, answers: 1.');
		await expect(panel.locator('.trainer-data-result')).toContainText('These cards record a last answer more than 398 days after now, the latest on ');
	});
});

test.describe('trainer data kept aside in bulk', () => {
	test("a long list shows 20 entries and a count, the next ones move up as entries are discarded, and the export's message names 20", async ({ page }) => {
		await openTrainer(page, 'en');
		const entry = { store: 'logTail', key: 'tail 1', reason: 'not valid JSON', movedAt: new Date().toISOString(), value: 'garbage' };
		await writeStore(page, 'quarantine', Array.from({ length: 25 }, (_, index) => ({ key: index + 1, value: entry })));
		await openTrainer(page, 'en');
		const panel = page.locator('[data-part="data"]');
		await panel.locator('> summary').click();
		const kept = panel.locator('.trainer-kept > li');
		await expect(kept).toHaveCount(20);
		await expect(panel.locator('.trainer-kept-more')).toHaveText('… and 5 more.');
		await kept.first().getByRole('button', { name: /^Discard: / }).click();
		await kept.first().getByRole('button', { name: 'Discard for good' }).click();
		await expect(panel.locator('.trainer-kept-more')).toHaveText('… and 4 more.');
		await expect(kept).toHaveCount(20);

		// The export carries all 24 and its message names 20 of them.
		expect((await exportBackup(page)) as { damaged?: unknown[] }).toMatchObject({ damaged: new Array(24).fill(entry) });
		await expect(page.locator('.trainer-backup-status')).toContainText(/ could not include as progress: (Review history[^;]*; ){19}Review history[^;]*, and 4 more items\.$/);
	});
});

test.describe('trainer automatic backup damaged by the browser', () => {
	test('is said to be damaged, offers no restore, and the next import keeps it under “Your data” instead of overwriting it', async ({ page }) => {
		await openTrainer(page, 'en');
		const truncated = '{"format":"transfer-trainer-backup","version":3,"cards":[{"key":"d/a"';
		await writeStore(page, 'autobackup', [{ key: 'last', value: truncated }]);
		await openTrainer(page, 'en');
		await openBackupPanel(page);
		await expect(page.locator('[data-part="backup-body"]')).toContainText('The automatic backup on this device is damaged and cannot be restored.');
		await expect(page.getByRole('button', { name: 'Restore the automatic backup' })).toBeHidden();

		expect(await importFile(page, { name: 'progress.json', text: JSON.stringify(await exportBackup(page)) })).toContain('Imported.');
		expect((await readStore(page, 'quarantine')).map(({ value }) => value)).toMatchObject([{ store: 'autobackup', key: 'last', value: truncated }]);
		await expect(page.getByRole('button', { name: 'Restore the automatic backup' })).toBeVisible();
		const panel = page.locator('[data-part="data"]');
		await panel.locator('> summary').click();
		await expect(panel.locator('.trainer-kept > li')).toHaveCount(1);
	});
});

/** A study history over real cards, spread over the days before now, as a backup file: `pages` full log pages and a few answers more. */
function pastHistory(keys: readonly string[], reviews: number): object {
	const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');
	const start = Date.now() - 30 * 86_400_000;
	const records = new Map<string, CardRecord>();
	const log = [];
	for (let index = 0; index < reviews; index++) {
		const key = keys[index % keys.length]!;
		const at = new Date(start + index * 10 * 60_000);
		const review = scheduler.answer(records.get(key), key, ((index % 7) === 0 ? 1 : 3) as Rating, at, `past-${index}`);
		records.set(key, review.after);
		const { before: _before, ...backupReview } = review;
		log.push(backupReview);
	}
	return { format: 'transfer-trainer-backup', version: 1, exportedAt: new Date().toISOString(), settings: DEFAULT_SETTINGS, cards: [...records.values()], reviews: log };
}
