import { expect, type Download, type Frame, type Locator, type Page } from '@playwright/test';

/** A page, or a frame of one (the site inside a course platform's player); keys go to the page. */
type Scope = Page | Frame;
const keyboardOf = (scope: Scope) => ('keyboard' in scope ? scope : scope.page()).keyboard;

/** Opens the trainer page, optionally on one deck, and waits until progress has loaded. */
export async function openTrainer(page: Page, locale: 'en' | 'tr', deck?: string): Promise<void> {
	await page.goto(`/${locale}/practice/trainer/${deck ? `?deck=${deck}` : ''}`);
	await expect(page.locator('[data-part="loading"]')).toBeHidden();
}

/** Holds the trainer's script back from the page until the returned function is called: the page as it is before the island runs. */
export async function holdTrainerScript(page: Page): Promise<() => void> {
	let release: () => void = () => undefined;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/Trainer\.astro_astro_type_script[^/]*\.js$/, async (route) => {
		await released;
		// Through any other route the test set (a site served from another server: trainer-course-store.spec.ts).
		await route.fallback();
	});
	return release;
}

/**
 * A lost connection, for a test that fails some of the page's requests while the browser stays online: before it says a
 * part needs the network, the page asks whether the site answers at all (a HEAD request for the page,
 * src/components/offline/load-failure.ts), and offline nothing does.
 */
export async function failSiteCheck(page: Page): Promise<void> {
	await page.route('**/*', (route) => (route.request().method() === 'HEAD' ? route.abort('internetdisconnected') : route.fallback()));
}

/** The decks the trainer page studies, as it fetches them (their file's address is in the page's data). */
export async function pageDecks<Card>(page: Page): Promise<{ cards: Card[] }[]> {
	const { decksUrl } = JSON.parse((await page.locator('trainer-app > script[type="application/json"]').textContent()) ?? '{}') as { decksUrl: string };
	return page.evaluate(async (url) => (await (await fetch(url)).json()) as { cards: Card[] }[], decksUrl);
}

export type CardKind = 'flashcard' | 'choice';

/** The card on screen: its key and kind. */
export async function currentCard(page: Scope): Promise<{ key: string; kind: CardKind }> {
	const card = page.locator('.trainer-card');
	await expect(card).toBeVisible();
	const key = (await card.getAttribute('data-key')) ?? '';
	const kind = (await card.locator('form').count()) > 0 ? 'choice' : 'flashcard';
	return { key, kind };
}

/**
 * Answers the card on screen by keyboard only: Space reveals a flashcard;
 * a choice gets Tab to its first option, Space to tick it, Enter to check.
 * Then the rating key (or Enter for the offered rating).
 */
export async function answerByKeyboard(page: Scope, rating: '1' | '2' | '3' | '4' | 'Enter' = '3'): Promise<{ key: string; kind: CardKind }> {
	const card = await showAnswerByKeyboard(page);
	const offered = page.locator('.trainer-rating.is-offered');
	const chosen = rating === 'Enter' ? offered : page.locator(`.trainer-rating[data-rating="${rating}"]`);
	// A wrong choice only allows Again: rate with what is allowed.
	const key = rating !== 'Enter' && (await chosen.isDisabled()) ? 'Enter' : rating;
	const answered = await page.locator('.trainer-card').elementHandle();
	await keyboardOf(page).press(key);
	// The answer is stored before the next card replaces this one.
	await answered?.waitForElementState('hidden');
	await expect(page.locator('[data-part="live"]')).toContainText(/Saved as|olarak kaydedildi/);
	return card;
}

/** Reveals a flashcard or checks a choice (first option ticked), by keyboard; leaves the rating buttons showing. */
export async function showAnswerByKeyboard(page: Scope): Promise<{ key: string; kind: CardKind }> {
	const card = await currentCard(page);
	await expect(page.locator('.trainer-card h3')).toBeFocused();
	if (card.kind === 'flashcard') {
		await keyboardOf(page).press('Space');
	} else {
		await keyboardOf(page).press('Tab');
		await keyboardOf(page).press('Space');
		await keyboardOf(page).press('Enter');
		await expect(page.locator('.trainer-feedback').first()).toBeVisible();
	}
	await expect(page.locator('.trainer-ratings')).toBeVisible();
	await expect(page.locator('.trainer-rating.is-offered')).toBeFocused();
	return card;
}

export async function openBackupPanel(page: Page): Promise<void> {
	const panel = page.locator('[data-part="backup"]');
	if (!(await panel.evaluate((details: HTMLDetailsElement) => details.open))) await panel.locator('> summary').click();
	await expect(panel.locator('[data-part="backup-body"] button').first()).toBeVisible();
}

export async function readDownload(download: Download): Promise<string> {
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Exports progress through the backup panel and returns the parsed file. */
export async function exportBackup(page: Page): Promise<{ cards: { key: string }[]; reviews: { id: string; key: string }[] }> {
	await openBackupPanel(page);
	const downloading = page.waitForEvent('download');
	await page.locator('[data-part="backup-body"] button').first().click();
	return JSON.parse(await readDownload(await downloading));
}

/** Clicks a button that downloads a file; returns the file's name and text. */
export async function downloadFrom(page: Page, button: string): Promise<{ name: string; text: string }> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const download = await downloading;
	return { name: download.suggestedFilename(), text: await readDownload(download) };
}

/**
 * Imports a file (given by contents, or by path for files over Playwright's 50 MB buffer limit) through the backup panel; returns the status line.
 * When the trainer first asks before replacing answers the file lacks, `replace` answers "Replace my progress"; without it the question is returned.
 */
export async function importFile(page: Page, file: { name: string; text: string } | string, { replace = false } = {}): Promise<string> {
	await openBackupPanel(page);
	const status = page.locator('.trainer-backup-status');
	await status.evaluate((element) => (element.textContent = ''));
	await page.getByLabel(/Backup file to import/).setInputFiles(
		typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) },
	);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	// The file is checked in a worker; the status says so (data-busy) until the outcome is in.
	await expect(page.locator('.trainer-backup-status:not([data-busy])')).toBeAttached({ timeout: 120_000 });
	const question = replaceQuestion(page);
	if (await question.isVisible()) {
		if (!replace) return (await question.locator('p').textContent()) ?? '';
		await question.getByRole('button', { name: 'Replace my progress' }).click();
	}
	await expect(page.locator('.trainer-backup-status:not([data-busy])')).not.toBeEmpty({ timeout: 120_000 });
	return (await status.textContent()) ?? '';
}

/** The question the backup panel asks before an import or a restore replaces answers the data lacks. */
export function replaceQuestion(page: Page): Locator {
	return page.locator('[data-part="backup-body"] .trainer-backup-row').filter({ has: page.getByRole('button', { name: 'Replace my progress' }) });
}
