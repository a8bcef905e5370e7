// Finds a Chromium for the end-to-end tests and the benchmark: CHROMIUM_PATH,
// then the system's /usr/bin/chromium, then the one `npx playwright install
// chromium` downloads. Returns undefined when there is none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	try {
		const bundled = chromium.executablePath();
		if (bundled && existsSync(bundled)) return bundled;
	} catch {
		// Playwright throws when its browser was never installed.
	}
	return undefined;
}

export const howToGetChromium = `No Chromium found for the end-to-end tests. Install one, then run the tests again:
  npx playwright install chromium          (any machine with internet access)
  sudo apt-get install chromium            (Debian/Ubuntu; found at /usr/bin/chromium)
or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`;
