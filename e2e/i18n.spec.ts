import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { arabicTranslations, fixtureLocale, newChapter, removedTurkishLesson, statusReportFile } from '../scripts/fixture-site.mjs';
import { locales } from '../src/lib/locales';
import { siteIdentity } from '../src/site.config';
import { axeViolations, expect, test } from './fixtures';
import { expectPhoneLayout } from './layout-checks';
import { fixtureUrl } from './servers';
import { currentCard, showAnswerByKeyboard } from './trainer-helpers';

/**
 * The translator workflow on the fixture build (scripts/fixture-site.mjs):
 * a copy of the site with Arabic added from files alone, partly translated,
 * and one Turkish lesson removed. The expected gaps are worked out here from
 * the English files themselves, independently of the status tool.
 */

interface ReportItem {
	kind: string;
	locale: string;
	id: string;
	state: string;
	missingFields?: string[];
}
interface Report {
	locales: { locale: string; items: ReportItem[] }[];
}

const ar = (path: string) => `${fixtureUrl}ar/${path}`;

function jsonKeys(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.flatMap((name) => Object.keys(JSON.parse(readFileSync(join(dir, name), 'utf8')) as object));
}

function lessonIds(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return lessonIds(dir, path);
		if (!/\.mdx?$/.test(entry.name) || entry.name.startsWith('_')) return [];
		return [path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')];
	});
}

/** Chapter folders of English, by their label files. */
function chapterIds(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && readdirSync(join(dir, entry.name)).includes('chapter.yaml'))
		.map((entry) => entry.name);
}

/** The concepts whose scenario cards are generated in each language (src/lib/scenarios/<concept>-en.ts). */
function scenarioConcepts(): string[] {
	return readdirSync('src/lib/scenarios')
		.filter((name) => /^[a-z-]+-en\.ts$/.test(name))
		.map((name) => name.slice(0, -'-en.ts'.length));
}

