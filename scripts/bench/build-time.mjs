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

export async function rows({ root, runs = 3, lessonsPerLocale = 200 }) {
	const files = corpusFiles(['en', 'tr'], lessonsPerLocale);
	const ours = ourSite(root, files);
	const stock = stockSite(root, files);
	try {
		const times = { ours: [], stock: [] };
		for (let run = 0; run < runs; run++) {
			times.stock.push(timeBuild(stock));
			times.ours.push(timeBuild(ours));
		}
		const ratio = median(times.ours) / median(times.stock);
		// The same generated lesson in both builds: our shell's JavaScript against stock Starlight's.
		const corpusPage = '/en/corpus/lesson-1/';
		const jsOurs = eagerJs(join(ours, 'dist'), corpusPage).gzip / 1024;
		const jsStock = eagerJs(join(stock, 'dist'), corpusPage).gzip / 1024;
		return [
			{ name: 'generated lesson eager JavaScript (gzip): stock Starlight', value: jsStock, unit: 'KB', budget: null, ok: true },
			{ name: 'generated lesson eager JavaScript (gzip): this site', value: jsOurs, unit: 'KB', budget: 8, ok: jsOurs <= 8 },
			{ name: `build, ${lessonsPerLocale} lessons/locale: stock Starlight (median of ${runs})`, value: median(times.stock), unit: 's', budget: null, ok: true },
			{ name: `build, ${lessonsPerLocale} lessons/locale: this site (median of ${runs})`, value: median(times.ours), unit: 's', budget: null, ok: true },
			{ name: 'build time ratio, this site / stock Starlight', value: ratio, unit: '×', budget: 1.1, ok: ratio <= 1.1 },
		];
	} finally {
		rmSync(ours, { recursive: true, force: true });
		rmSync(stock, { recursive: true, force: true });
	}
}
