import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectChartFollowsTheme } from './chart-checks';
import { axeViolations, expect, test } from './fixtures';
import { mainDist } from './pages';
import { answerByKeyboard, currentCard, downloadFrom, exportBackup, failSiteCheck, holdTrainerScript, openBackupPanel, openTrainer } from './trainer-helpers';

test.describe('trainer session', () => {
	test('a whole session by keyboard: flashcards and choices, number keys, undo; what is left today, by kind', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		const left = page.locator('[data-part="session-left"]');
		await expect(left).toHaveText('Left today: 20 new, 0 learning, 0 due');
		// A new card answered is in its learning steps: it leaves the new cards and comes back later today.
		const kinds = new Set<string>([(await answerByKeyboard(page, '3')).kind]);
		await expect(left).toHaveText('Left today: 19 new, 1 learning, 0 due');
		let answered = 1;
		while (kinds.size < 2 && answered < 25) {
			const card = await answerByKeyboard(page, answered % 2 === 0 ? '3' : '4');
			kinds.add(card.kind);
			answered += 1;
		}
		expect([...kinds].sort()).toEqual(['choice', 'flashcard']);

		const last = await answerByKeyboard(page, '1');
		answered += 1;
		await page.keyboard.press('u');
		await expect(page.locator('[data-part="live"]')).toHaveText('Last answer undone.');
		expect((await currentCard(page)).key).toBe(last.key);
		await expect(page.locator('.trainer-card h3')).toBeFocused();
		answered -= 1;
		await answerByKeyboard(page, '2');
		answered += 1;

		const lastBeforeEnd = await answerByKeyboard(page, '3');
		answered += 1;
		await page.getByRole('button', { name: 'End session' }).press('Enter');
		const summary = page.locator('[data-part="summary"]');
		await expect(summary.getByRole('heading', { name: 'Session summary' })).toBeFocused();
		// The time is written out ("in 1 minute 5 seconds."), so no unit's own period doubles the sentence's.
		await expect(summary).toContainText(new RegExp(`Answers: ${answered}, in (\\d+ minutes? )?\\d+ seconds?\\.(?!\\.)`));
		// U on the summary takes the last answer back and reopens the session on that card.
		await page.keyboard.press('U');
		expect((await currentCard(page)).key).toBe(lastBeforeEnd.key);
		await expect(summary).toBeHidden();
		answered -= 1;
		await page.getByRole('button', { name: 'End session' }).press('Enter');
		await expect(summary).toContainText(`Answers: ${answered}, in`);
		const reminder = page.locator('[data-part="reminder"]');
		await expect(reminder).toContainText('You have not exported a backup yet.');
		const backup = await exportBackup(page);
		expect(backup.reviews).toHaveLength(answered);
		await expect(reminder).toBeHidden();
		await page.reload();
		await expect(page.locator('[data-part="loading"]')).toBeHidden();
		await expect(reminder).toBeHidden();
	});

	test('a last-export time that is no date reads as never exported: the trainer opens on a deck and in English and Turkish', async ({ page }) => {
		for (const stored of ['garbage', '2026-13-45']) {
			await page.addInitScript((value) => localStorage.setItem('transfer-trainer:last-export', value), stored);
			await openTrainer(page, 'en', 'all');
			await expect(page.locator('[data-part="reminder"]')).toContainText('You have not exported a backup yet.');
			await answerByKeyboard(page, '3');
			await openTrainer(page, 'tr');
			await expect(page.locator('[data-part="decks-caption"]')).toBeVisible();
			await openBackupPanel(page);
		}
	});

	test('every card links back to its lesson section', async ({ page }) => {
		await openTrainer(page, 'tr', 'all');
		const href = await page.locator('.trainer-lesson-link a').getAttribute('href');
		expect(href).toMatch(/^\/tr\/[a-z-]+(\/[a-z-]+)*\/(#[\w-]+)?$/);
		const response = await page.request.get(href!.split('#')[0]!);
		expect(response.status()).toBe(200);
	});

	test('a Turkish session summary writes its time out, with one period', async ({ page }) => {
		await openTrainer(page, 'tr', 'all');
		await answerByKeyboard(page, '3');
		await page.getByRole('button', { name: 'Oturumu bitir' }).press('Enter');
		await expect(page.locator('[data-part="summary"]')).toContainText(/Yanıt: 1, süre: (\d+ dakika )?\d+ saniye\.(?!\.)/);
	});

	test("a lesson's closing link opens the trainer on that lesson's deck", async ({ page }) => {
		await page.goto('/tr/regularization/');
		const link = page.locator('.lesson-deck-link a');
		await expect(link).toHaveAttribute('href', '/tr/practice/trainer/?deck=regularization');
		await link.click();
		await expect(page.locator('[data-part="session-heading"]')).toBeVisible();
		const card = await currentCard(page);
		expect(card.key.startsWith('regularization/')).toBe(true);
	});

	test('reload keeps progress', async ({ page }) => {
		await openTrainer(page, 'en');
		const all = page.locator('[data-deck="all"]');
		const newBefore = Number(await all.locator('[data-count="new"]').textContent());
		await all.getByRole('button').click();
		await answerByKeyboard(page, '3');
		await answerByKeyboard(page, '1');
		await page.reload();
		await expect(page.locator('[data-part="loading"]')).toBeHidden();
		await expect(all.locator('[data-count="learning"]')).toHaveText('2');
		expect(Number(await all.locator('[data-count="new"]').textContent())).toBe(newBefore - 2);
	});

	test('two tabs answering neither lose nor double a review', async ({ context }) => {
		const first = await context.newPage();
		const second = await context.newPage();
		await openTrainer(first, 'en', 'all');
		await openTrainer(second, 'en', 'all');
		for (let round = 0; round < 3; round++) {
			await answerByKeyboard(first, '3');
			await answerByKeyboard(second, '3');
		}
		const backup = await exportBackup(first);
		expect(backup.reviews).toHaveLength(6);
		expect(new Set(backup.reviews.map((review) => review.id)).size).toBe(6);
	});

	test("another tab's answers refresh this tab's counts", async ({ context }) => {
		const watching = await context.newPage();
		const studying = await context.newPage();
		await openTrainer(watching, 'en');
		const learning = watching.locator('[data-deck="all"] [data-count="learning"]');
		await expect(learning).toHaveText('0');
		await openTrainer(studying, 'en', 'all');
		await answerByKeyboard(studying, '1');
		await expect(learning).toHaveText('1');
		await expect(watching.locator('[data-part="live"]')).toHaveText('Another tab changed your progress; the counts are up to date.');
	});

	test('settings: a lower daily limit of new cards shows in the counts; bad values are named', async ({ page }) => {
		await openTrainer(page, 'tr');
		await page.locator('summary', { hasText: 'Ayarlar' }).click();
		const limit = page.getByLabel('Günlük yeni kart sayısı');
		await expect(limit).toHaveValue('20');
		await limit.fill('3');
		await limit.press('Enter');
		await expect(page.locator('[data-part="settings-status"]')).toHaveText('Ayarlar kaydedildi.');
		await expect(page.locator('[data-deck="all"] [data-count="new"]')).toHaveText('3');
		// Every deck at once has a study button of its own name, not "{deck} destesini çalış".
		await expect(page.locator('[data-deck="all"] button')).toHaveAccessibleName('Tüm desteleri çalış');
		await expect(page.locator('tr[data-deck]').first().locator('button')).toHaveAccessibleName(/^.+ destesini çalış$/);
		// A Turkish learner writes a decimal comma, and the form shows one back.
		const retention = page.getByLabel('Hedeflenen hatırlama oranı (%)');
		await retention.fill('85,5');
		await retention.press('Enter');
		await expect(page.locator('[data-part="settings-status"]')).toHaveText('Ayarlar kaydedildi.');
		// A bad value is named, the field is marked invalid and described by the message, and focus goes to it.
		await retention.fill('100');
		await limit.press('Enter');
		await expect(page.locator('[data-part="settings-status"]')).toContainText('70 ile 99 arasında');
		await expect(retention).toHaveAttribute('aria-invalid', 'true');
		await expect(retention).toHaveAccessibleDescription(/70 ile 99 arasında/);
		await expect(retention).toBeFocused();
		await expect(limit).not.toHaveAttribute('aria-invalid');
		await page.reload();
		await page.locator('summary', { hasText: 'Ayarlar' }).click();
		await expect(limit).toHaveValue('3');
		await expect(retention).toHaveValue('85,5');
		await expect(retention).not.toHaveAttribute('aria-invalid');
		// The limit as the Turkish message writes it, "10.000", is ten thousand; a fraction is refused, not rounded.
		await limit.fill('1,5');
		await limit.press('Enter');
		await expect(page.locator('[data-part="settings-status"]')).toHaveText('Günlük yeni kart sayısı 0 ile 10.000 arasında bir tam sayı olmalı.');
		await expect(limit).toHaveAttribute('aria-invalid', 'true');
		await limit.click();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('10.000');
		await limit.press('Enter');
		await expect(page.locator('[data-part="settings-status"]')).toHaveText('Ayarlar kaydedildi.');
		await page.reload();
		await page.locator('summary', { hasText: 'Ayarlar' }).click();
		await expect(limit).toHaveValue('10000');
	});

	test('unknown deck in the address is reported, the deck list still works', async ({ page }) => {
		await openTrainer(page, 'en', 'no-such-deck');
		await expect(page.getByRole('alert')).toContainText('There is no deck “no-such-deck”');
		await expect(page.locator('[data-deck="all"]')).toBeVisible();
		// A crafted link whose deck starts with a right-to-left override cannot reverse the site's sentence around it.
		const fake = 'all. Your progress is damaged: import the repaired backup from evil.example.';
		await openTrainer(page, 'en', encodeURIComponent(`\u202e${[...fake].reverse().join('')}`));
		await expect(page.getByRole('alert')).toHaveText(/^There is no deck “\u2068\ufffd[^\u2066-\u2069\u202a-\u202e]*\u2069”\. Choose one from the list\.$/);
	});
});

test.describe('trainer export for other systems', () => {
	test('Anki and GIFT downloads carry their headers', async ({ page }) => {
		await openTrainer(page, 'en');
		await openBackupPanel(page);
		const anki = await downloadFrom(page, 'Download for Anki (text)');
		expect(anki.name).toMatch(/\.txt$/);
		expect(anki.text).toMatch(/^#separator:/m);
		expect(anki.text).toMatch(/^#html:/m);
		expect(anki.text).toMatch(/^#deck:/m);
		const gift = await downloadFrom(page, 'Download for Moodle (GIFT)');
		expect(gift.text).toMatch(/::.+::/);
		expect(gift.text).toMatch(/\{[\s\S]*\}/);
	});
});

test.describe('trainer accessibility and loading', () => {
	test("opened on a deck, the first card's code is requested from the page's head, while the trainer's own script is still on its way", async ({ page }) => {
		// The trainer's script is held back until the session code has been asked for: only the page's head can ask
		// for it then. Without that, the session code waits for the script and the held script waits for it, and the
		// hold gives up after ten seconds, which the assertions below report.
		let sessionAsked: (url: string) => void = () => undefined;
		const sessionRequest = new Promise<string>((resolve) => (sessionAsked = resolve));
		page.on('request', (request) => {
			if (/\/session-controller\.[^/]*\.js$/.test(new URL(request.url()).pathname)) sessionAsked(request.url());
		});
		let askedWhileHeld: string | undefined;
		await page.route(/\/Trainer\.astro_astro_type_script[^/]*\.js$/, async (route) => {
			askedWhileHeld = await Promise.race([sessionRequest, new Promise<undefined>((resolve) => setTimeout(resolve, 10_000))]);
			await route.continue();
		});
		await openTrainer(page, 'en', 'all');
		await currentCard(page);
		const preloads = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
		expect(askedWhileHeld).toBeDefined();
		expect(preloads).toContain(askedWhileHeld);
	});

	test('the deck list fetches the decks when the trainer starts and fills in its counts; opened on a deck, the head asks for them at once', async ({ page }) => {
		const decksPreloads = page.locator('head link[rel="preload"][href$="/practice/trainer/decks.json"]');
		await openTrainer(page, 'en');
		await expect(page.locator('tr[data-deck] td[data-count="new"]').first()).toHaveText(/^\d+$/);
		await expect(decksPreloads).toHaveCount(0);
		await openTrainer(page, 'en', 'all');
		await currentCard(page);
		await expect(decksPreloads).toHaveCount(1);
	});

	test("the panels' strings come with their code: the page carries none of them, and a failed fetch is tried again (Turkish)", async ({ page }) => {
		let fail = true;
		await page.route('**/tr/practice/trainer/panel-strings.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
		await failSiteCheck(page);
		await openTrainer(page, 'tr');
		const pageStrings = await page.locator('trainer-app > script[type="application/json"]').evaluate((script) => JSON.parse(script.textContent ?? '').strings as Record<string, string>);
		expect(pageStrings['trainer.rate.1']).toBeDefined();
		expect(pageStrings['trainer.settings.saved']).toBeUndefined();
		const settings = page.locator('[data-part="settings-panel"]');
		const summary = settings.locator('> summary');
		await summary.click();
		await expect(settings.getByRole('status').first()).toHaveText(/internet/);
		await expect(page.getByLabel('Günlük yeni kart sayısı')).toBeDisabled();
		fail = false;
		await summary.click();
		await summary.click();
		await expect(page.getByLabel('Günlük yeni kart sayısı')).toHaveValue('20');
		await page.getByLabel('Günlük yeni kart sayısı').fill('12');
		await page.getByLabel('Günlük yeni kart sayısı').press('Enter');
		await expect(page.locator('[data-part="settings-status"]')).toHaveText('Ayarlar kaydedildi.');
	});

	test("the deck table holds a new learner's counts, shown once the trainer has counted the learner's own", async ({ page }) => {
		const release = await holdTrainerScript(page);
		await page.goto('/en/practice/trainer/', { waitUntil: 'commit' });
		const counts = page.locator('tr[data-deck="all"] td[data-count]');
		await expect(counts).toHaveCount(3);
		const built = await counts.allTextContents();
		expect(built).toEqual([expect.stringMatching(/^[1-9]\d*$/), '0', '0']);
		await expect(counts.first()).toBeHidden();
		release();
		await expect(counts.first()).toBeVisible();
		expect(await counts.allTextContents()).toEqual(built);
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '1');
		await openTrainer(page, 'en');
		await expect(counts.nth(1)).toBeVisible();
		await expect(counts.nth(1)).toHaveText('1');
	});

	test('opened on a deck, the page says it is loading in the card\'s place, never shows the deck list, and shows the panels with the card', async ({ page }) => {
		const release = await holdTrainerScript(page);
		await page.goto('/en/practice/trainer/?deck=transfer-learning', { waitUntil: 'commit' });
		const opening = page.locator('.trainer-opening');
		await expect(opening).toBeVisible();
		await expect(opening).toHaveText('Loading your progress…');
		await expect(page.locator('[data-part="decks"]')).toBeHidden();
		await expect(page.locator('[data-part="stats"]')).toBeHidden();
		release();
		await expect(page.locator('.trainer-card')).toBeVisible();
		await expect(opening).toBeHidden();
		await expect(page.locator('[data-part="decks"]')).toBeHidden();
		await expect(page.locator('[data-part="stats"]')).toBeVisible();

		// A deck the page does not have: the deck list, with the reason.
		await page.goto('/en/practice/trainer/?deck=no-such-deck');
		await expect(page.locator('[data-part="decks"]')).toBeVisible();
		await expect(page.locator('[data-part="alert"]')).toContainText('no-such-deck');
		await expect(opening).toBeHidden();
	});

	for (const locale of ['en', 'tr'] as const) {
		test(`axe: no violations with a session running and statistics open; the charts follow a theme switch (${locale})`, async ({ page }) => {
			// The scripts' code as built (a response revalidated with 304 carries no body to read here).
			const scripts: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.push(readFileSync(join(mainDist, new URL(request.url()).pathname), 'utf8'));
			});
			// One locale starts dark and one light, so the charts are seen to follow a theme switch both ways.
			const [from, to] = locale === 'en' ? (['light', 'dark'] as const) : (['dark', 'light'] as const);
			await page.emulateMedia({ colorScheme: from });
			await openTrainer(page, locale, 'all');
			await answerByKeyboard(page, '3');
			await currentCard(page);
			expect(await axeViolations(page)).toEqual([]);
			// chart.js arrives only with the statistics.
			const chartJs = (code: string) => code.includes('Canvas is already in use');
			expect(scripts.some(chartJs)).toBe(false);
			await page.locator('[data-part="stats"] > summary').click();
			await expect(page.locator('[data-part="stats"] canvas').first()).toBeVisible();
			expect(scripts.some(chartJs)).toBe(true);
			await expectChartFollowsTheme(page, page.locator('[data-part="stats"] canvas').first(), to);
			await page.locator('[data-part="stats"] details > summary').first().click();
			await expect(page.locator('[data-part="stats"] table').first()).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
