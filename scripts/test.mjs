// `npm test`: every check the project has, in the order that fails fastest.
// 1. unit tests (Vitest)   2. content lints   3. builds: the site, the site
// under BASE_PATH=/course/, a fixture copy with an extra locale (the type
// check runs beside it), and the SCORM packages   4. end-to-end tests
// (Playwright, real Chromium) against them.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChromium, howToGetChromium } from './find-chromium.mjs';
import { buildFixtureSite } from './fixture-site.mjs';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

function run(title, command, args, env = {}) {
	console.log(`\n▶ ${title}`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
	console.log(`✔ ${title} (${seconds(started)} s)`);
}

/**
 * Starts a check that reads the project but writes nothing, beside the next
 * steps; the returned function waits for it, then prints its output and
 * outcome (a failure stops the run as `run` does).
 */
function runBeside(title, command, args) {
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	const output = [];
	child.stdout.on('data', (chunk) => output.push(chunk));
	child.stderr.on('data', (chunk) => output.push(chunk));
	const ended = new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));
	return async () => {
		const status = await ended;
		// Not timed: this process waits on the steps beside it, so it learns only afterwards when the check ended.
		console.log(`\n▶ ${title} (run beside the steps above)`);
		process.stdout.write(Buffer.concat(output));
		if (status !== 0) {
			console.error(`\n✖ ${title} failed (exit ${status}).`);
			process.exit(typeof status === 'number' ? status : 1);
		}
		console.log(`✔ ${title}`);
	};
}

const chromium = findChromium();
if (!chromium) {
	console.error(howToGetChromium);
	process.exit(1);
}

run('Unit tests', 'npx', ['vitest', 'run']);
for (const lint of ['lint:terms', 'i18n:check']) if (scripts[lint]) run(lint, 'npm', ['run', '--silent', lint]);
run('Build the site', 'npx', ['astro', 'build'], { OUT_DIR: 'dist', BASE_PATH: '' });
run('Build the site under /course/', 'npx', ['astro', 'build'], { OUT_DIR: 'dist-course', BASE_PATH: '/course/' });
// After the builds here, so Astro's generated types (.astro/) exist and stay put; the fixture builds in a copy of its own.
const typeCheck = runBeside('Type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
console.log('\n▶ Build the fixture site');
const fixtureStarted = Date.now();
await buildFixtureSite('dist-fixture');
console.log(`✔ Build the fixture site (${seconds(fixtureStarted)} s)`);
await typeCheck();
run('Package the site for course platforms (SCORM)', 'npm', ['run', '--silent', 'package:scorm']);
run('End-to-end tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