/** Every deck's own texts and every card with texts in English, as `card <deck>` and `card <deck>/<card>`. */
function cardItems(): string[] {
	return readdirSync('quizzes', { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap(({ name: deck }) => {
			const texts = parseYaml(readFileSync(join('quizzes', deck, 'en.yaml'), 'utf8')) as Record<string, unknown> & { cards?: Record<string, object> };
			const own = ['title', 'description', 'glossaryPrompts'].some((field) => texts[field] !== undefined) ? [`card ${deck}`] : [];
			return [...own, ...Object.keys(texts.cards ?? {}).map((card) => `card ${deck}/${card}`)];
		});
}

/** Everything English offers, as "<kind> <id>". */
function englishItems(): string[] {
	const glossary = parseYaml(readFileSync('content/glossary/en.yaml', 'utf8')) as { id: string }[];
	return [
		...jsonKeys('src/i18n/en').map((key) => `ui ${key}`),
		...[...chapterIds('content/en'), newChapter.id].map((id) => `chapter ${id}`),
		...[...lessonIds('content/en'), newChapter.lesson].map((id) => `lesson ${id}`),
		...glossary.map((entry) => `glossary ${entry.id}`),
		...cardItems(),
		`card ${newChapter.id}`,
		`card ${newChapter.id}/why`,
		...scenarioConcepts().map((concept) => `scenario ${concept}`),
	];
}

function expectedArabicGaps(): string[] {
	const translatedKeys = Object.values(arabicTranslations.ui).flatMap((strings) => Object.keys(strings).map((key) => `ui ${key}`));
	const chapters = Object.keys(arabicTranslations.chapters).map((id) => `chapter ${id}`);
	const done = new Set([...translatedKeys, ...chapters, ...arabicTranslations.current, ...arabicTranslations.outdated, 'lesson strategies/other-strategies']);
	return [
		...englishItems()
			.filter((item) => !done.has(item))
			.map((item) => `missing ${item}`),
		...arabicTranslations.outdated.map((item) => `outdated ${item}`),
	].sort();
}

const gaps = (items: readonly ReportItem[]) =>
	items
		.filter((item) => item.state !== 'current')
		.map((item) => `${item.state} ${item.kind} ${item.id}`)
		.sort();

async function fixtureReport(request: import('@playwright/test').APIRequestContext) {
	const response = await request.get(`${fixtureUrl}${statusReportFile}`);
	expect(response.ok()).toBe(true);
	return (await response.json()) as { report: Report; table: string; strictExitCode: number; strictVerdict: string; strictArabicExitCode: number; renamedBuild: { exitCode: number; output: string } };
}

test.describe('a locale added from files alone (fixture: Arabic)', () => {
	test('builds right to left, with chapter labels from its chapter.yaml files and the English site title', async ({ page }) => {
		await page.goto(ar('strategies/introduction/'));
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', fixtureLocale.lang);
		const sidebar = page.locator('#starlight__sidebar');
		for (const label of Object.values(arabicTranslations.chapters)) await expect(sidebar.getByText(label, { exact: true })).toBeVisible();
		// The header shows the full title on wide screens, the short one on phones (both English here).
		await expect(page.locator('.site-title')).toHaveText(siteIdentity.title['en']!, { useInnerText: true });
		await page.setViewportSize({ width: 360, height: 640 });
		await expect(page.locator('.site-title')).toHaveText(siteIdentity.shortTitle['en']!, { useInnerText: true });
	});

	test('the 404 page has a message in the new locale, from its UI strings', async ({ page }) => {
		await page.goto(`${fixtureUrl}ar/does-not-exist/`);
		const message = page.locator(`p[lang="${fixtureLocale.lang}"][dir="rtl"]`);
		await expect(message.getByRole('link', { name: arabicTranslations.ui['site.json']['notFound.home'] })).toHaveAttribute('href', '/ar/');
	});

	test('an untranslated lesson shows the English text, marked as English, with a notice', async ({ page }) => {
		await page.goto(ar('strategies/transfer-learning/'));
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByText('هذا المحتوى غير متوفر بلغتك بعد.')).toBeVisible();
		await expect(page.locator('.main-frame [lang="en"][dir="ltr"]').first()).toBeVisible();
		await expect(page.locator('h1')).toHaveText('Transfer learning');
	});

	test('a translated lesson has no notice', async ({ page }) => {
		await page.goto(ar('strategies/introduction/'));
		await expect(page.locator('h1')).toHaveText('مقدمة الفصل');
		await expect(page.getByText('هذا المحتوى غير متوفر بلغتك بعد.')).toHaveCount(0);
	});

	test('the glossary shows the Arabic term where there is one, English with a notice elsewhere', async ({ page }) => {
		await page.goto(ar('glossary/'));
		await expect(page.locator('h3#fine-tuning')).toHaveText('الضبط الدقيق');
		const untranslated = page.locator('.glossary-entry', { has: page.locator('h3#transfer-learning') });
		await expect(untranslated.locator('h3')).toHaveAttribute('lang', 'en');
		await expect(untranslated.locator('.glossary-entry__notice')).toBeVisible();
	});
});

test('a card answered in Arabic keeps its progress in English; a partly translated card says so', async ({ page }) => {
	const deckRow = page.locator('tr[data-deck="transfer-learning"]');
	await page.goto(`${fixtureUrl}en/practice/trainer/`);
	await expect(page.locator('[data-part="loading"]')).toBeHidden();
	const newBefore = Number(await deckRow.locator('[data-count="new"]').textContent());
	await page.goto(ar('practice/trainer/'));
	await deckRow.getByRole('button').click();
	const card = page.locator('article.trainer-card');
	await expect(card).toHaveAttribute('data-key', 'transfer-learning/definition');
	await expect(card.getByRole('note')).toHaveCount(0);
	await page.keyboard.press('Space');
	// The next intervals in the locale's language tag (ar-EG: Arabic-Indic digits), not its code ('ar': Latin digits).
	await expect(page.locator('.trainer-ratings')).toBeVisible();
	const intervals = (await page.locator('.trainer-interval').allInnerTexts()).join(' ');
	expect(intervals).toMatch(/[٠-٩]/);
	expect(intervals).not.toMatch(/[0-9]/);
	await page.keyboard.press('3');
	await expect(card).toHaveAttribute('data-key', 'transfer-learning/general-features');
	await expect(card.getByRole('note')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.goto(`${fixtureUrl}en/practice/trainer/`);
	await expect(deckRow.locator('[data-count="new"]')).toHaveText(String(newBefore - 1));
	await expect(deckRow.locator('[data-count="learning"]')).toHaveText('1');
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

	test('an Arabic card and its revealed answer fit, right to left', async ({ page }) => {
		await page.goto(ar('practice/trainer/'));
		await page.locator('tr[data-deck="transfer-learning"]').getByRole('button').click();
		await currentCard(page);
		await expectPhoneLayout(page, 'an Arabic card');
		await showAnswerByKeyboard(page);
		await expect(page.locator('.trainer-card [data-part="answer-start"]')).toBeInViewport();
		await expect(page.locator('.trainer-ratings')).toBeInViewport({ ratio: 1 });
		await expectPhoneLayout(page, 'its answer');
	});
});

test.describe('translation status of the fixture', () => {
	test('npm run i18n:status lists exactly the missing, outdated and orphaned pieces; --strict checks the complete locales, --strict ar the one in progress', async ({ request }) => {
		const { report, table, strictExitCode, strictVerdict, strictArabicExitCode } = await fixtureReport(request);
		const arabic = report.locales.find((l) => l.locale === 'ar')!;
		expect(gaps(arabic.items)).toEqual(expectedArabicGaps());
		const [partial] = arabicTranslations.partial;
		expect(arabic.items.find((item) => `${item.kind} ${item.id}` === partial)?.missingFields?.length).toBeGreaterThan(0);

		const turkish = report.locales.find((l) => l.locale === 'tr')!;
		const removed = removedTurkishLesson.replace(/^content\/tr\//, '').replace(/\.mdx?$/, '');
		// Only what the fixture changed: whether Turkish texts are stamped or behind English depends on the day's edits.
		expect(gaps(turkish.items).filter((gap) => /^(missing|orphaned) /.test(gap))).toEqual([`missing lesson ${removed}`]);

		// Turkish, complete but for the removed lesson, fails; Arabic, in progress, is checked only when named.
		expect(strictExitCode).toBe(1);
		expect(strictVerdict).toMatch(/left to do: tr$/);
		expect(strictArabicExitCode).toBe(1);
		expect(table).toMatch(/^ar +lessons and pages +\d+ +\d+ +1 +0 +0$/m);
	});

	test('a translation saved under a name English does not have stops the build, which names the file to rename it to', async ({ request }) => {
		const { renamedBuild } = await fixtureReport(request);
		expect(renamedBuild.exitCode).toBe(1);
		expect(renamedBuild.output).toContain(`${arabicTranslations.renamed.from}:1\n`);
		expect(renamedBuild.output).toContain(`rename this file to ${arabicTranslations.renamed.to}`);
		expect(renamedBuild.output).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n|Stack trace/);
	});

	for (const locale of ['en', 'ar']) {
		test(`the status page (${locale}) shows the same items as the command line`, async ({ page, request }) => {
			const { report } = await fixtureReport(request);
			await page.goto(`${fixtureUrl}${locale}/translation-status/`);
			const rows = await page.locator('[data-status-item]').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-status-item')!));
			const fromPage = rows.map((row) => row.split(' ')).map(([rowLocale, state, kind, id]) => `${rowLocale} ${state} ${kind} ${id}`);
			const fromReport = report.locales.flatMap(({ locale: l, items }) => gaps(items).map((gap) => `${l} ${gap}`));
			expect(fromPage.sort()).toEqual(fromReport.sort());
			// Strings Arabic has not translated name languages in English, marked as English; on the English page nothing is marked.
			const namingHeadings = [page.locator('thead th', { hasText: /^Items in / }), page.locator('#i18n-status-ar')];
			await expect(namingHeadings[0]!).toHaveText('Items in English');
			await expect(namingHeadings[1]!).toHaveText(`${new Intl.DisplayNames(['en'], { type: 'language' }).of(fixtureLocale.lang)} (translation in progress)`);
			for (const heading of namingHeadings) {
				if (locale === 'ar') await expect(heading).toHaveAttribute('lang', 'en');
				else await expect(heading).not.toHaveAttribute('lang');
			}
			const arabicLessons = page.locator('tr[data-locale="ar"][data-kind="lesson"]');
			const lang = [...locales, fixtureLocale].find((each) => each.code === locale)!.lang;
			await expect(arabicLessons.locator('[data-state="outdated"]')).toHaveText(new Intl.NumberFormat(lang).format(1));
		});
	}
});

test('the status page opens a list by keyboard, with no axe violations; every list fits a phone', async ({ page }) => {
	await page.goto(ar('translation-status/'));
	const lessons = page.locator('#i18n-status-ar ~ details', { has: page.locator('[data-status-item^="ar outdated lesson"]') });
	await lessons.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(lessons.locator('[data-status-item="ar outdated lesson strategies/introduction"]')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// On a phone, every list open, in both directions.
	await page.setViewportSize({ width: 360, height: 640 });
	for (const locale of ['tr', 'ar']) {
		await page.goto(`${fixtureUrl}${locale}/translation-status/`);
		await page.locator('.i18n-status__locale details').evaluateAll((lists: HTMLDetailsElement[]) => lists.forEach((list) => (list.open = true)));
		await expectPhoneLayout(page, `/${locale}/translation-status/ with every list open`);
	}
});

test.describe('Arabic pages have no axe violations and fit a 360 px phone', () => {
	for (const path of ['', 'strategies/transfer-learning/', 'translation-status/', 'glossary/', 'practice/lab/', 'practice/trainer/']) {
		test(`/ar/${path}`, async ({ page }) => {
			const response = await page.goto(ar(path));
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			// On the trainer page, checked once its deck list has replaced the loading line.
			await expect(page.locator('[data-part="loading"]')).toBeHidden();
			expect(await axeViolations(page)).toEqual([]);
			await page.setViewportSize({ width: 360, height: 640 });
			await expectPhoneLayout(page, `/ar/${path}`);
		});
	}
});
