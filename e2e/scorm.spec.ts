import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { crawl } from './crawl';
import { CONTENT_PATH, startPlatform, unpack, type Platform } from './scorm-platform/platform';
import { answerByKeyboard } from './trainer-helpers';
import { mainDist } from './pages';

/**
 * The SCORM packages (`npm run package:scorm`) on a stand-in course
 * platform (e2e/scorm-platform: scorm-again in a player page that frames
 * the package, unpacked at a deep path as Moodle serves it).
 */
type Version = '1.2' | '2004';
const zipOf = (version: Version) => `dist-scorm/transfer-learning-trainer-scorm${version.replace('.', '')}.zip`;
/** Each test worker unpacks for itself: a worker that unpacked into another's folder removed files under its running tests. */
let worker = 0;
const unpacked = (version: Version) => `.tmp/scorm-e2e/worker-${worker}/${version}`;
const launches: Record<string, string> = {};
const platforms: Partial<Record<Version, Platform>> = {};

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

test.beforeAll(async ({}, workerInfo) => {
	worker = workerInfo.workerIndex;
	for (const version of ['1.2', '2004'] as const) {
		launches[version] = unpack(zipOf(version), unpacked(version));
		platforms[version] = await startPlatform(unpacked(version), launches[version]!);
	}
});
test.afterAll(async () => {
	for (const platform of Object.values(platforms)) await platform.close();
});

/** The site's frame inside the launch page inside the player. */
async function siteFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().length).toBe(3);
	const frame = page.frames()[2]!;
	// The launch page sends this frame to the course's first page; a test that navigates it sooner can be overtaken by that.
	await expect.poll(() => frame.url()).toContain(CONTENT_PATH);
	await frame.waitForLoadState('load');
	await expect(frame.locator('button[data-open-modal]')).toBeVisible();
	return frame;
}

/** The course frame fills the launch page, which the player sizes to the window: it once kept a frame's default 300×150 at every size. */
async function expectCourseFillsWindow(page: Page): Promise<void> {
	const viewport = page.viewportSize()!;
	const box = await page.frames()[1]!.evaluate(() => document.querySelector('#course > iframe')!.getBoundingClientRect().toJSON() as DOMRect);
	expect(Math.abs(box.width - viewport.width), `${box.width}×${box.height} in ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(4);
	expect(Math.abs(box.height - viewport.height), `${box.width}×${box.height} in ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(4);
}

/** The platform's record of one API method's calls. */
const calls = (page: Page) => page.evaluate(() => (window as unknown as { scormCalls: { method: string; args: string[]; result: string; at: number }[] }).scormCalls);

test.describe('the packages', () => {
	test('both zips hold the same site, every file the manifest lists, and nothing the manifest does not', () => {
		const site = (version: Version) => filesUnder(unpacked(version)).filter((f) => !/\.(xsd|dtd)$|^imsmanifest\.xml$|^metadata\.xml$/.test(f)).sort();
		expect(site('1.2')).toEqual(site('2004'));
		for (const version of ['1.2', '2004'] as const) {
			const manifest = readFileSync(join(unpacked(version), 'imsmanifest.xml'), 'utf8');
			const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)).sort();
			expect(listed).toEqual(site(version));
			expect(launches[version]).toBe('course-launch/index.html');
		}
	});

	test('every page and asset loads from a deep path chosen by the platform, and nothing points outside it', async ({ request }) => {
		const platform = platforms['1.2']!;
		const start = `${platform.url}${CONTENT_PATH}`;
		const fromRoot = await crawl(request, start, CONTENT_PATH);
		const fromLaunch = await crawl(request, `${start}course-launch/`, CONTENT_PATH);
		expect([...fromRoot.broken, ...fromLaunch.broken]).toEqual([]);
		expect(fromRoot.pages).toBeGreaterThan(15);
	});
});

