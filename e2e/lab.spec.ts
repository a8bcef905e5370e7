import type { Page } from '@playwright/test';
import { expectChartFollowsTheme } from './chart-checks';
import { axeViolations, expect, test } from './fixtures';

/**
 * The lab trains real networks, so these tests run the ready experiments
 * with their shipped (small) settings. Runs are deterministic, so the
 * numbers checked here are the ones a learner sees.
 */
const LAB = '/en/practice/lab/';
const lab = (page: Page) => page.locator('transfer-lab').first();

async function choose(page: Page, experiment: string, variant?: string): Promise<void> {
	await lab(page).locator(`input[name$="-experiment"][value="${experiment}"]`).check();
	if (variant) await lab(page).locator(`input[name$="-variant"][value="${variant}"]`).check();
}

/** Ticks exactly these methods in the custom settings. */
async function onlyMethods(page: Page, methods: readonly string[]): Promise<void> {
	for (const box of await lab(page).locator('input[name$="-method"]').all()) await box.setChecked(methods.includes((await box.getAttribute('value')) ?? ''));
}

/** Runs what the form says and waits for the run to end (done, cancelled or error). */
async function run(page: Page): Promise<string> {
	const root = lab(page);
	const next = String(Number((await root.getAttribute('data-run-count')) ?? 0) + 1);
	await root.locator('[data-part="run"]').click();
	await expect(root).toHaveAttribute('data-run-count', next, { timeout: 200_000 });
	return (await root.getAttribute('data-state')) ?? '';
}

/** Mean accuracy per (method, amount) from the results table, read from the cells' unrounded values. */
async function resultsTable(page: Page): Promise<Map<string, number>> {
	const rows = lab(page).locator('tbody[data-part="rows"] tr');
	const results = new Map<string, number>();
	for (const row of await rows.all()) {
		const key = `${await row.getAttribute('data-method')}@${await row.getAttribute('data-amount')}`;
		results.set(key, Number(await row.locator('td[data-value]').getAttribute('data-value')));
	}
	return results;
}

/** Linear probe minus scratch, averaged over the amounts from 20 to 50 images. */
function gain(results: Map<string, number>): number {
	const gains = [20, 50].map((amount) => {
		const transfer = results.get(`linear-probe@${amount}`);
		const scratch = results.get(`scratch@${amount}`);
		if (transfer === undefined || scratch === undefined) throw new Error(`no results for ${amount} images in ${[...results.keys()].join(', ')}`);
		return transfer - scratch;
	});
	return gains.reduce((a, b) => a + b, 0) / gains.length;
}

