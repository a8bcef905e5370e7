import { expect, test, axeViolations } from './fixtures';
import { englishInterfaceStrings, phrasesIn } from './english-ui';
import { builtPages, mainDist } from './pages';
import { fixtureUrl } from './servers';
import { searchFor } from './search-helpers';

const lesson = 'strategies/transfer-learning/';

/** Waits until Starlight's search can open (its button is enabled) and Pagefind has rendered its field. */
test.describe('language', () => {
	test('the language switch keeps the page, by keyboard', async ({ page }) => {
		await page.goto(`/en/${lesson}`);
		const select = page.locator('starlight-lang-select select').first();
		await select.focus();
		await select.selectOption({ label: 'Türkçe' });
		await expect(page).toHaveURL(new RegExp(`/tr/${lesson}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
	});

	test('no English interface text on any Turkish page', async ({ page }) => {
		const english = englishInterfaceStrings('tr');
		const pages = builtPages(mainDist, 'tr');
		expect(pages.length).toBeGreaterThan(5);
		for (const path of pages) {
			await page.goto(path);
			const text = await page.evaluate(() => {
				// Passages marked as another language (say, the English title of a cited work) are content, not interface.
				for (const foreign of document.querySelectorAll('body [lang]:not([lang="tr"])')) foreign.remove();
				// So is code: `training=True` in a lesson is Python, not an untranslated button label.
				for (const code of document.querySelectorAll('.sl-markdown-content code')) code.remove();
				const attributes = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((el) =>
					['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
				);
				return `${document.body.innerText}\n${document.title}\n${attributes.join('\n')}`;
			});
			expect(phrasesIn(text, english), `English interface text on ${path}`).toEqual([]);
		}
	});

	test('the Turkish search dialog and its result lines are Turkish, and a Turkish query finds Turkish lessons', async ({ page }) => {
		await page.goto('/tr/');
		const hrefs = await searchFor(page, 'sönümleme');
		expect(hrefs.every((href) => href.startsWith('/tr/'))).toBe(true);
		const dialogText = await page.locator('dialog').innerText();
		expect(dialogText).toMatch(/sönümleme için \d+ sonuç/);
		expect(phrasesIn(dialogText, englishInterfaceStrings('tr'))).toEqual([]);
	});

	test('last-updated dates are written in the page locale', async ({ page }) => {
		for (const locale of ['en', 'tr']) {
			await page.goto(`/${locale}/${lesson}`);
			const time = page.locator('footer time');
			const iso = await time.getAttribute('datetime');
			expect(iso).toBeTruthy();
			const expected = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso!));
			await expect(time).toHaveText(expected);
		}
	});

	test('a lesson missing in Turkish falls back to English with a visible notice', async ({ page }) => {
		await page.goto(`${fixtureUrl}tr/strategies/other-strategies/`);
		await expect(page.getByText('Bu içerik henüz dilinizde mevcut değil.')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
	});
});

test.describe('root redirect', () => {
	for (const [browserLocale, expected] of [
		['tr-TR', '/tr/'],
		['de-DE', '/en/'],
		['en-GB', '/en/'],
	] as const) {
		test(`a visitor whose browser prefers ${browserLocale} lands on ${expected}`, async ({ browser }) => {
			const context = await browser.newContext({ locale: browserLocale });
			const page = await context.newPage();
			await page.goto('/');
			await expect(page).toHaveURL(new RegExp(`${expected}$`));
			await context.close();
		});
	}

	test('without JavaScript, / offers one plain link per locale', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
		await expect(page.getByRole('link', { name: 'Türkçe' })).toHaveAttribute('href', '/tr/');
		await context.close();
	});

	test('the links page of / has no axe violations', async ({ page }) => {
		// Serve / without its scripts so it stays put (as without JavaScript); axe itself needs JavaScript.
		await page.route('/', async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
			await route.fulfill({ response, body });
		});
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('keyboard', () => {
	test('skip link, sidebar and pagination work by keyboard', async ({ page }) => {
		await page.goto(`/tr/${lesson}`);
		await page.keyboard.press('Tab');
		const skip = page.locator('a[href="#_top"]').first();
		await expect(skip).toBeFocused();
		await expect(skip).toHaveText('İçeriğe geç');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#_top$/);
		const next = page.locator('.pagination-links a[rel="next"]');
		await next.focus();
		const target = await next.getAttribute('href');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${target}$`));
		const sidebarLink = page.locator('#starlight__sidebar a[aria-current="page"]');
		await expect(sidebarLink).toHaveAttribute('href', target!);
	});
});

test.describe('print', () => {
	test('a lesson prints without sidebar, header or search, with link targets shown', async ({ page }) => {
		await page.goto(`/en/${lesson}`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header.header', '#starlight__sidebar', 'site-search-on-demand', '.right-sidebar-container']) {
			const displays = await page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el).display));
			expect(displays.length, `${selector} on the page`).toBeGreaterThan(0);
			expect(displays.every((d) => d === 'none'), `${selector} hidden in print`).toBe(true);
		}
		const externalAfter = await page
			.locator('.sl-markdown-content a[href^="http"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(externalAfter).toContain('http');
	});
});

test.describe('accessibility', () => {
	// Lessons: e2e/exercises.spec.ts runs axe on every lesson, in both themes, with a solution open; the glossary: e2e/glossary.spec.ts;
	// the lab page, with results and in Turkish: e2e/lab.spec.ts.
	const pageTypes = ['', 'practice/trainer/'];
	for (const locale of ['en', 'tr']) {
		for (const path of pageTypes) {
			test(`axe finds nothing on /${locale}/${path}`, async ({ page }) => {
				const response = await page.goto(`/${locale}/${path}`);
				expect(response?.status()).toBe(200);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}

	test('axe finds nothing on the 404 page and the open search dialog', async ({ page }) => {
		await page.goto('/tr/does-not-exist/');
		expect(await axeViolations(page)).toEqual([]);
		await page.goto('/tr/');
		await searchFor(page, 'ince ayar');
		expect(await axeViolations(page)).toEqual([]);
	});
});