test.describe('inside the platform', () => {
	test('search finds lessons, and its results open inside the package; axe finds nothing in the framed course; the course fills the window; a link to another site opens in a new tab', async ({ page }) => {
		const platform = platforms['1.2']!;
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// Sites such as arxiv.org refuse to be framed: followed in the course's frame, one left an error page where the course was.
		await page.context().route(/^https:\/\/arxiv\.org\//, (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/html', 'x-frame-options': 'DENY' }, body: '<title>arXiv</title>' }));
		await page.goto(platform.playerUrl('1.2'));
		const site = await siteFrame(page);
		await expectCourseFillsWindow(page);
		await expect.poll(() => site.url()).toMatch(new RegExp(`${CONTENT_PATH}en/$`));
		// Two page-level rules judge the top document, the stand-in player, which is the platform's and not ours.
		const axe = await new AxeBuilder({ page }).disableRules(['landmark-one-main', 'page-has-heading-one']).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await site.locator('button[data-open-modal]').click();
		await site.locator('#starlight__search input').fill('fine-tuning');
		const result = site.locator('.pagefind-ui__result-link').first();
		// The first search loads Pagefind's runtime, wasm, index and result fragments: slow on a busy machine.
		await expect(result).toBeVisible({ timeout: 30_000 });
		expect(await result.getAttribute('href')).toMatch(new RegExp(`^${CONTENT_PATH}en/`));
		expect(platform.misses).toEqual([]);

		await page.setViewportSize({ width: 360, height: 640 });
		await expectCourseFillsWindow(page);
		const lesson = `${platform.url}${CONTENT_PATH}en/strategies/transfer-learning/`;
		await site.goto(lesson);
		const outside = site.locator('main a[href^="https://arxiv.org/"]').first();
		const [tab] = await Promise.all([page.context().waitForEvent('page', { timeout: 10_000 }), outside.click()]);
		await expect(tab).toHaveURL(/^https:\/\/arxiv\.org\//);
		expect(await tab.evaluate(() => window.opener)).toBeNull();
		expect(site.url()).toBe(lesson);
		expect(page.frames()).toHaveLength(3);
		// Should the frame still reach another origin, the launch page reads nothing it may not (that once threw on Location).
		await site.goto('https://arxiv.org/abs/1411.1792').catch(() => undefined);
		await page.frames()[1]!.evaluate(() => new Promise(requestAnimationFrame));
		expect(errors).toEqual([]);
	});

	test('the lab runs with the engine, wasm and model from the package', async ({ page }) => {
		test.setTimeout(240_000);
		const platform = platforms['1.2']!;
		await page.goto(platform.playerUrl('1.2'));
		const site = await siteFrame(page);
		// The smallest run that still needs the engine, its wasm and the pretrained model: ten images, the linear probe.
		await site.goto(`${platform.url}${CONTENT_PATH}en/practice/lab/?task=letters&amounts=10&methods=linear-probe`);
		const lab = site.locator('transfer-lab').first();
		await lab.locator('[data-part="run"]').click();
		await expect(lab).toHaveAttribute('data-run-count', '1', { timeout: 200_000 });
		expect(await lab.getAttribute('data-state')).toBe('done');
		expect(platform.misses).toEqual([]);
	});

	test('a trainer session is stored on the platform’s origin and is there after a relaunch', async ({ page }) => {
		const platform = platforms['1.2']!;
		await page.goto(platform.playerUrl('1.2'));
		let site = await siteFrame(page);
		await site.goto(`${platform.url}${CONTENT_PATH}en/practice/trainer/`);
		await expect(site.locator('[data-part="loading"]')).toBeHidden();
		const all = site.locator('[data-deck="all"]');
		await all.getByRole('button').click();
		await answerByKeyboard(site, '3');
		await answerByKeyboard(site, '3');
		await page.reload();
		site = await siteFrame(page);
		await expect.poll(() => site.url()).toMatch(new RegExp(`${CONTENT_PATH}en/practice/trainer/$`));
		await expect(site.locator('[data-part="loading"]')).toBeHidden();
		await expect(site.locator('[data-deck="all"] [data-count="learning"]')).toHaveText('2');
	});
});

const NAMES = {
	'1.2': { initialize: 'LMSInitialize', set: 'LMSSetValue', commit: 'LMSCommit', terminate: 'LMSFinish', status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', time: 'cmi.core.session_time', exit: 'cmi.core.exit', timeFormat: /^\d{4}:\d{2}:\d{2}\.\d{2}$/ },
	'2004': { initialize: 'Initialize', set: 'SetValue', commit: 'Commit', terminate: 'Terminate', status: 'cmi.completion_status', raw: 'cmi.score.raw', time: 'cmi.session_time', exit: 'cmi.exit', timeFormat: /^PT(\d+H)?(\d+M)?[\d.]+S$/ },
} as const;

/** Seconds in a SCORM 1.2 timespan (`0000:01:02.50`) or a 2004 duration (`PT1M2.5S`). */
function secondsOf(duration: string): number {
	const [, h = '0', m = '0', s = '0'] = /^(\d+):(\d+):([\d.]+)$/.exec(duration) ?? /^PT(?:(\d+)H)?(?:(\d+)M)?([\d.]+)S$/.exec(duration) ?? [];
	return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** What the launch page decided at build time: the course's lessons and the cards of the completion rule's decks. */
async function outlineOf(page: Page): Promise<{ lessons: string[]; deckCards: Record<string, string[]> }> {
	await expect.poll(() => page.frames().length).toBeGreaterThanOrEqual(2);
	return page.frames()[1]!.evaluate(() => JSON.parse(document.getElementById('course-outline')!.textContent!));
}

/** Leaves the course as a platform does when the learner closes it: the launch page goes away. */
async function closeCourse(page: Page): Promise<void> {
	await page.evaluate(() => document.getElementById('sco')!.remove());
}

for (const version of ['1.2', '2004'] as const) {
	test(`SCORM ${version}: a learner's lessons and study reach the platform as the documented rule says, and survive a relaunch`, async ({ page }) => {
		test.setTimeout(240_000);
		const names = NAMES[version];
		const platform = platforms[version]!;
		const stored = platform.stored[version]!;
		await page.goto(platform.playerUrl(version));
		const outline = await outlineOf(page);
		let site = await siteFrame(page);
		await expectCourseFillsWindow(page);

		// Every lesson: set as progress, never committed for a page view alone.
		for (const lesson of outline.lessons) await site.goto(`${platform.url}${CONTENT_PATH}en/${lesson}/`);
		await expect.poll(async () => (await calls(page)).filter((c) => c.method === names.set && c.args[0] === 'cmi.suspend_data').at(-1)?.args[1]).toMatch(new RegExp(`^1\\|[0-9a-z]{${4 * outline.lessons.length}}\\|$`));
		expect((await calls(page)).filter((c) => c.method === names.commit)).toEqual([]);

		// Part of the rule's deck: the score is the share of its cards recalled now, and the course is not complete yet.
		// Answered Easy where the first option is right, Again (all a wrong choice allows) where it is not: a card
		// answered Again is not recalled, however recent the answer (it was reported as recalled for a whole day).
		const deckCards = outline.deckCards['transfer-learning']!;
		await site.goto(`${platform.url}${CONTENT_PATH}en/practice/trainer/?deck=transfer-learning`);
		const recalled = new Set<string>();
		const forgotten = new Set<string>();
		const answer = async () => {
			const { key } = await answerByKeyboard(site, '4');
			const saved = (await site.locator('[data-part="live"]').textContent()) ?? '';
			(/Saved as Again/.test(saved) ? forgotten : recalled).add(key);
		};
		for (let i = 0; i < 5; i++) await answer();
		await expect.poll(() => stored[names.raw], { timeout: 20_000 }).toBe(String(Math.round((recalled.size / deckCards.length) * 100)));
		expect(stored[names.status]).toBe('incomplete');
		if (version === '2004') expect(Number(stored['cmi.score.scaled'])).toBeCloseTo(recalled.size / deckCards.length, 4);

		// The whole deck: complete, and the score counts only the cards not answered Again.
		for (let i = 5; i < deckCards.length; i++) await answer();
		expect(recalled.size + forgotten.size).toBe(deckCards.length);
		expect(forgotten.size).toBeGreaterThan(0);
		await expect.poll(() => stored[names.status], { timeout: 20_000 }).toBe('completed');
		await expect.poll(() => stored[names.raw], { timeout: 20_000 }).toBe(String(Math.round((recalled.size / deckCards.length) * 100)));

		// Leaving: session time and suspend, then terminate (which commits), every call accepted.
		await closeCourse(page);
		const all = await calls(page);
		const sequence = all.map((c) => (c.method === names.set ? `${c.method} ${c.args[0]}` : c.method));
		expect(sequence[0]).toBe(names.initialize);
		expect(sequence.slice(-3)).toEqual([`${names.set} ${names.time}`, `${names.set} ${names.exit}`, names.terminate]);
		expect(all.filter((c) => c.result === 'false')).toEqual([]);
		const sessionTime = all.find((c) => c.args[0] === names.time)!.args[1]!;
		expect(sessionTime).toMatch(names.timeFormat);
		const between = (all.find((c) => c.method === names.terminate)!.at - all[0]!.at) / 1000;
		expect(Math.abs(secondsOf(sessionTime) - between)).toBeLessThan(1);
		await expect.poll(() => stored[names.exit]).toBe('suspend');
		expect(stored[names.time] ?? stored['cmi.core.session_time']).toBeTruthy();

		// A relaunch: the platform's data comes back, the learner resumes where they were, still complete.
		await page.setViewportSize({ width: 360, height: 640 });
		await page.reload();
		site = await siteFrame(page);
		await expectCourseFillsWindow(page);
		await expect.poll(() => site.url()).toMatch(new RegExp(`${CONTENT_PATH}en/practice/trainer/$`));
		const relaunch = await calls(page);
		expect(relaunch.find((c) => c.args[0] === names.status)?.result).toBe('completed');
		expect(relaunch.filter((c) => c.method === names.set && c.args[0] === names.status)).toEqual([]);
		expect(relaunch.find((c) => c.args[0] === 'cmi.suspend_data')?.result).toMatch(new RegExp(`^1\\|[0-9a-z]{${4 * outline.lessons.length}}\\|[0-9a-z]{4}$`));
	});
}

test('SCORM 1.2: suspend_data stays within 4,096 characters for a learner who opened every page in both languages', async ({ page }) => {
	test.setTimeout(180_000);
	const platform = platforms['1.2']!;
	await page.goto(platform.playerUrl('1.2'));
	const outline = await outlineOf(page);
	const site = await siteFrame(page);
	const pages = filesUnder(unpacked('1.2'))
		.filter((f) => /^(en|tr)\/(.*\/)?index\.html$/.test(f))
		.map((f) => f.replace(/index\.html$/, ''));
	expect(pages.length).toBeGreaterThan(15);
	for (const path of pages) await site.goto(`${platform.url}${CONTENT_PATH}${path}`);
	await closeCourse(page);
	// The platform stores what the closing course sends after the frame is gone: wait for it, as the learner test does.
	await expect.poll(() => platform.stored['1.2']!['cmi.suspend_data'] ?? '', { timeout: 20_000 }).not.toBe('');
	const suspendData = platform.stored['1.2']!['cmi.suspend_data'] ?? '';
	expect(suspendData.length).toBeLessThanOrEqual(4096);
	expect(suspendData).toMatch(new RegExp(`^1\\|[0-9a-z]{${4 * outline.lessons.length}}\\|`));
});

test.describe('without a platform', () => {
	test('the package opened on plain hosting goes to the site and loads no SCORM code', async ({ page }) => {
		const platform = platforms['1.2']!;
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(`${platform.url}${CONTENT_PATH}course-launch/`);
		await expect(page).toHaveURL(new RegExp(`${CONTENT_PATH}en/$`));
		await page.waitForLoadState('networkidle');
		expect(requested.filter((url) => /course-session/.test(url))).toEqual([]);
	});

	test('inside a platform whose session code cannot be fetched, the learner still gets the course', async ({ page }) => {
		const platform = platforms['1.2']!;
		await page.route(/\/course-session[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
		await page.goto(platform.playerUrl('1.2'));
		await expect.poll(() => page.frames()[1]?.url()).toMatch(new RegExp(`${CONTENT_PATH}en/$`));
	});

	test('the plain build has no SCORM code at all', () => {
		const scripts = filesUnder(join(mainDist, '_astro')).filter((f) => f.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(10);
		const withScorm = scripts.filter((f) => /LMSInitialize|API_1484_11|suspend_data/.test(readFileSync(join(mainDist, '_astro', f), 'utf8')));
		expect(withScorm).toEqual([]);
		expect(filesUnder(mainDist).some((f) => f.startsWith('course-launch/'))).toBe(false);
	});
});
