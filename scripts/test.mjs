// `npm test`: every check the project has, in the order that fails fastest.
// 1. unit tests (Vitest)   2. content lints   3. builds: the site, then a
// type check, the site under BASE_PATH=/course/, a fixture copy with an
// extra locale, and the SCORM packages   4. end-to-end tests (Playwright,
// real Chromium) against them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChromium, howToGetChromium } from './find-chromium.mjs';
import { buildFixtureSite } from './fixture-site.mjs';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

function run(title, command, args, env = {}) {
	console.log(`\n▶ ${title}`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
	console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const chromium = findChromium();
if (!chromium) {
	console.error(howToGetChromium);
	process.exit(1);
}

run('Unit tests', 'npx', ['vitest', 'run']);
for (const lint of ['lint:terms', 'i18n:check']) if (scripts[lint]) run(lint, 'npm', ['run', '--silent', lint]);
run('Build the site', 'npx', ['astro', 'build'], { OUT_DIR: 'dist', BASE_PATH: '' });
// After the first build, so Astro's generated types (.astro/) exist.
run('Type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('Build the site under /course/', 'npx', ['astro', 'build'], { OUT_DIR: 'dist-course', BASE_PATH: '/course/' });
console.log('\n▶ Build the fixture site');
await buildFixtureSite('dist-fixture');
run('Package the site for course platforms (SCORM)', 'npm', ['run', '--silent', 'package:scorm']);
run('End-to-end tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
