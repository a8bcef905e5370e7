// Builds a throw-away copy of the site that exercises what the real content
// cannot: a lesson missing in Turkish (English fallback with a notice) and an
// extra right-to-left locale, Arabic, with only part of its files translated,
// the way a translator would leave it halfway: some UI strings, a few pages,
// two glossary entries and a few deck texts, some current (hashes recorded
// with `npm run i18n:status -- --stamp`), some outdated, one lesson under an
// old name. The translation-status report of the copy is saved
// beside the build (statusReportFile) so the end-to-end tests can compare it
// with what this script translated.
// Used by `npm test`; the end-to-end tests read its output in dist-fixture/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { stringify } from 'yaml';
import { copyProject } from './project-copy.mjs';

/** The extra locale of the fixture: Arabic, written right to left. */
export const fixtureLocale = { code: 'ar', lang: 'ar', label: 'العربية', dir: 'rtl' };
/** The Turkish lesson the fixture removes, so its page falls back to English. */
export const removedTurkishLesson = 'content/tr/strategies/other-strategies.mdx';
/** The status report of the fixture copy (`npm run i18n:status`), written into the build folder. */
export const statusReportFile = 'i18n-status-report.json';
/** The hash an Arabic translation made from an earlier English text records. */
const earlierEnglishHash = '000000000000';

/**
 * What the fixture translates into Arabic, by status-report kind and id, and
 * the state the report must give each. Everything else English has is missing.
 */
export const arabicTranslations = {
	ui: {
		'site.json': {
			'sidebar.strategies': 'استراتيجيات التعلم العميق الشائعة',
			'sidebar.regularization': 'التنظيم',
			'sidebar.practice': 'التطبيق',
			'home.pickLanguage': 'اختر لغة',
			'notFound.text': 'هذه الصفحة غير موجودة. ربما نُقلت: جرّب البحث، أو ابدأ من {{home}}.',
			'notFound.home': 'الصفحة الرئيسية العربية',
		},
		'i18n-status.json': {
			'i18nStatus.language': 'اللغة',
			'i18nStatus.state.missing': 'غير مترجم',
			'i18nStatus.state.outdated': 'قديم',
		},
	},
	current: ['lesson index', 'lesson practice/trainer', 'lesson practice/lab', 'glossary fine-tuning', 'card transfer-learning', 'card transfer-learning/definition'],
	outdated: ['lesson strategies/introduction', 'glossary freezing'],
	/** Translated in part: the report lists it as missing, naming the texts it lacks. */
	partial: ['card transfer-learning/general-features'],
	/** An Arabic lesson kept under an old name: its recorded hash is that of the English lesson it translates. */
	renamed: { from: 'lesson strategies/multi-task', to: 'lesson strategies/other-strategies' },
};

