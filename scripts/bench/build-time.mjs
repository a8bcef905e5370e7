// Build time of this site on a generated corpus, against a stock Starlight
// project building the same corpus, measured alternately in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject, scratchDir } from '../project-copy.mjs';
import { corpusFiles } from './corpus.mjs';
import { eagerJs } from './eager-js.mjs';

function writeCorpus(docsDir, files) {
	for (const file of files) {
		const path = join(docsDir, file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text);
	}
}

/**
 * A copy of this project with the corpus added to content/ as a chapter of
 * its own, so that, as in the stock project, every page's sidebar lists it.
 */
function ourSite(root, files, locales) {
	const dir = copyProject(root, 'bench-ours');
	const labels = locales.map((locale, index) => ({ path: `${locale}/corpus/chapter.yaml`, text: index === 0 ? 'label: Corpus\norder: 100\n' : 'label: Corpus\n' }));
	writeCorpus(join(dir, 'content'), [...files, ...labels]);
	return dir;
}

/** A stock Starlight project (starter template settings, two locales) with the corpus. */
function stockSite(root, files) {
	const dir = scratchDir(root, 'bench-stock');
	// Same versions as ours; Vite resolves and bundles only declared dependencies.
	const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const pick = (name) => ({ [name]: devDependencies[name] });
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'stock-starlight', type: 'module', private: true, dependencies: { ...pick('astro'), ...pick('@astrojs/starlight') } }, null, 2),
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	integrations: [starlight({
		title: 'Stock',
		defaultLocale: 'en',
		locales: { en: { label: 'English', lang: 'en' }, tr: { label: 'Türkçe', lang: 'tr' } },
		sidebar: [{ label: 'Corpus', items: [{ autogenerate: { directory: 'corpus' } }] }],
	})],
});
`,
	);
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	writeCorpus(join(dir, 'src/content/docs'), files);
	return dir;
}

const gnuTime = '/usr/bin/time';
/** Makes each Node process of a build wait for the processes it started (see the file), so GNU time counts them for both sites. */
const reapChildren = fileURLToPath(new URL('./reap-children.cjs', import.meta.url));

/**
 * Wall time, CPU time (user and system, of the build and every process it
 * started) and peak memory (the largest process's resident set) of one cold
 * build, the last two from GNU time.
 */
function timeBuild(dir) {
	if (!existsSync(gnuTime)) throw new Error(`bench: CPU time and peak memory are read with GNU time, which is not installed (${gnuTime}); on Debian: apt-get install time`);
	// Cold builds: no content cache from an earlier run.
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	rmSync(join(dir, '.astro'), { recursive: true, force: true });
	const usageFile = join(dir, 'cpu-and-memory.txt');
	const started = process.hrtime.bigint();
	const result = spawnSync(gnuTime, ['-f', '%U %S %M', '-o', usageFile, 'npx', 'astro', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(reapChildren)}`.trim(), OUT_DIR: join(dir, 'dist'), BASE_PATH: '', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (result.status !== 0) throw new Error(`Build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
	const [user, system, kilobytes] = readFileSync(usageFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
	return { seconds, cpuSeconds: user + system, gigabytes: kilobytes / 1024 / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Each site is built with the full corpus and with one lesson per locale,
 * all four builds alternating in every run. The small builds split the
 * difference into what the site costs once (its own pages, islands and
 * checks) and what each added lesson costs; both are budgeted against
 * stock Starlight's, and so is the peak memory of the full builds.
 * BENCH_RUNS and BENCH_LESSONS change the number of runs and the corpus size.
 */
export async function rows({ root, runs = Number(process.env.BENCH_RUNS) || 5, lessonsPerLocale = Number(process.env.BENCH_LESSONS) || 1000 }) {
	const locales = ['en', 'tr'];
	const files = corpusFiles(locales, lessonsPerLocale);
	const oneLesson = corpusFiles(locales, 1);
	const sites = {
		ours: ourSite(root, files, locales),
		stock: stockSite(root, files),
		oursSmall: ourSite(root, oneLesson, locales),
		stockSmall: stockSite(root, oneLesson),
	};
	try {
		const builds = Object.fromEntries(Object.keys(sites).map((name) => [name, []]));
		const [loadBefore] = loadavg();
		for (let run = 0; run < runs; run++) {
			for (const [name, dir] of Object.entries(sites)) {
				const build = timeBuild(dir);
				builds[name].push(build);
				// Each build as it ends: on a busy shared machine a run can take long, and what was measured stays readable if it is stopped.
				console.log(`  build run ${run + 1}/${runs}, ${name}: ${build.seconds.toFixed(2)} s, CPU ${build.cpuSeconds.toFixed(2)} s, ${build.gigabytes.toFixed(2)} GB (load average ${loadavg()[0].toFixed(1)})`);
			}
		}
		const [loadAfter] = loadavg();
		// The single runs too: on a shared machine they spread widely, and the medians should be read with that in mind.
		for (const [name, values] of Object.entries(builds)) console.log(`  build runs, ${name}: ${values.map((b) => `${b.seconds.toFixed(2)} s (CPU ${b.cpuSeconds.toFixed(2)} s) ${b.gigabytes.toFixed(2)} GB`).join(', ')}`);
		const medianOf = (field) => Object.fromEntries(Object.entries(builds).map(([name, values]) => [name, median(values.map((b) => b[field]))]));
		const at = medianOf('seconds');
		const cpu = medianOf('cpuSeconds');
		const memory = medianOf('gigabytes');
		const ratio = at.ours / at.stock;
		const addedLessons = locales.length * (lessonsPerLocale - 1);
		const perLesson = (full, small) => ((full - small) / addedLessons) * 1000;
		const perLessonOurs = perLesson(at.ours, at.oursSmall);
		const perLessonStock = perLesson(at.stock, at.stockSmall);
		const perLessonRatio = perLessonOurs / perLessonStock;
		const fixedExtra = at.oursSmall - at.stockSmall;
		// CPU time counts the work, not the waiting: on a busy shared machine it moves far less than wall time.
		const cpuPerLessonOurs = perLesson(cpu.ours, cpu.oursSmall);
		const cpuPerLessonStock = perLesson(cpu.stock, cpu.stockSmall);
		const memoryRatio = memory.ours / memory.stock;
		// The same generated lesson in both builds: our shell's JavaScript against stock Starlight's.
		const corpusPage = '/en/corpus/lesson-1/';
		const jsOurs = eagerJs(join(sites.ours, 'dist'), corpusPage).gzip / 1024;
		const jsStock = eagerJs(join(sites.stock, 'dist'), corpusPage).gzip / 1024;
		const info = (name, value, unit) => ({ name, value, unit, budget: null, ok: true });
		return [
			// Absolute times depend on what else the machine runs; the ratios, measured in the same run, much less.
			info('load average (1 min) before the build runs', loadBefore, ''),
			info('load average (1 min) after the build runs', loadAfter, ''),
			info('generated lesson eager JavaScript (gzip): stock Starlight', jsStock, 'KB'),
			{ name: 'generated lesson eager JavaScript (gzip): this site', value: jsOurs, unit: 'KB', budget: 8, ok: jsOurs <= 8 },
			info(`build, ${lessonsPerLocale} lessons/locale: stock Starlight (median of ${runs})`, at.stock, 's'),
			info(`build, ${lessonsPerLocale} lessons/locale: this site (median of ${runs})`, at.ours, 's'),
			info('build time ratio, this site / stock Starlight', ratio, '×'),
			info(`build, 1 lesson/locale: stock Starlight (median of ${runs})`, at.stockSmall, 's'),
			info(`build, 1 lesson/locale: this site, with its own pages (median of ${runs})`, at.oursSmall, 's'),
			{ name: 'fixed cost over stock Starlight (1 lesson/locale)', value: fixedExtra, unit: 's', budget: 1.5, ok: fixedExtra <= 1.5 },
			info('build time per added lesson: stock Starlight', perLessonStock, 'ms'),
			info('build time per added lesson: this site', perLessonOurs, 'ms'),
			{ name: 'build time per added lesson, this site / stock Starlight', value: perLessonRatio, unit: '×', budget: 1.1, ok: perLessonRatio <= 1.1 },
			info('build CPU time per added lesson: stock Starlight', cpuPerLessonStock, 'ms'),
			info('build CPU time per added lesson: this site', cpuPerLessonOurs, 'ms'),
			info('build CPU time per added lesson, this site / stock Starlight', cpuPerLessonOurs / cpuPerLessonStock, '×'),
			info('build CPU time, 1 lesson/locale: this site over stock Starlight', cpu.oursSmall - cpu.stockSmall, 's'),
			info(`peak memory, ${lessonsPerLocale} lessons/locale: stock Starlight`, memory.stock, 'GB'),
			info(`peak memory, ${lessonsPerLocale} lessons/locale: this site`, memory.ours, 'GB'),
			{ name: 'peak memory ratio, this site / stock Starlight', value: memoryRatio, unit: '×', budget: 1.25, ok: memoryRatio <= 1.25 },
		];
	} finally {
		for (const dir of Object.values(sites)) rmSync(dir, { recursive: true, force: true });
	}
}