test.describe('transfer-learning lab', () => {
	test.setTimeout(240_000);

	test('condition 1: transfer pays with the same kind of input and the gain is gone with sound clips as input', async ({ page }) => {
		await page.goto(LAB);
		await choose(page, 'input', 'holds');
		await lab(page).locator('input[name$="-prediction"][value="transfer-wins"]').check();
		expect(await run(page)).toBe('done');
		const holds = await resultsTable(page);
		expect(holds.size).toBe(4);
		expect(gain(holds)).toBeGreaterThanOrEqual(0.05);
		await expect(lab(page).locator('[data-part="verdict"]')).toContainText('Your prediction held.');
		await expect(lab(page).locator('[data-part="progress"]')).toHaveAttribute('value', /\d+/);

		await choose(page, 'input', 'violated');
		await lab(page).locator('input[name$="-prediction"][value="transfer-wins"]').check();
		expect(await run(page)).toBe('done');
		const violated = await resultsTable(page);
		expect(gain(violated)).toBeLessThan(0.05);
		expect(gain(violated)).toBeLessThan(gain(holds));
		await expect(lab(page).locator('[data-part="verdict"]')).toContainText('Your prediction did not hold.');
		await expect(lab(page).locator('[data-part="verdict"]')).toContainText('condition 1 (same kind of input) fails, and with it condition 3');
		// The accuracy-against-amount chart and table are both there once results exist.
		await expect(lab(page).locator('canvas[data-part="amount-chart"]')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('two workers (on a machine with more cores) give exactly the numbers of one', async ({ browser }) => {
		const tables: Map<string, number>[] = [];
		const trainingWorkers: number[] = [];
		for (const cores of [2, 4]) {
			const context = await browser.newContext();
			await context.addInitScript((value) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => value }), cores);
			const page = await context.newPage();
			let started = 0;
			page.on('worker', (worker) => {
				if (worker.url().includes('lab-engine')) started += 1;
			});
			await page.goto(LAB);
			await choose(page, 'custom');
			await lab(page).locator('[data-part="amounts"]').fill('20');
			// Two methods are enough to compare the workers' numbers, and keep the two runs short.
			await onlyMethods(page, ['linear-probe', 'scratch']);
			expect(await run(page)).toBe('done');
			tables.push(await resultsTable(page));
			trainingWorkers.push(started);
			await context.close();
		}
		expect(trainingWorkers).toEqual([1, 2]);
		expect(tables[1]?.size).toBe(2);
		expect([...(tables[1] ?? [])]).toEqual([...(tables[0] ?? [])]);
	});

	test('a link opens a ready experiment: the features experiment with tile patterns runs and loses the gain; its charts follow a theme switch', async ({ page }) => {
		await page.goto(`${LAB}?experiment=features&variant=violated`);
		await expect(lab(page).locator('input[name$="-experiment"][value="features"]')).toBeChecked();
		await expect(lab(page).locator('input[name$="-variant"][value="violated"]')).toBeChecked();
		await expect(lab(page).locator('[data-part="variant-description"]')).toContainText('random 4×4 tile patterns');
		await expect(lab(page).locator('[data-part="query-notice"]')).toBeHidden();
		expect(await run(page)).toBe('done');
		const results = await resultsTable(page);
		expect([...results.keys()].sort()).toEqual(['linear-probe@20', 'linear-probe@50', 'scratch@20', 'scratch@50']);
		expect(gain(results)).toBeLessThan(0.05);
		await expect(lab(page).locator('[data-part="verdict"]')).toContainText('condition 3 (low-level features from A that help with B) fails');
		await expectChartFollowsTheme(page, lab(page).locator('canvas[data-part="curve-chart"]'), 'dark');
	});

	test('a link sets custom settings; what the form cannot hold keeps its default, and a bad amount is explained', async ({ page }) => {
		await page.goto(`${LAB}?task=textures&input=rotated&amounts=20,abc,50&methods=linear-probe,magic`);
		await expect(lab(page).locator('input[name$="-experiment"][value="custom"]')).toBeChecked();
		await expect(lab(page).locator('[data-part="custom"]')).toBeVisible();
		await expect(lab(page).locator('input[name$="-task"][value="textures"]')).toBeChecked();
		await expect(lab(page).locator('input[name$="-input"][value="original"]')).toBeChecked();
		await expect(lab(page).locator('[data-part="amounts"]')).toHaveValue('20, 50');
		await expect(lab(page).locator('input[name$="-method"]:checked')).toHaveCount(1);
		await expect(lab(page).locator('input[name$="-method"][value="linear-probe"]')).toBeChecked();
		await expect(lab(page).locator('[data-part="query-notice"]')).toHaveText('This link asked for settings the lab does not have, so the form keeps its defaults for them: input=rotated, amounts=abc, and methods=magic.');
		await lab(page).locator('[data-part="amounts"]').fill('20, 5000');
		await lab(page).locator('[data-part="run"]').click();
		await expect(lab(page).getByRole('alert')).toHaveText('Enter whole numbers from 10 to 1,000, separated by commas.');
		await expect(lab(page).locator('[data-part="amounts"]')).toBeFocused();
	});

	test('loads no tfjs, chart.js, wasm or model until the learner runs it', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto('/en/strategies/introduction/');
		await page.goto(LAB);
		await page.goto('/tr/practice/lab/');
		const labAssets = requested.filter((url) => /lab-engine|lab-charts|tfjs-wasm|\.wasm$|models\/source/.test(url));
		expect(labAssets).toEqual([]);
	});

	test('embedded in the lesson: only the input experiment, upgraded when scrolled to, no tfjs, zero axe violations', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto('/en/strategies/transfer-learning/');
		const embedded = lab(page);
		await embedded.scrollIntoViewIfNeeded();
		await expect(embedded.locator('fieldset[data-part="variant"] legend')).toHaveText('Variant: 1. Same kind of input');
		await expect(embedded.locator('input[name$="-experiment"]')).toHaveCount(1);
		await embedded.locator('input[name$="-variant"][value="violated"]').check();
		// The island is live once it reacts to the form: it describes the chosen variant.
		await expect(embedded.locator('[data-part="variant-description"]')).toContainText('sound clips');
		expect(requested.filter((url) => /lab\.worker|lab-charts|\.wasm$|models\/source/.test(url))).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('is operable by keyboard: choose, start and cancel; a cancelled run is not judged', async ({ page }) => {
		await page.goto(LAB);
		await lab(page).locator('input[name$="-prediction"][value="transfer-wins"]').check();
		const first = lab(page).locator('input[name$="-experiment"]').first();
		await first.focus();
		await page.keyboard.press('ArrowDown');
		await expect(lab(page).locator('input[name$="-experiment"][value="data"]')).toBeChecked();
		await page.keyboard.press('ArrowUp');
		const runButton = lab(page).locator('[data-part="run"]');
		while (!(await runButton.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		// Run is disabled while training, so focus moves to Cancel, and back to Run at the end.
		const cancel = lab(page).locator('[data-part="cancel"]');
		await expect(cancel).toBeFocused();
		// The first epoch comes after tfjs, the wasm binary and the model have loaded: seconds on a busy machine.
		// The count is over every run of the plan; the latest epoch names its own run.
		await expect(lab(page).locator('[data-part="progress-text"]')).toHaveText(/^Epochs trained: \d+ of \d+ \(\d+ runs of \d+ epochs\)\. Latest: .+, \d+ images, seed \d, epoch \d+$/, { timeout: 60_000 });
		await page.keyboard.press('Enter');
		await expect(lab(page)).toHaveAttribute('data-state', 'cancelled', { timeout: 30_000 });
		await expect(lab(page).locator('[data-part="status"]')).toHaveText('Cancelled. The results below are from the runs that finished.');
		// Partial seeds and amounts can point either way: the prediction is not checked, and the table says it is partial.
		const verdict = lab(page).locator('[data-part="verdict"]');
		await expect(verdict).toHaveText(/^Cancelled after \d+ of 12 runs: partial results are not judged, and your prediction is not checked\./);
		await expect(verdict).not.toContainText('Your prediction');
		await expect(lab(page).locator('table caption')).toContainText(/Partial: \d+ of 12 runs had finished when you cancelled\./);
		// No progress line is left to read as training still going on.
		await expect(lab(page).locator('[data-part="progress-text"]')).toBeHidden();
		await expect(runButton).toBeFocused();
	});

	test('Turkish page: Turkish strings, Turkish number format, zero axe violations', async ({ page }) => {
		await page.goto('/tr/practice/lab/');
		expect(await axeViolations(page)).toEqual([]);
		await choose(page, 'custom');
		await lab(page).locator('[data-part="amounts"]').fill('10');
		await onlyMethods(page, ['linear-probe']);
		await expect(lab(page).locator('[data-part="run"]')).toHaveText('Deneyi çalıştır');
		// With no method chosen, Run explains what to fix instead of starting.
		await lab(page).locator('input[name$="-method"][value="linear-probe"]').uncheck();
		await lab(page).locator('[data-part="run"]').click();
		await expect(lab(page).getByRole('alert')).toHaveText('En az bir yöntem seçin.');
		await lab(page).locator('input[name$="-method"][value="linear-probe"]').check();
		expect(await run(page)).toBe('done');
		await expect(lab(page).getByRole('alert')).toBeHidden();
		await expect(lab(page).locator('tbody[data-part="rows"] th').first()).toHaveText('Doğrusal yoklama');
		// Turkish puts the percent sign first and uses a decimal comma.
		await expect(lab(page).locator('tbody[data-part="rows"] td').nth(1)).toHaveText(/^%\d+,\d$/);
		await expect(lab(page).locator('[data-part="verdict"]')).toContainText('hem doğrusal yoklamayı hem sıfırdan eğitimi');
	});

	test('says clearly when the model files are missing or corrupt', async ({ page }) => {
		await page.route('**/models/source/weights.bin', (route) => route.fulfill({ status: 200, body: Buffer.from('not weights') }));
		await page.goto(LAB);
		expect(await run(page)).toBe('error');
		const alert = lab(page).getByRole('alert');
		await expect(alert).toContainText('The trained model for task A could not be loaded');
		await expect(alert).toContainText('weights.bin: has 11 bytes');
	});

	test('when the wasm files cannot be fetched, falls back to the labelled reduced run', async ({ page }) => {
		await page.route('**/tfjs-wasm/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
		await page.goto(LAB);
		await choose(page, 'custom');
		await onlyMethods(page, ['linear-probe']);
		expect(await run(page)).toBe('done');
		await expect(lab(page).locator('[data-part="notice"]')).toContainText('Reduced run');
	});

	for (const missing of ['WebAssembly', 'Worker'] as const) {
		test(`without ${missing}, runs a reduced, labelled experiment on the page itself`, async ({ page }) => {
			await page.addInitScript((name) => {
				Object.defineProperty(globalThis, name, { value: undefined });
			}, missing);
			await page.goto(LAB);
			// The cpu backend is slow: the linear probe alone keeps this test short.
			await choose(page, 'custom');
			await lab(page).locator('[data-part="amounts"]').fill('200');
			await onlyMethods(page, ['linear-probe']);
			expect(await run(page)).toBe('done');
			await expect(lab(page).locator('[data-part="notice"]')).toBeVisible();
			await expect(lab(page).locator('[data-part="notice"]')).toContainText('Reduced run');
			// 200 images were asked for; the reduced run caps them at 50 and says so in the table.
			const results = await resultsTable(page);
			expect([...results.keys()]).toEqual(['linear-probe@50']);
			await expect(lab(page).locator('tbody[data-part="rows"] td').nth(2)).toHaveText(/^\d+\.\d% · \d+\.\d%$/);
		});
	}
});