export async function buildFixtureSite(outDir, root = process.cwd()) {
	const copy = copyProject(root, 'fixture');
	try {
		rmSync(join(copy, removedTurkishLesson), { force: true });
		await addArabic(copy);
		stampCurrentTranslations(copy);
		const out = resolve(root, outDir);
		const result = spawnSync('npx', ['astro', 'build'], { cwd: copy, stdio: 'inherit', env: { ...process.env, OUT_DIR: out, BASE_PATH: '' } });
		if (result.status !== 0) throw new Error(`Fixture site build failed (exit ${result.status})`);
		writeStatusReport(copy, join(out, statusReportFile));
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

/** Records the hashes of the translations the fixture treats as up to date, as a translator would. */
function stampCurrentTranslations(copy) {
	const selectors = arabicTranslations.current.map((item) => item.replace(' ', ':'));
	const result = spawnSync('npx', ['node', 'scripts/i18n-status.mjs', '--stamp', fixtureLocale.code, ...selectors], { cwd: copy, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`fixture: i18n:status --stamp failed: ${result.stderr}`);
}

/** Runs `npm run i18n:status` in the copy, as a translator would, keeping its JSON, table and --strict exit code. */
function writeStatusReport(copy, file) {
	const run = (...args) => spawnSync('npx', ['node', 'scripts/i18n-status.mjs', ...args], { cwd: copy, encoding: 'utf8' });
	const json = run('--json');
	if (json.status !== 0) throw new Error(`fixture: i18n:status --json failed: ${json.stderr}`);
	const strict = run('--strict');
	writeFileSync(file, JSON.stringify({ report: JSON.parse(json.stdout), table: strict.stdout, strictExitCode: strict.status }, null, '\t'));
}

function write(copy, path, text) {
	mkdirSync(dirname(join(copy, path)), { recursive: true });
	writeFileSync(join(copy, path), text);
}

/** Adds Arabic the way a translator would: one config entry plus files. */
async function addArabic(copy) {
	const localesFile = join(copy, 'src/lib/locales.ts');
	const source = readFileSync(localesFile, 'utf8');
	const entry = `\t{ code: '${fixtureLocale.code}', lang: '${fixtureLocale.lang}', label: '${fixtureLocale.label}', dir: '${fixtureLocale.dir}' },\n];`;
	if (!source.includes('\n];')) throw new Error('src/lib/locales.ts: cannot find the end of the locales list');
	writeFileSync(localesFile, source.replace('\n];', `\n${entry}`));

	const { module } = await runnerImport(join(copy, 'src/integrations/i18n-status-data.ts'), { root: copy, configFile: false, logLevel: 'error' });
	const hashes = module.sourceHashes(copy);
	/** The hash a translation of this English item records; fails clearly when the English content no longer has it. */
	const hashOf = (key) => {
		const hash = hashes.get(key);
		if (!hash) throw new Error(`fixture: the English content has no "${key}" any more; update arabicTranslations in scripts/fixture-site.mjs`);
		return hash;
	};

	for (const [file, strings] of Object.entries(arabicTranslations.ui)) write(copy, `src/i18n/ar/${file}`, JSON.stringify(strings, null, '\t'));

	write(copy, 'content/ar/index.mdx', lesson({ title: 'التعلم بالنقل', description: 'متى وكيف نعيد استخدام شبكة مدربة.', template: 'splash' }, 'صفحة تجريبية للغة إضافية.'));
	write(
		copy,
		'content/ar/strategies/introduction.md',
		lesson({ title: 'مقدمة الفصل', description: 'لماذا نعيد استخدام ما تعلمته شبكة مدربة.', sourceHash: earlierEnglishHash }, 'ترجمة قديمة لمقدمة الفصل، من نص إنجليزي سابق.'),
	);
	write(
		copy,
		'content/ar/strategies/multi-task.md',
		lesson({ title: 'استراتيجيات أخرى', sourceHash: hashOf(arabicTranslations.renamed.to) }, 'ترجمة محفوظة باسم قديم لدرس الاستراتيجيات الأخرى.'),
	);

	// The trainer and the lab on right-to-left pages: the components come from the English pages, the texts from src/i18n.
	write(
		copy,
		'content/ar/practice/trainer.mdx',
		lesson(
			{ title: 'المدرب', description: 'بطاقات وأسئلة عن التعلم بالنقل، مجدولة بالتكرار المتباعد.', sidebar: { order: 1 } },
			"import Trainer from '@/components/trainer/Trainer.astro';\n\nاختر مجموعة بطاقات وادرس البطاقات المستحقة اليوم. يبقى تقدمك في هذا المتصفح.\n\n<Trainer />",
		),
	);
	write(
		copy,
		'content/ar/practice/lab.mdx',
		lesson(
			{ title: 'مختبر التعلم بالنقل', description: 'اختبر شروط النقل الثلاثة بشبكات حقيقية في متصفحك.' },
			"import Lab from '@/components/lab/Lab.astro';\n\nهنا تختبر شروط النقل الثلاثة بشبكات حقيقية تتدرب في متصفحك.\n\n<Lab />",
		),
	);

	write(
		copy,
		'content/glossary/ar.yaml',
		stringify([
			{
				id: 'fine-tuning',
				term: 'الضبط الدقيق',
				definition: 'طريقة لنقل نموذج تُفك فيها بعض الطبقات العليا المدربة مسبقًا وتُدرَّب مع الرأس الجديد بمعدل تعلم صغير.',
			},
			{ id: 'freezing', term: 'التجميد', sourceHash: earlierEnglishHash, definition: 'استبعاد أوزان طبقة من التدريب لتحتفظ بالقيم التي تعلمتها من قبل.' },
		]),
	);

	write(
		copy,
		'quizzes/transfer-learning/ar.yaml',
		stringify({
			title: 'التعلم بالنقل',
			description: 'إعادة استخدام شبكة دُرّبت على المهمة أ من أجل المهمة ب، واستخراج السمات والضبط الدقيق، والشروط الثلاثة التي يفيد فيها النقل.',
			cards: {
				definition: {
					front: 'ما التعلم بالنقل؟',
					back: 'يصبح نموذج دُرّب على مهمة مصدر أ نقطةَ البداية لمهمة هدف ب ذات صلة، فتبدأ شبكة ب من الأوزان التي تعلمتها على أ بدلًا من أوزان عشوائية.',
				},
				'general-features': { prompt: 'أي سمات شبكة صور مدربة مسبقًا تنتقل على أفضل وجه إلى مهمة صور مختلفة؟' },
			},
		}),
	);
}

/** A Markdown file with YAML frontmatter. */
function lesson(frontmatter, body) {
	return `---\n${stringify(frontmatter)}---\n\n${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await buildFixtureSite(process.argv[2] || 'dist-fixture');
}
