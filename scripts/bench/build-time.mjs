// Build time of this site on a generated corpus, against a stock Starlight
// project building the same corpus, measured alternately in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** A copy of this project with the corpus added to content/. */
function ourSite(root, files) {
	const dir = copyProject(root, 'bench-ours');
	writeCorpus(join(dir, 'content'), files);
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

function timeBuild(dir) {
	// Cold builds: no content cache from an earlier run.
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	rmSync(join(dir, '.astro'), { recursive: true, force: true });
	const started = process.hrtime.bigint();
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, OUT_DIR: join(dir, 'dist'), BASE_PATH: '', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (result.status !== 0) throw new Error(`Build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
	return seconds;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Each site is built with the full corpus and with one lesson per locale,
 * all four builds alternating in every run. The ratio of the full builds
 * is the budgeted figure; the small builds split it into what the site
 * costs once (its own pages, islands and checks) and what each lesson adds.
 */
export async function rows({ root, runs = 5, lessonsPerLocale = 200 }) {
	const locales = ['en', 'tr'];
	const files = corpusFiles(locales, lessonsPerLocale);
	const oneLesson = corpusFiles(locales, 1);
	const sites = {
		ours: ourSite(root, files),
		stock: stockSite(root, files),
		oursSmall: ourSite(root, oneLesson),
		stockSmall: stockSite(root, oneLesson),
	};
	try {
		const times = Object.fromEntries(Object.keys(sites).map((name) => [name, []]));
		for (let run = 0; run < runs; run++) for (const [name, dir] of Object.entries(sites)) times[name].push(timeBuild(dir));
		// The single runs too: on a shared machine they spread widely, and the medians should be read with that in mind.
		for (const [name, values] of Object.entries(times)) console.log(`  build runs, ${name}: ${values.map((value) => value.toFixed(2)).join(' ')} s`);
		const at = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
		const ratio = at.ours / at.stock;
		const addedLessons = locales.length * (lessonsPerLocale - 1);
		const perLesson = (full, small) => ((full - small) / addedLessons) * 1000;
		const perLessonOurs = perLesson(at.ours, at.oursSmall);
		const perLessonStock = perLesson(at.stock, at.stockSmall);
		// The same generated lesson in both builds: our shell's JavaScript against stock Starlight's.
		const corpusPage = '/en/corpus/lesson-1/';
		const jsOurs = eagerJs(join(sites.ours, 'dist'), corpusPage).gzip / 1024;
		const jsStock = eagerJs(join(sites.stock, 'dist'), corpusPage).gzip / 1024;
		const info = (name, value, unit) => ({ name, value, unit, budget: null, ok: true });
		return [
			info('generated lesson eager JavaScript (gzip): stock Starlight', jsStock, 'KB'),
			{ name: 'generated lesson eager JavaScript (gzip): this site', value: jsOurs, unit: 'KB', budget: 8, ok: jsOurs <= 8 },
			info(`build, ${lessonsPerLocale} lessons/locale: stock Starlight (median of ${runs})`, at.stock, 's'),
			info(`build, ${lessonsPerLocale} lessons/locale: this site (median of ${runs})`, at.ours, 's'),
			{ name: 'build time ratio, this site / stock Starlight', value: ratio, unit: '×', budget: 1.1, ok: ratio <= 1.1 },
			info(`build, 1 lesson/locale: stock Starlight (median of ${runs})`, at.stockSmall, 's'),
			info(`build, 1 lesson/locale: this site, with its own pages (median of ${runs})`, at.oursSmall, 's'),
			info('build time per added lesson: stock Starlight', perLessonStock, 'ms'),
			info('build time per added lesson: this site', perLessonOurs, 'ms'),
			info('build time per added lesson, this site / stock Starlight', perLessonOurs / perLessonStock, '×'),
		];
	} finally {
		for (const dir of Object.values(sites)) rmSync(dir, { recursive: true, force: true });
	}
}
