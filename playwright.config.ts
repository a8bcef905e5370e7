import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { coursePort, fixturePort, mainPort } from './e2e/servers';

/**
 * End-to-end tests drive the built site (`npm run build` first; `npm test`
 * does both). Chromium comes from Playwright (`npx playwright install
 * chromium`) or, where that cannot download, from the system: set
 * CHROMIUM_PATH, or have /usr/bin/chromium.
 */
const systemChromium = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = mainPort;

function server(dir: string, serverPort: number, basePath: string) {
	return {
		command: `node scripts/serve.mjs ${dir} ${serverPort} ${basePath}`,
		url: `http://127.0.0.1:${serverPort}/__health`,
		reuseExistingServer: false,
		timeout: 30_000,
	};
}

export default defineConfig({
	testDir: './e2e',
	// One folder per build, so runs against different builds do not clobber each other.
	outputDir: `test-results/${process.env.OUT_DIR || 'dist'}`,
	fullyParallel: true,
	workers: Number(process.env.E2E_WORKERS || 2),
	retries: 0,
	reporter: 'list',
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// The site's service worker keeps files and answers requests in the background: each area's tests run
		// without it, so their route() fakes and timings stand; e2e/offline.spec.ts turns it on.
		serviceWorkers: 'block',
		// Recording a trace for every test costs about a quarter of the suite's CPU time; a failure keeps a screenshot,
		// and `npx playwright test <spec> --trace on` records one where a failure needs it.
		screenshot: 'only-on-failure',
		launchOptions: {
			...(systemChromium ? { executablePath: systemChromium } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-sync',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: [
		server(process.env.OUT_DIR || 'dist', port, '/'),
		// The same site built with BASE_PATH=/course/, as a course would host it.
		server('dist-course', coursePort, '/course/'),
		// A copy of the site with an extra, partly translated locale (FIXTURE_OUT_DIR: a build of your own).
		server(process.env.FIXTURE_OUT_DIR || 'dist-fixture', fixturePort, '/'),
	],
});
