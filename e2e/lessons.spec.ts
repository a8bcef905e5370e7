import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The chapter's lessons and home pages, in both locales: each lesson renders
 * with its title, sections, references, math and figures, and both
 * languages share the same section ids so links and quiz cards can target a
 * section in either language.
 */
interface Lesson {
	path: string;
	title: Record<'en' | 'tr', string>;
	hasMath: boolean;
	figures: number;
}

const lessons: Lesson[] = [
	{ path: 'strategies/introduction/', title: { en: 'Introduction to the chapter', tr: 'Bölüme giriş' }, hasMath: false, figures: 1 },
	{ path: 'strategies/transfer-learning/', title: { en: 'Transfer learning', tr: 'Öğrenme aktarması' }, hasMath: false, figures: 2 },
	{ path: 'strategies/transfer-learning-today/', title: { en: 'Transfer learning today', tr: 'Günümüzde öğrenme aktarması' }, hasMath: true, figures: 1 },
	{ path: 'strategies/other-strategies/', title: { en: 'Other strategies', tr: 'Diğer stratejiler' }, hasMath: true, figures: 2 },
	{ path: 'regularization/', title: { en: 'Regularization', tr: 'Düzenlileştirme' }, hasMath: true, figures: 2 },
];
const locales = ['en', 'tr'] as const;
/** Lesson figures are Markdown images, which render as `p > img` (embedded components are not figures). */
const lessonFigures = '.sl-markdown-content p > img';

/** Ids of the lesson's own h2/h3 headings, in page order. */
function sectionIds(page: Page): Promise<string[]> {
	return page.locator('.sl-markdown-content :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
}

/** External links in the list that follows the References heading. */
function referenceLinks(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const heading = document.querySelector('.sl-markdown-content h2#references');
		if (!heading) return [];
		// Starlight wraps headings in a div that carries the anchor link.
		let node = heading.closest('.sl-heading-wrapper') ?? heading;
		while (node.nextElementSibling && node.nextElementSibling.tagName !== 'UL') node = node.nextElementSibling;
		const list = node.nextElementSibling;
		return list ? [...list.querySelectorAll('a')].map((a) => a.href).filter((h) => h.startsWith('https://')) : [];
	});
}

interface LoadedImage {
	src: string;
	alt: string;
	width: number;
}

/** Scrolls each image into view (they load lazily) and reports src, alt and decoded width. */
async function loadedImages(page: Page, selector: string): Promise<LoadedImage[]> {
	const images = page.locator(selector);
	const count = await images.count();
	const result: LoadedImage[] = [];
	for (let i = 0; i < count; i++) {
		const image = images.nth(i);
		await image.scrollIntoViewIfNeeded();
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		result.push(
			await image.evaluate((img: HTMLImageElement) => ({ src: img.src, alt: img.alt.trim(), width: img.naturalWidth })),
		);
	}
	return result;
}

for (const lesson of lessons) {
	test(`${lesson.path} renders in each locale (title, sections, references${lesson.hasMath ? ', math' : ''}, figures with alt text), with the same section ids and figures drawn for each language`, async ({ page }) => {
		const seen: Record<string, { ids: string[]; figures: LoadedImage[] }> = {};
		for (const locale of locales) {
			const response = await page.goto(`/${locale}/${lesson.path}`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('h1')).toHaveText(lesson.title[locale]);
			const ids = await sectionIds(page);
			expect(ids.length).toBeGreaterThan(1);
			expect(await referenceLinks(page)).not.toEqual([]);
			const content = page.locator('.sl-markdown-content');
			await expect(content).not.toContainText('$$');
			if (lesson.hasMath) {
				await expect(content.locator('math[display="block"]').first()).toBeVisible();
				expect(await content.locator('math').count()).toBeGreaterThan(1);
			}
			const figures = await loadedImages(page, lessonFigures);
			expect(figures).toHaveLength(lesson.figures);
			for (const figure of figures) {
				expect(figure.alt.length, figure.src).toBeGreaterThan(20);
				expect(figure.width, figure.src).toBeGreaterThan(0);
			}
			seen[locale] = { ids, figures };
		}
		expect(seen.tr!.ids).toEqual(seen.en!.ids);
		seen.tr!.figures.forEach((figure, i) => {
			expect(figure.src).not.toBe(seen.en!.figures[i]?.src);
			expect(figure.alt).not.toBe(seen.en!.figures[i]?.alt);
		});
	});
}

for (const locale of locales) {
	test(`the transfer-learning lesson in ${locale} ends by sending the reader to the lab and the trainer`, async ({ page }) => {
		await page.goto(`/${locale}/strategies/transfer-learning/`);
		const tryIt = page.locator('h2#try-it');
		await expect(tryIt).toBeVisible();
		const links = await page.evaluate(() => {
			const heading = document.querySelector('h2#try-it')!;
			const hrefs: string[] = [];
			for (let node = (heading.closest('.sl-heading-wrapper') ?? heading).nextElementSibling; node; node = node.nextElementSibling) {
				if (node.matches('.sl-heading-wrapper, h2')) break;
				hrefs.push(...[...node.querySelectorAll('a')].map((a) => new URL(a.href).pathname));
			}
			return hrefs;
		});
		expect(links).toEqual(expect.arrayContaining([`/${locale}/practice/lab/`, `/${locale}/practice/trainer/`]));
	});

	test(`lesson links in ${locale} lead to lessons of the same locale`, async ({ page }) => {
		await page.goto(`/${locale}/strategies/transfer-learning/`);
		await page.locator('.sl-markdown-content a[href$="/regularization/#dropout"]').first().click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/regularization/#dropout$`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
	});

	test(`the ${locale} home page says where to start: read, drill, experiment`, async ({ page }) => {
		await page.goto(`/${locale}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toEqual(
			expect.arrayContaining([
				`/${locale}/strategies/introduction/`,
				`/${locale}/practice/trainer/`,
				`/${locale}/practice/lab/`,
			]),
		);
		const hero = await loadedImages(page, '.hero img');
		expect(hero).toHaveLength(1);
		expect(hero[0]!.alt.length).toBeGreaterThan(20);
		await page.locator('.hero .sl-link-button').first().click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/strategies/introduction/$`));
	});
}
