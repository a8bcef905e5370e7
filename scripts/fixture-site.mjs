// Builds a throw-away copy of the site that exercises what the real content
// cannot: a lesson missing in Turkish (English fallback with a notice), a new
// chapter added as folders only, and an extra right-to-left locale, Arabic,
// marked in progress, with only part of its files translated, the way a
// translator would leave it halfway: some UI strings, a few pages (not the home page),
// two glossary entries and a few deck texts, some current (hashes recorded
// with `npm run i18n:status -- --stamp`), some outdated, one lesson under an
// old name. The translation-status report of the copy is saved
// beside the build (statusReportFile) so the end-to-end tests can compare it
// with what this script translated.
// Used by `npm test`; the end-to-end tests read its output in dist-fixture/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { stringify } from 'yaml';
import { copyProject } from './project-copy.mjs';

/**
 * The extra locale of the fixture: Arabic, written right to left. Egyptian
 * Arabic, so that its language tag is not its code: Intl writes its numbers
 * in Arabic-Indic digits (١٠), where the code alone ('ar') gives Latin ones,
 * and anything formatted with the code instead of the tag shows.
 */
export const fixtureLocale = { code: 'ar', lang: 'ar-EG', label: 'العربية', dir: 'rtl', inProgress: true };
/** The Turkish lesson the fixture removes, so its page falls back to English. */
export const removedTurkishLesson = 'content/tr/strategies/other-strategies.mdx';
/** The status report of the fixture copy (`npm run i18n:status`), written into the build folder. */
export const statusReportFile = 'i18n-status-report.json';
/**
 * A chapter the fixture adds as folders only (no edit to any config or
 * interface-string file): English and Turkish lessons with their labels, and
 * a deck on its lesson. Arabic has none of it, so it shows the English pages.
 */
export const newChapter = {
	id: 'evaluation',
	lesson: 'evaluation/holdout',
	labels: { en: 'Evaluating a transferred model', tr: 'Aktarılan modeli değerlendirme' },
	titles: { en: 'Keep a held-out set', tr: 'Ayrılmış bir küme tutun' },
};

/** The hash an Arabic translation made from an earlier English text records. */
const earlierEnglishHash = '000000000000';

/**
 * What the fixture translates into Arabic, by status-report kind and id, and
 * the state the report must give each. Everything else English has is missing.
 */
