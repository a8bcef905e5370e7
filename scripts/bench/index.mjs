// `npm run bench`: builds the site, measures it, prints a table and writes
// bench-results.json (an array of { name, value, unit, budget, ok }).
// Each area adds its rows through a module exporting `rows(ctx)`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { findChromium, howToGetChromium } from '../find-chromium.mjs';
import { rows as buildTimeRows } from './build-time.mjs';
import { eagerJs } from './eager-js.mjs';

const root = process.cwd();
const chromiumPath = findChromium();
if (!chromiumPath) {
	console.error(howToGetChromium);
	process.exit(1);
}
const only = process.argv.slice(2);
const wanted = (area) => only.length === 0 || only.includes(area);

/** Serves a built folder on a free local port (the system picks it) until `close()`. */
async function serve(dir, base = '/') {
	const child = spawn(process.execPath, ['scripts/serve.mjs', dir, '0', base], { stdio: ['ignore', 'pipe', 'inherit'] });
	const url = await new Promise((resolve, reject) => {
		child.stdout.once('data', (line) => resolve(String(line).match(/http:\/\/\S+/)?.[0]));
		child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
	});
	return { url, close: () => child.kill() };
}

function build(outDir, env = {}) {
	const result = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '', ...env } });
	if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status})`);
	return outDir;
}

const results = [];
const add = (rows) => {
	for (const row of rows) {
		results.push(row);
		console.log(`  ${row.ok ? 'ok  ' : 'OVER'} ${row.name}: ${format(row.value)} ${row.unit}${row.budget == null ? '' : ` (budget ${row.budget})`}`);
	}
};
const format = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));

console.log('Building the site into dist-bench/ …');
const outDir = build('dist-bench');
const ctx = { root, chromiumPath, serve, outDir };
const lessonPage = '/en/strategies/transfer-learning/';

if (wanted('site')) {
	const js = eagerJs(outDir, lessonPage);
	add([{ name: 'lesson page eager JavaScript (gzip)', value: js.gzip / 1024, unit: 'KB', budget: 8, ok: js.gzip / 1024 <= 8 }]);
	add(await buildTimeRows({ root }));
}

for (const area of ['lighthouse', 'trainer', 'trainer-import', 'trainer-optimizer', 'load-balance', 'lab', 'glossary', 'offline']) {
	const module = `./${area}.mjs`;
	if (!wanted(area) || !existsSync(new URL(module, import.meta.url))) continue;
	console.log(`Measuring ${area} …`);
	add(await (await import(module)).rows(ctx));
}

writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\n| measure | value | unit | budget | within |\n| --- | ---: | --- | ---: | --- |');
for (const r of results) console.log(`| ${r.name} | ${format(r.value)} | ${r.unit} | ${r.budget ?? '–'} | ${r.ok ? 'yes' : 'NO'} |`);
console.log('\nWrote bench-results.json');
