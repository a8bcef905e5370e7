// Builds a throw-away copy of the site that exercises what the real content
// cannot: a lesson missing in Turkish (English fallback with a notice) and an
// extra right-to-left locale with only part of its files translated.
// Used by `npm test`; the end-to-end tests read its output in dist-fixture/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from './project-copy.mjs';

/** The extra locale of the fixture: Arabic, written right to left. */
export const fixtureLocale = { code: 'ar', lang: 'ar', label: 'العربية', dir: 'rtl' };
/** The Turkish lesson the fixture removes, so its page falls back to English. */
export const removedTurkishLesson = 'content/tr/strategies/other-strategies.md';

export async function buildFixtureSite(outDir, root = process.cwd()) {
	const copy = copyProject(root, 'fixture');
	try {
		rmSync(join(copy, removedTurkishLesson), { force: true });
		addLocale(copy);
		const result = spawnSync('npx', ['astro', 'build'], {
			cwd: copy,
			stdio: 'inherit',
			env: { ...process.env, OUT_DIR: resolve(root, outDir), BASE_PATH: '' },
		});
		if (result.status !== 0) throw new Error(`Fixture site build failed (exit ${result.status})`);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

/** Adds the fixture locale the way a translator would: one config entry plus files. */
function addLocale(copy) {
	const localesFile = join(copy, 'src/lib/locales.ts');
	const source = readFileSync(localesFile, 'utf8');
	const entry = `\t{ code: '${fixtureLocale.code}', lang: '${fixtureLocale.lang}', label: '${fixtureLocale.label}', dir: '${fixtureLocale.dir}' },\n];`;
	if (!source.includes('\n];')) throw new Error('src/lib/locales.ts: cannot find the end of the locales list');
	writeFileSync(localesFile, source.replace('\n];', `\n${entry}`));
	mkdirSync(join(copy, 'src/i18n', fixtureLocale.code), { recursive: true });
	writeFileSync(
		join(copy, 'src/i18n', fixtureLocale.code, 'site.json'),
		JSON.stringify({ 'sidebar.strategies': 'استراتيجيات التعلم العميق الشائعة' }, null, '\t'),
	);
	const home = join(copy, 'content', fixtureLocale.code);
	mkdirSync(home, { recursive: true });
	writeFileSync(
		join(home, 'index.mdx'),
		'---\ntitle: التعلم بالنقل\ndescription: متى وكيف نعيد استخدام شبكة مدربة.\ntemplate: splash\n---\n\nصفحة تجريبية للغة إضافية.\n',
	);
	if (!existsSync(join(copy, 'content/en/index.mdx'))) throw new Error('fixture: content/en/index.mdx is missing');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await buildFixtureSite(process.argv[2] || 'dist-fixture');
}