export const arabicTranslations = {
	ui: {
		'site.json': {
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
	/** Chapter labels (content/ar/<chapter>/chapter.yaml); the fixture's new chapter keeps its English one. */
	chapters: { strategies: 'استراتيجيات التعلم العميق الشائعة', regularization: 'التنظيم', practice: 'التطبيق' },
	current: ['lesson practice/trainer', 'lesson practice/lab', 'glossary fine-tuning', 'card transfer-learning', 'card transfer-learning/definition'],
	outdated: ['lesson strategies/introduction', 'glossary freezing'],
	/** Translated in part: the report lists it as missing, naming the texts it lacks. */
	partial: ['card transfer-learning/general-features'],
	/**
	 * An Arabic lesson first saved under an old name (its recorded hash is that
	 * of the English lesson it translates): the build stops and names the new
	 * name, and the fixture renames the file as the message says.
	 */
	renamed: { from: 'content/ar/strategies/multi-task.md', to: 'content/ar/strategies/other-strategies.mdx' },
};

export async function buildFixtureSite(outDir, root = process.cwd()) {
	const copy = copyProject(root, 'fixture');
	try {
		rmSync(join(copy, removedTurkishLesson), { force: true });
		addNewChapter(copy);
		await addArabic(copy);
		stampCurrentTranslations(copy);
		const out = resolve(root, outDir);
		const env = { ...process.env, OUT_DIR: out, BASE_PATH: '' };
		const refused = spawnSync('npx', ['astro', 'build'], { cwd: copy, encoding: 'utf8', env });
		renameSync(join(copy, arabicTranslations.renamed.from), join(copy, arabicTranslations.renamed.to));
		const result = spawnSync('npx', ['astro', 'build'], { cwd: copy, stdio: 'inherit', env });
		if (result.status !== 0) throw new Error(`Fixture site build failed (exit ${result.status})`);
		writeStatusReport(copy, join(out, statusReportFile), { exitCode: refused.status, output: `${refused.stdout}\n${refused.stderr}` });
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

/**
 * Runs `npm run i18n:status` in the copy, as a translator would, keeping its
 * JSON, table and the verdicts of --strict (complete locales) and --strict ar,
 * with what the build said of the lesson under its old name.
 */
function writeStatusReport(copy, file, renamedBuild) {
	const run = (...args) => spawnSync('npx', ['node', 'scripts/i18n-status.mjs', ...args], { cwd: copy, encoding: 'utf8' });
	const json = run('--json');
	if (json.status !== 0) throw new Error(`fixture: i18n:status --json failed: ${json.stderr}`);
	const strict = run('--strict');
	const strictArabic = run('--strict', fixtureLocale.code);
	writeFileSync(file, JSON.stringify({ report: JSON.parse(json.stdout), table: strict.stdout, strictExitCode: strict.status, strictVerdict: strict.stderr.trim(), strictArabicExitCode: strictArabic.status, renamedBuild }, null, '\t'));
}

function write(copy, path, text) {
	mkdirSync(dirname(join(copy, path)), { recursive: true });
	writeFileSync(join(copy, path), text);
}

/** Adds the new chapter the way an author would: folders under content/ and quizzes/, nothing else. */
function addNewChapter(copy) {
	const { id, lesson: lessonId, labels, titles } = newChapter;
	write(copy, `content/en/${id}/chapter.yaml`, stringify({ label: labels.en, order: 4 }));
	write(copy, `content/tr/${id}/chapter.yaml`, stringify({ label: labels.tr }));
	const english = lesson(
		{ title: titles.en, description: 'Why a model is judged on images it never trained on.', deck: id },
		'## Why hold data out {#why}\n\nA model is judged on data it never saw, as [transfer learning](../strategies/transfer-learning.mdx#when-practical) warns.\n',
	);
	write(copy, `content/en/${lessonId}.md`, english);
	write(
		copy,
		`content/tr/${lessonId}.md`,
		lesson(
			{ title: titles.tr, description: 'Bir modelin neden hiç eğitilmediği görüntülerle değerlendirildiği.', deck: id },
			'## Veri neden ayrılır {#why}\n\nBir model hiç görmediği verilerle değerlendirilir.\n',
		),
	);
	write(copy, `quizzes/${id}/deck.yaml`, stringify({ id, lesson: lessonId, cards: [{ id: 'why', kind: 'truefalse', section: 'why', answer: true }] }));
	write(copy, `quizzes/${id}/en.yaml`, stringify({ title: labels.en, description: titles.en, cards: { why: { statement: 'A model is judged on data it did not train on.', explanation: 'Training data flatters it.' } } }));
	write(copy, `quizzes/${id}/tr.yaml`, stringify({ title: labels.tr, description: titles.tr, cards: { why: { statement: 'Bir model, üzerinde eğitilmediği verilerle değerlendirilir.', explanation: 'Eğitim verisi onu olduğundan iyi gösterir.' } } }));
}

/** Adds Arabic the way a translator would: one config entry plus files. */
async function addArabic(copy) {
	const localesFile = join(copy, 'src/lib/locales.ts');
	const source = readFileSync(localesFile, 'utf8');
	const entry = `\t{ code: '${fixtureLocale.code}', lang: '${fixtureLocale.lang}', label: '${fixtureLocale.label}', dir: '${fixtureLocale.dir}', inProgress: true },\n];`;
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

	// Saved as an editor on Windows may save them: with a byte-order mark and CRLF line endings.
	for (const [file, strings] of Object.entries(arabicTranslations.ui)) write(copy, `src/i18n/ar/${file}`, `\uFEFF${JSON.stringify(strings, null, '\t').replace(/\n/g, '\r\n')}`);
	for (const [chapter, label] of Object.entries(arabicTranslations.chapters)) write(copy, `content/ar/${chapter}/chapter.yaml`, stringify({ label }));

	write(
		copy,
		'content/ar/strategies/introduction.md',
		lesson({ title: 'مقدمة الفصل', description: 'لماذا نعيد استخدام ما تعلمته شبكة مدربة.', sourceHash: earlierEnglishHash }, 'ترجمة قديمة لمقدمة الفصل، من نص إنجليزي سابق.'),
	);
	write(
		copy,
		arabicTranslations.renamed.from,
		lesson({ title: 'استراتيجيات أخرى', sourceHash: hashOf('lesson strategies/other-strategies') }, 'ترجمة محفوظة باسم قديم لدرس الاستراتيجيات الأخرى.'),
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
