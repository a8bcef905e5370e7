// Lighthouse (mobile, its default) scores of every page type of the built
// site: `npm run bench -- lighthouse`. Lighthouse's performance score varies
// from run to run on a shared machine, so each page gets three runs and each
// category its median; the cumulative layout shift (the median run's) is
// printed beside them, since it is what a page that fills itself in risks.
// Each run's line also gives the metrics the performance score is made of
// and the machine's load average: a 99 says which metric cost the point, and
// whether the machine was busy (Lighthouse multiplies the main-thread time it
// observes by four, so other work on the machine shows as blocking time).
// It also gives the first paint and load event of the real, unthrottled
// load the simulation starts from: in a freshly started Chromium the first
// paint sometimes comes a second or two after the load event, with the main
// thread idle (a blank page never does this; pages with the site's
// stylesheet often do in the browser's first runs), and everything fetched
// by then counts against the simulated paints and speed index.
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The metrics of the performance score (Lighthouse 13, mobile), by audit id, as printed. */
const metrics = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['speed-index', 'SI'],
];
const RUNS = 3;
const pageTypes = [
	['home page', '/en/'],
	['lesson page', '/en/strategies/transfer-learning/'],
	['glossary', '/en/glossary/'],
	['lab', '/en/practice/lab/'],
	['trainer', '/en/practice/trainer/'],
	['translation status', '/en/translation-status/'],
];

/** One Lighthouse run: the four scores (0–100), the cumulative layout shift, the performance metrics (ms) and the real load they were simulated from. */
async function measure(url, port) {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
	const lhr = result?.lhr;
	if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
	return {
		scores: Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])),
		layoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
		timings: metrics.map(([id, label]) => `${label} ${Math.round(lhr.audits[id]?.numericValue ?? 0)}`).join(', '),
		observed: lhr.audits['metrics']?.details?.items?.[0] ?? {},
	};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function rows({ chromiumPath, serve, outDir }) {
	const server = await serve(outDir);
	// One browser for every run: Lighthouse clears the site's storage and caches before each.
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
	});
	const found = [];
	try {
		for (const [label, path] of pageTypes) {
			const runs = [];
			for (let run = 0; run < RUNS; run++) {
				const result = await measure(new URL(path.slice(1), server.url).href, chrome.port);
				runs.push(result);
				const { observedFirstContentfulPaint: paint, observedLoad: load } = result.observed;
				console.log(`  ${label}, run ${run + 1}: ${categories.map((category) => result.scores[category]).join('/')}; ${result.timings} ms; CLS ${result.layoutShift.toFixed(3)}; observed first paint ${paint} ms, load event ${load} ms; load ${loadavg()[0].toFixed(1)}`);
			}
			for (const category of categories) {
				const score = median(runs.map((run) => run.scores[category]));
				found.push({ name: `Lighthouse mobile ${category}, ${label} (median of ${RUNS})`, value: score, unit: '/100', budget: 100, ok: score >= 100 });
			}
			const shift = median(runs.map((run) => run.layoutShift));
			found.push({ name: `cumulative layout shift, ${label} (median of ${RUNS})`, value: shift, unit: '', budget: null, ok: true });
		}
	} finally {
		await chrome.kill();
		server.close();
	}
	return found;
}
