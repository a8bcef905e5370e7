/**
 * The corpus of broken and odd inputs an author or translator can make, one
 * mistake each, as edits to a scratch copy of the project. Each broken case
 * names the one problem the build must report: its file, its line or entry
 * and field, and words of its message. The odd-but-valid cases must build.
 */
import type { SiteLocale } from '../../src/lib/locales';

/** Edits to the copy: a path and its new text (a function of the old one) or bytes, a link to make there, or null to delete it. */
export type Edits = Record<string, ((text: string) => string) | string | Uint8Array | { link: string } | null>;

export interface BrokenCase {
	name: string;
	edits: Edits;
	/** The locale list the copy is built in, when the case changes it (src/lib/locales.ts is edited to match). */
	locales?: SiteLocale[];
	expect: { file: string; line?: number; at?: RegExp; message: RegExp; fix?: RegExp };
}

export interface ValidCase {
	name: string;
	edits: Edits;
}

const en: SiteLocale = { code: 'en', lang: 'en', label: 'English', dir: 'ltr' };
const tr: SiteLocale = { code: 'tr', lang: 'tr', label: 'Türkçe', dir: 'ltr' };

const intro = 'content/en/strategies/introduction.mdx';
const introTr = 'content/tr/strategies/introduction.mdx';
const bom = '\uFEFF';
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
/** Replaces the first match of `pattern` in a file, failing loudly when the file no longer has it. */
const replace = (pattern: RegExp | string, by: string) => (text: string) => {
	const next = text.replace(pattern, by);
	if (next === text) throw new Error(`corpus: ${String(pattern)} not found; update scripts/content-errors/cases.ts`);
	return next;
};
const append = (more: string) => (text: string) => `${text}${more}`;

export const brokenCases: BrokenCase[] = [
	// Lessons
	{ name: 'a lesson without a title', edits: { [intro]: replace(/^title: .*\n/m, '') }, expect: { file: intro, line: 2, message: /has no title/ } },
	{ name: 'a lesson with an empty title', edits: { [intro]: replace(/^title: .*$/m, 'title: ""') }, expect: { file: intro, line: 2, message: /has no title/ } },
	{ name: 'a lesson without frontmatter', edits: { [intro]: replace(/^---\n[\s\S]*?\n---\n/, '') }, expect: { file: intro, line: 1, message: /no frontmatter/ } },
	{ name: 'frontmatter that is not YAML', edits: { [intro]: replace(/^description: .*$/m, 'description: Why: reuse: a network') }, expect: { file: intro, line: 3, message: /not valid YAML/, fix: /^quote a value that contains ": "/ } },
	{ name: 'a frontmatter field given twice', edits: { [intro]: replace(/^(title: .*)$/m, '$1\ntitle: Again') }, expect: { file: intro, line: 3, message: /^the frontmatter is not valid YAML: "title" is given twice \(lines 2 and 3\)$/, fix: /^keep one$/ } },
	{ name: 'a title that is a number', edits: { [intro]: replace(/^title: .*$/m, 'title: 42') }, expect: { file: intro, line: 2, at: /field "title"/, message: /expected string/, fix: /quotes/ } },
	{ name: 'a deck id with capitals', edits: { [intro]: replace(/^deck: .*$/m, 'deck: Not A Deck') }, expect: { file: intro, line: 4, at: /field "deck"/, message: /lowercase letters, digits and hyphens/ } },
	{ name: 'a deck that does not exist', edits: { [intro]: replace(/^deck: .*$/m, 'deck: no-such-deck') }, expect: { file: intro, line: 4, at: /field "deck"/, message: /no deck "no-such-deck"/ } },
	{ name: 'a sidebar order that is text', edits: { [intro]: replace(/^ {2}order: 1$/m, '  order: first') }, expect: { file: intro, line: 6, at: /field "sidebar.order"/, message: /number/ } },
	{ name: 'a misspelt frontmatter field', edits: { [intro]: replace(/^deck: /m, 'dek: ') }, expect: { file: intro, line: 4, at: /field "dek"/, message: /not a frontmatter field.*did you mean "deck"/ } },
	{ name: 'a misspelt title field', edits: { [intro]: replace(/^title: /m, 'titel: ') }, expect: { file: intro, line: 2, at: /field "titel"/, message: /did you mean "title"/ } },
	{ name: 'a misspelt sidebar field', edits: { [intro]: replace(/^sidebar:/m, 'sidbar:') }, expect: { file: intro, line: 5, at: /field "sidbar"/, message: /did you mean "sidebar"/ } },
	{ name: 'a misspelt field inside the sidebar', edits: { [intro]: replace(/^ {2}order: 1$/m, '  ordr: 1') }, expect: { file: intro, line: 6, at: /field "sidebar\.ordr"/, message: /did you mean "order"/ } },
	{ name: 'a sidebar order in quotes', edits: { [intro]: replace(/^ {2}order: 1$/m, '  order: "2"') }, expect: { file: intro, line: 6, at: /field "sidebar\.order"/, message: /expected number, received string/, fix: /without quotes \(2, not "2"\)/ } },
	{ name: 'a yes for a true-or-false field', edits: { [intro]: replace(/^deck: /m, 'draft: yes\ndeck: ') }, expect: { file: intro, line: 4, at: /field "draft"/, message: /expected boolean/, fix: /^write true \("yes" is text to YAML\)/ } },
	{ name: 'a tab indenting a frontmatter field', edits: { [intro]: replace(/^ {2}order: 1$/m, '\torder: 1') }, expect: { file: intro, line: 6, message: /not valid YAML: Tabs/, fix: /indent with spaces/ } },
	{ name: 'a yes for a field that takes true, false or settings', edits: { [intro]: replace(/^deck: /m, 'tableOfContents: yes\ndeck: ') }, expect: { file: intro, line: 4, at: /field "tableOfContents"$/, message: /expected object or boolean, received string/, fix: /^write true \("yes" is text to YAML\)/ } },
	{ name: 'a sidebar badge of a variant that does not exist', edits: { [intro]: replace(/^ {2}order: 1$/m, '  order: 1\n  badge: { text: New, variant: tipp }') }, expect: { file: intro, line: 7, at: /field "sidebar\.badge\.variant"/, message: /expected one of .*"tip"/ } },
	{ name: 'a last-updated date no calendar has', edits: { [intro]: replace(/^deck: /m, 'lastUpdated: 2026-13-45\ndeck: ') }, expect: { file: intro, line: 4, at: /field "lastUpdated"/, message: /^2026-13-45 is not a date: there is no month 13/, fix: /YYYY-MM-DD/ } },
	{ name: 'a last-updated 29 February of a common year', edits: { [intro]: replace(/^deck: /m, 'lastUpdated: 2026-02-29\ndeck: ') }, expect: { file: intro, line: 4, at: /field "lastUpdated"/, message: /^2026-02-29 is not a date: February 2026 has 28 days/ } },
	{ name: 'a last-updated date in quotes', edits: { [intro]: replace(/^deck: /m, 'lastUpdated: "2026-01-02"\ndeck: ') }, expect: { file: intro, line: 4, at: /field "lastUpdated"/, message: /expected date or boolean, received string/, fix: /^write the date without quotes \(2026-01-02, not "2026-01-02"\); or write true or false$/ } },
	{ name: 'a last-updated date in words', edits: { [intro]: replace(/^deck: /m, 'lastUpdated: yesterday\ndeck: ') }, expect: { file: intro, line: 4, at: /field "lastUpdated"/, message: /expected date or boolean, received string/, fix: /^write a date as YYYY-MM-DD, without quotes, e.g\. 2026-01-02; or write true or false$/ } },
	{ name: 'a slug in the frontmatter', edits: { [intro]: replace(/^deck: /m, 'slug: intro\ndeck: ') }, expect: { file: intro, line: 4, message: /slug/ } },
	{ name: 'two headings with the same id', edits: { [intro]: append('\n## Again {#why-reuse}\n\nText.\n') }, expect: { file: intro, message: /heading id "why-reuse" is already the id of the heading on line/ } },
	{ name: 'a link to a lesson that does not exist', edits: { [intro]: append('\nSee [nothing](./no-such-lesson.mdx).\n') }, expect: { file: intro, message: /no-such-lesson\.mdx/ } },
	{ name: 'a link to a site page that does not exist', edits: { [intro]: append('\nTry it in [the lab](/en/practice/labs/?experiment=data).\n') }, expect: { file: intro, line: 200, message: /"\/en\/practice\/labs\/\?experiment=data" leads to no page/ } },
	{ name: 'a link to the lab with a misspelt variant', edits: { [intro]: replace('experiment=data&variant=violated', 'experiment=data&variant=violatd') }, expect: { file: intro, line: 131, message: /^the link "\/en\/practice\/lab\/\?experiment=data&variant=violatd" asks the lab for what it does not have \(variant=violatd\), so the lab would open with its default there$/, fix: /^variant takes one of holds, violated/ } },
	{ name: 'a link to the lab with a setting it does not read and a method it does not have', edits: { 'content/tr/strategies/transfer-learning.mdx': replace('?task=textures&methods=scratch,linear-probe,', '?task=textures&methode=scratch&methods=scratch,linear-prob,') }, expect: { file: 'content/tr/strategies/transfer-learning.mdx', line: 260, message: /\("methode", methods=linear-prob\)/, fix: /^the lab's settings are experiment, variant, task, input, amounts, methods; methods takes one of scratch, linear-probe, fine-tune-top, fine-tune-all/ } },
	{ name: 'a Markdown lesson linking to a site page that does not exist', edits: { 'content/en/strategies/notes.md': '---\ntitle: Notes\n---\n\nDrill it in [the trainer](/en/practice/trainers/).\n' }, expect: { file: 'content/en/strategies/notes.md', line: 5, message: /"\/en\/practice\/trainers\/" leads to no page/ } },
	{ name: 'a translated lesson linking to a page of another language', edits: { [introTr]: append('\nLaboratuvarda [deneyin](/en/practice/lab/?experiment=data).\n') }, expect: { file: introTr, message: /"\/en\/practice\/lab\/\?experiment=data" takes a reader of tr to a page of en/, fix: /\/tr\/practice\/lab\/\?experiment=data/ } },
	{ name: 'a lesson linking to a file of another language', edits: { [intro]: append('\nSee [the Turkish text](../../tr/strategies/introduction.mdx#why-reuse).\n') }, expect: { file: intro, line: 200, message: /^the link "\.\.\/\.\.\/tr\/strategies\/introduction\.mdx#why-reuse" takes a reader of en to a page of tr$/, fix: /^link to \.\/introduction\.mdx#why-reuse, the lesson in content\/en\// } },
	{ name: 'a translated lesson linking to a file of the source language', edits: { [introTr]: append('\n[Düzenlileştirme](../../en/regularization/index.mdx) bölümüne bakın.\n') }, expect: { file: introTr, line: 210, message: /takes a reader of tr to a page of en/, fix: /^link to \.\.\/regularization\/index\.mdx, the lesson in content\/tr\// } },
	{ name: 'a link to a heading a lesson does not have', edits: { [introTr]: append('\n[Dropout](../regularization/index.mdx#drop-out) bölümüne bakın.\n') }, expect: { file: introTr, message: /"\.\.\/regularization\/index\.mdx#drop-out" points to no heading of content\/tr\/regularization\/index\.mdx/ } },
	{ name: 'an unclosed MDX tag', edits: { [intro]: replace("import Exercise from '@/components/Exercise.astro';\n", "import Exercise from '@/components/Exercise.astro';\n\n<Aside>\n") }, expect: { file: intro, line: 10, message: /MDX cannot read this/ } },
	{ name: 'an exercise without its solution', edits: { [intro]: replace('<div slot="solution">', '<div>') }, expect: { file: intro, line: 106, at: /exercise "first-gain"/, message: /the solution is missing/ } },
	{ name: 'an exercise of a kind that does not exist', edits: { [intro]: replace('kind="decide"', 'kind="quiz"') }, expect: { file: intro, line: 138, at: /exercise "which-projects"/, message: /kind must be one of lab, decide, compute/ } },
	{ name: 'an exercise without an id', edits: { [intro]: replace('<Exercise id="time-saved" ', '<Exercise ') }, expect: { file: intro, line: 173, at: /exercise \(no id\)/, message: /id must be/ } },
	{ name: 'a broken-conditions claim that disagrees with the definition', edits: { 'content/tr/strategies/transfer-learning.mdx': replace('more-data-for-b: data" />', 'more-data-for-b: features" />') }, expect: { file: 'content/tr/strategies/transfer-learning.mdx', line: 228, at: /<BrokenConditions>, field "breaks"/, message: /more-data-for-b breaks data .*, not features/ } },
	{ name: 'a broken-conditions claim naming no change to task B', edits: { 'content/en/strategies/transfer-learning.mdx': replace('shuffled-pixels: features;', 'shuffled: features;') }, expect: { file: 'content/en/strategies/transfer-learning.mdx', line: 218, at: /<BrokenConditions>, field "breaks"/, message: /shuffled/ } },
	{ name: 'an import of a component file that does not exist', edits: { [introTr]: replace('@/components/Exercise.astro', '@/components/Exercize.astro') }, expect: { file: introTr, line: 9, message: /@\/components\/Exercize\.astro.*does not exist/ } },
	{ name: 'an import from a package that is not installed', edits: { 'content/en/index.mdx': replace("from '@astrojs/starlight/components'", "from '@astrojs/starlite/components'") }, expect: { file: 'content/en/index.mdx', line: 16, message: /@astrojs\/starlite/ } },
	{ name: 'two exercises with the same id', edits: { [intro]: replace('<Exercise id="time-saved" ', '<Exercise id="first-gain" ') }, expect: { file: intro, line: 173, at: /exercise "first-gain"/, message: /already the id of the exercise on line 106/ } },
	{ name: 'a component used without its import', edits: { [introTr]: replace("import Exercise from '@/components/Exercise.astro';\n", '') }, expect: { file: introTr, line: 108, message: /<Exercise> is not imported/ } },
	{ name: 'a Starlight component used without its import', edits: { [intro]: append('\n<Aside type="tip">Read the lab first.</Aside>\n') }, expect: { file: intro, message: /<Aside> is not imported/ } },
	{ name: 'braces in prose naming nothing', edits: { [intro]: append('\nA held-out set of {heldOutCount} images keeps the estimate honest.\n') }, expect: { file: intro, line: 200, message: /^\{heldOutCount\} names nothing \(not imported or exported\)/, fix: /^to write a brace as text, escape it as \\\{/ } },
	{ name: 'an image that does not exist', edits: { [intro]: replace('layer-features.svg', 'no-such-figure.svg') }, expect: { file: intro, message: /no-such-figure\.svg does not exist/ } },
	{
		name: 'a lesson saved as Windows-1254, not UTF-8',
		// "Değerlendirme" with ğ as the single byte 0xF0.
		edits: { 'content/en/strategies/notes.md': new Uint8Array([...new TextEncoder().encode('---\ntitle: Notes\n---\n\nDe'), 0xf0, ...new TextEncoder().encode('erlendirme\n')]) },
		expect: { file: 'content/en/strategies/notes.md', line: 5, message: /not UTF-8 text/, fix: /save the file as UTF-8/ },
	},
	{ name: 'a link to a folder that contains it', edits: { 'content/en/strategies/loop': { link: '..' } }, expect: { file: 'content/en/strategies/loop', line: 1, message: /a link to a folder that contains it/ } },
	{
		name: 'a figure that is not well-formed SVG',
		edits: { 'content/figures/en/layer-features.svg': replace('</g>', '') },
		expect: { file: 'content/figures/en/layer-features.svg', message: /not a well-formed SVG figure \(content\/en\/strategies\/introduction\.mdx shows it\): unexpected close tag/, fix: /closing tag/ },
	},
	{ name: 'a draft lesson that decks, the glossary and lessons point to', edits: { 'content/en/regularization/index.mdx': replace(/^(title: .*\n)/m, '$1draft: true\n') }, expect: { file: 'content/en/regularization/index.mdx', line: 3, at: /field "draft"/, message: /a draft, so the built site leaves its page out.*quizzes\/regularization\/deck\.yaml.*content\/glossary\/terms\.yaml.*content\/en\/strategies\// } },
	{ name: 'a formula with a command KaTeX does not know in a Markdown lesson', edits: { 'content/en/strategies/notes.md': '---\ntitle: Notes\n---\n\nA price of \\$5 and `$x$` in code are no formulas.\n\nThe loss is $\\notamacro{x}$ here.\n' }, expect: { file: 'content/en/strategies/notes.md', line: 7, message: /^KaTeX cannot render the formula \$\\notamacro\{x\}\$: \\notamacro is not a command KaTeX knows$/, fix: /spelling.*a literal dollar sign is written \\\$/ } },
	{ name: 'a display formula with an unclosed brace in an MDX lesson', edits: { [intro]: append('\nThe gain is\n\n$$\nG = 1 -\n\\frac{1}{\n$$\n') }, expect: { file: intro, line: 204, message: /^KaTeX cannot render the formula \$G = 1 - \\frac\{1\}\{\$: a \{ is not closed before the formula ends$/ } },
	{ name: 'a lesson with TOML frontmatter', edits: { 'content/en/strategies/notes.md': '+++\ntitle = "Notes"\n+++\n\nText.\n' }, expect: { file: 'content/en/strategies/notes.md', line: 1, message: /frontmatter is TOML .* YAML only/, fix: /between --- lines/ } },
	{ name: 'a lesson that exists only in Turkish', edits: { 'content/tr/strategies/only-turkish.md': '---\ntitle: Yalnızca Türkçe\n---\n\nMetin.\n' }, expect: { file: 'content/tr/strategies/only-turkish.md', line: 1, message: /there is no en lesson "strategies\/only-turkish"/ } },
	{ name: 'a lesson name with capitals', edits: { 'content/en/strategies/New-Lesson.md': '---\ntitle: New\n---\n\nText.\n' }, expect: { file: 'content/en/strategies/New-Lesson.md', message: /lowercase letters, digits and hyphens/ } },
	{ name: 'a lesson file named with an emoji only', edits: { 'content/en/strategies/🎉.md': '---\ntitle: Party\n---\n\nText.\n' }, expect: { file: 'content/en/strategies/🎉.md', message: /^the file name "🎉" has no letter or digit/, fix: /^rename it to a name of lowercase letters, digits and hyphens that says what it holds, e\.g\. content\/en\/strategies\/model-metrics\.md,/ } },
	{ name: 'a chapter folder with a capital, holding its label and lessons', edits: { 'content/en/Extra/chapter.yaml': 'label: Extra\n', 'content/en/Extra/x.md': '---\ntitle: X\n---\n\nText.\n', 'content/en/Extra/y.md': '---\ntitle: Y\n---\n\nText.\n' }, expect: { file: 'content/en/Extra/', message: /"extra", not "Extra": names are lowercase letters, digits and hyphens/, fix: /^rename it to content\/en\/extra\/, and use that name/ } },
	{ name: 'a chapter folder named with an emoji only', edits: { 'content/en/🎉/chapter.yaml': 'label: Party\n', 'content/en/🎉/x.md': '---\ntitle: X\n---\n\nText.\n' }, expect: { file: 'content/en/🎉/', message: /^the folder name "🎉" has no letter or digit/, fix: /e\.g\. content\/en\/model-evaluation\// } },
	{ name: 'a lesson two folders deep', edits: { 'content/en/strategies/deeper/lesson.md': '---\ntitle: Deep\n---\n\nText.\n' }, expect: { file: 'content/en/strategies/deeper/lesson.md', message: /directly in its chapter folder/ } },
	{ name: 'a lesson with a .markdown extension', edits: { 'content/en/strategies/other.markdown': '---\ntitle: Other\n---\n\nText.\n' }, expect: { file: 'content/en/strategies/other.markdown', message: /\.md or \.mdx/ } },
	{ name: 'a lesson with an upper-case .MD extension', edits: { 'content/en/strategies/notes.MD': '---\ntitle: Notes\n---\n\nText.\n' }, expect: { file: 'content/en/strategies/notes.MD', message: /^the extension "\.MD" is not in lower case, so Astro would leave the page out/, fix: /^rename it to content\/en\/strategies\/notes\.md$/ } },
	{ name: 'a lesson with an upper-case .MDX extension that another lesson links to', edits: { 'content/en/strategies/metrics.MDX': '---\ntitle: Metrics\n---\n\n## Accuracy {#accuracy}\n\nText.\n', [intro]: append('\nSee [accuracy](./metrics.mdx#accuracy).\n') }, expect: { file: 'content/en/strategies/metrics.MDX', message: /^the extension "\.MDX" is not in lower case/, fix: /^rename it to content\/en\/strategies\/metrics\.mdx$/ } },
	{ name: 'a page outside every locale folder', edits: { 'content/loose.md': '---\ntitle: Loose\n---\n\nText.\n' }, expect: { file: 'content/loose.md', message: /outside every locale folder/ } },
	// Chapters
	{ name: 'a chapter folder without its label', edits: { 'content/en/regularization/chapter.yaml': null }, expect: { file: 'content/en/regularization/chapter.yaml', message: /has no label file/ } },
	{ name: 'a chapter label that is not text', edits: { 'content/tr/regularization/chapter.yaml': 'label: [a, b]\n' }, expect: { file: 'content/tr/regularization/chapter.yaml', line: 1, at: /field "label"/, message: /name as text/ } },
	{ name: 'a chapter order set in a translation', edits: { 'content/tr/regularization/chapter.yaml': append('order: 5\n') }, expect: { file: 'content/tr/regularization/chapter.yaml', at: /field "order"/, message: /set once, in the source locale/ } },
	{ name: 'a new chapter with its labels but no lesson yet', edits: { 'content/en/evaluation/chapter.yaml': 'label: Evaluation\norder: 4\n', 'content/tr/evaluation/chapter.yaml': 'label: Değerlendirme\n' }, expect: { file: 'content/en/evaluation/chapter.yaml', message: /^the chapter content\/en\/evaluation\/ has no lessons yet/, fix: /add its first lesson/ } },
	{ name: 'a new chapter whose one lesson has a name to change', edits: { 'content/en/evaluation/chapter.yaml': 'label: Evaluation\norder: 4\n', 'content/en/evaluation/Holdout.md': '---\ntitle: Holdout\n---\n\nText.\n' }, expect: { file: 'content/en/evaluation/Holdout.md', message: /"holdout", not "Holdout"/, fix: /^rename it to content\/en\/evaluation\/holdout\.md,/ } },
	{ name: 'a chapter label without a chapter', edits: { 'content/tr/nowhere/chapter.yaml': 'label: Hiçbir yer\n' }, expect: { file: 'content/tr/nowhere/chapter.yaml', message: /no en chapter "nowhere"/ } },
	{ name: 'two chapters with the same order', edits: { 'content/en/regularization/chapter.yaml': replace(/^order: 2$/m, 'order: 1') }, expect: { file: 'content/en/strategies/chapter.yaml', line: 3, at: /field "order"/, message: /order 1 is also the order of content\/en\/regularization\/chapter\.yaml/ } },
	{ name: 'two lessons of a chapter with the same order', edits: { 'content/en/strategies/other-strategies.mdx': replace(/^ {2}order: 4$/m, '  order: 1') }, expect: { file: 'content/en/strategies/other-strategies.mdx', line: 6, at: /field "sidebar\.order"/, message: /order 1 is also the order of content\/en\/strategies\/introduction\.mdx/ } },
	// Glossary
	{ name: 'a concept id with capitals in terms.yaml', edits: { 'content/glossary/terms.yaml': replace('- id: source-task', '- id: Source Task') }, expect: { file: 'content/glossary/terms.yaml', line: 10, message: /Source Task/ } },
	{ name: 'a concept listing a lesson that does not exist', edits: { 'content/glossary/terms.yaml': replace(/^( {2}lessons: \[.*)strategies\/introduction\b/m, '$1strategies/intro') }, expect: { file: 'content/glossary/terms.yaml', line: 8, message: /strategies\/intro\b/ } },
	{ name: 'a concept without an entry in the source locale', edits: { 'content/glossary/terms.yaml': append('- id: holdout-set\n  lessons: []\n') }, expect: { file: 'content/glossary/en.yaml', message: /entry "holdout-set": missing; the concept is listed at content\/glossary\/terms\.yaml:207,/ } },
	{ name: 'a translated entry for no concept', edits: { 'content/glossary/tr.yaml': append('\n- id: no-such-concept\n  term: Yok\n  definition: Yok.\n') }, expect: { file: 'content/glossary/tr.yaml', message: /no-such-concept/ } },
	{ name: 'a glossary entry without a definition', edits: { 'content/glossary/en.yaml': replace(/^( {2}definition: .*\n)/m, '') }, expect: { file: 'content/glossary/en.yaml', line: 7, message: /definition/ } },
	{ name: 'a translated term left empty', edits: { 'content/glossary/tr.yaml': replace(/^ {2}term: .*$/m, '  term:') }, expect: { file: 'content/glossary/tr.yaml', line: 8, message: /entry "transfer-learning" \(item 1\), field "term": empty; write the text after "term:"/ } },
	{ name: 'a misspelt optional glossary field', edits: { 'content/glossary/tr.yaml': replace(/^ {2}alternatives:/m, '  alternative:') }, expect: { file: 'content/glossary/tr.yaml', line: 9, message: /field "alternative": not a field of an entry; did you mean "alternatives"\?/ } },
	{ name: 'a concept whose lessons are not a list', edits: { 'content/glossary/terms.yaml': replace(/^ {2}lessons: \[.*\]$/m, '  lessons: regularization') }, expect: { file: 'content/glossary/terms.yaml', line: 8, message: /field "lessons": .*expected array, received string; write a list: \[regularization\]/ } },
	{ name: 'an empty terms.yaml', edits: { 'content/glossary/terms.yaml': '# The glossary\'s concepts.\n' }, expect: { file: 'content/glossary/terms.yaml', line: 1, message: /the file is empty/ } },
	{ name: 'an empty glossary file of the source locale', edits: { 'content/glossary/en.yaml': '' }, expect: { file: 'content/glossary/en.yaml', line: 1, message: /the file is empty/ } },
	{ name: 'a glossary entry with a misspelt id field', edits: { 'content/glossary/en.yaml': replace(/^- id: source-task$/m, '- ID: source-task') }, expect: { file: 'content/glossary/en.yaml', line: 11, message: /field "ID": not a field of an entry, and "id" is missing/ } },
	{ name: 'two glossary files for one locale', edits: { 'content/glossary/tr.yml': '- id: transfer-learning\n  term: Aktarım\n  definition: Bir model.\n' }, expect: { file: 'content/glossary/tr.yml', message: /content\/glossary\/tr\.yaml holds the tr entries already/ } },
	{ name: 'a glossary file that is not YAML', edits: { 'content/glossary/tr.yaml': append('\n- id: [unclosed\n') }, expect: { file: 'content/glossary/tr.yaml', message: /YAML|flow/i } },
	// Decks
	{ name: 'a deck for a lesson that does not exist', edits: { 'quizzes/regularization/deck.yaml': replace(/^lesson: regularization$/m, 'lesson: regularisation') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 5, message: /regularisation/ } },
	{ name: 'a card section that is no heading of its lesson', edits: { 'quizzes/regularization/deck.yaml': replace('section: dropout', 'section: drop-out') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 39, message: /card "dropout": section: .*drop-out/ } },
	{ name: 'a heading id renamed that several cards point to', edits: { [intro]: replace('{#why-reuse}', '{#why-we-reuse}') }, expect: { file: 'quizzes/strategies-introduction/deck.yaml', line: 9, message: /^card "why-reuse": section: no heading with id "why-reuse" in content\/en\/strategies\/introduction\.mdx; cards first-layers \(line 19\) and reuse-always-helps \(line 22\) point to it too/ } },
	{ name: 'a true/false answer that is text', edits: { 'quizzes/regularization/deck.yaml': replace('answer: false', 'answer: "no"') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 25, message: /card "l2-sign": answer: / } },
	{ name: 'two cards with the same id', edits: { 'quizzes/regularization/deck.yaml': replace('  - id: dropout\n', '  - id: weight-decay\n') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 37, message: /card "weight-decay": id: / } },
	{ name: 'a card without its English text', edits: { 'quizzes/regularization/en.yaml': replace(/^ {4}prompt: Your model has .*\n/m, '') }, expect: { file: 'quizzes/regularization/en.yaml', line: 5, message: /card "diagnose": prompt: expected text/ } },
	{ name: 'a misspelt card field', edits: { 'quizzes/regularization/deck.yaml': replace('    section: l2\n    answer: false', '    sektion: l2\n    answer: false') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 24, message: /card "l2-sign": "sektion" is not a field here; did you mean "section"\?/ } },
	{ name: 'a misspelt required deck field', edits: { 'quizzes/regularization/deck.yaml': replace(/^lesson: /m, 'lessons: ') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 5, message: /^"lessons" is not a field here; did you mean "lesson"\?/ } },
	{ name: 'a misspelt card text field', edits: { 'quizzes/regularization/tr.yaml': replace(/^ {4}prompt:/m, '    promt:') }, expect: { file: 'quizzes/regularization/tr.yaml', line: 8, message: /card "diagnose": "promt" is not a field here; did you mean "prompt"\?/ } },
	{ name: 'a misspelt option id in a deck text file', edits: { 'quizzes/regularization/en.yaml': replace(/^ {6}overfitting:/m, '      overfiting:') }, expect: { file: 'quizzes/regularization/en.yaml', line: 9, message: /card "diagnose": options\.overfiting: no option with this id in deck\.yaml; did you mean "overfitting"\?/ } },
	{ name: 'a misspelt card id in a deck text file', edits: { 'quizzes/regularization/en.yaml': replace(/^ {2}diagnose:/m, '  diagnos:') }, expect: { file: 'quizzes/regularization/en.yaml', line: 5, message: /card "diagnos": no card with this id in deck\.yaml; did you mean "diagnose"\?/ } },
	{ name: 'a true/false answer written as no', edits: { 'quizzes/regularization/deck.yaml': replace('answer: false', 'answer: no') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 25, message: /card "l2-sign": answer: expected true or false; write false \("no" is text to YAML\)/ } },
	{ name: 'an empty deck.yaml', edits: { 'quizzes/regularization/deck.yaml': '\uFEFF' }, expect: { file: 'quizzes/regularization/deck.yaml', message: /the file is empty/ } },
	{ name: 'a deck whose list of cards is empty', edits: { 'quizzes/regularization/deck.yaml': replace(/^cards:[\s\S]*/m, 'cards: []\n') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 6, message: /cards: the list is empty/ } },
	{ name: 'an empty English deck text file', edits: { 'quizzes/regularization/en.yaml': '# yaml-language-server: $schema=../texts.schema.json\n' }, expect: { file: 'quizzes/regularization/en.yaml', message: /the file is empty/ } },
	{ name: 'a term-card prompt with a misspelt placeholder', edits: { 'quizzes/terms/tr.yaml': replace(/\{term\}/, '{terim}') }, expect: { file: 'quizzes/terms/tr.yaml', line: 5, message: /glossaryPrompts\.translate: \{terim\} is not filled in/ } },
	{ name: 'two text files for one locale in a deck', edits: { 'quizzes/regularization/tr.yml': 'title: Düzenlileştirme\n' }, expect: { file: 'quizzes/regularization/tr.yml', message: /quizzes\/regularization\/tr\.yaml holds the tr texts already/ } },
	{ name: 'two deck.yaml files in a deck', edits: { 'quizzes/regularization/deck.yml': 'id: regularization\nlesson: regularization\ncards: []\n' }, expect: { file: 'quizzes/regularization/deck.yml', message: /quizzes\/regularization\/deck\.yaml is the deck's file already/ } },
	{ name: 'a deck text file that is not YAML', edits: { 'quizzes/regularization/tr.yaml': append('\ncards: [unclosed\n') }, expect: { file: 'quizzes/regularization/tr.yaml', message: /YAML|flow|duplicate/i } },
	{ name: 'a card text field given twice', edits: { 'quizzes/regularization/en.yaml': replace(/^ {2}diagnose:\n/m, '  diagnose:\n    prompt: Twice?\n') }, expect: { file: 'quizzes/regularization/en.yaml', line: 7, message: /^not valid YAML: "prompt" is given twice \(lines 6 and 7\); keep one$/ } },
	{ name: 'a card that borrows fields with a YAML merge key', edits: { 'quizzes/regularization/deck.yaml': (text) => replace('  - id: large-lambda\n', '  - <<: *tf\n    id: l2-again\n  - id: large-lambda\n')(replace('  - id: l2-sign\n', '  - &tf\n    id: l2-sign\n')(text)) }, expect: { file: 'quizzes/regularization/deck.yaml', line: 27, message: /^YAML merge keys \(<<\) are not supported; write the fields out$/ } },
	{ name: 'a tab indenting a card field', edits: { 'quizzes/regularization/deck.yaml': replace('    kind: truefalse', '\tkind: truefalse') }, expect: { file: 'quizzes/regularization/deck.yaml', line: 23, message: /^not valid YAML: Tabs are not allowed as indentation; indent with spaces/ } },
	{ name: 'a glossary field given twice', edits: { 'content/glossary/tr.yaml': replace(/^( {2}term: .*)$/m, '$1\n  term: Aktarım') }, expect: { file: 'content/glossary/tr.yaml', line: 9, message: /^not valid YAML: "term" is given twice \(lines 8 and 9\); keep one$/ } },
	{ name: 'a tab indenting a glossary field', edits: { 'content/glossary/tr.yaml': replace(/^ {2}term: /m, '\tterm: ') }, expect: { file: 'content/glossary/tr.yaml', line: 8, message: /not valid YAML: Tabs are not allowed as indentation; indent with spaces/ } },
	// Locales
	{ name: 'a locale listed twice', locales: [en, tr, tr], edits: {}, expect: { file: 'src/lib/locales.ts', line: 27, at: /entry 3 \("tr"\), field "code"/, message: /listed twice/ } },
	{ name: 'a language tag that is not BCP 47', locales: [en, tr, { code: 'de', lang: 'deutsch_DE', label: 'Deutsch', dir: 'ltr' }], edits: {}, expect: { file: 'src/lib/locales.ts', line: 27, at: /field "lang"/, message: /not a BCP 47 language tag/ } },
	{ name: 'a locale code with capitals', locales: [en, tr, { code: 'pt-BR', lang: 'pt-BR', label: 'Português', dir: 'ltr' }], edits: {}, expect: { file: 'src/lib/locales.ts', line: 27, at: /field "code"/, message: /cannot name a folder/ } },
	{ name: 'a text direction that is not ltr or rtl', locales: [en, tr, { code: 'ar', lang: 'ar', label: 'العربية', dir: 'right' as 'rtl' }], edits: {}, expect: { file: 'src/lib/locales.ts', line: 27, at: /field "dir"/, message: /not a text direction/ } },
	{ name: 'the source locale marked in progress', locales: [{ ...en, inProgress: true }, tr], edits: {}, expect: { file: 'src/lib/locales.ts', at: /entry 1 \("en"\), field "inProgress"/, message: /cannot be in progress/ } },
	// Interface strings
	{ name: 'an interface-string file that is not JSON', edits: { 'src/i18n/tr/site.json': replace('"home.pickLanguage": "Bir dil seçin",', '"home.pickLanguage": "Bir dil seçin"') }, expect: { file: 'src/i18n/tr/site.json', line: 3, message: /JSON|Expected/ } },
	{ name: 'a key in two interface-string files', edits: { 'src/i18n/tr/site.json': replace('"home.pickLanguage"', '"home.pickLanguage": "x",\n\t"i18nStatus.language"') }, expect: { file: 'src/i18n/tr/site.json', at: /i18nStatus\.language/, message: /already defined in src\/i18n\/tr\/i18n-status\.json/ } },
	{ name: 'a key twice in one interface-string file', edits: { 'src/i18n/tr/decks.json': replace('"decks.false": "Yanlış"', '"decks.false": "Yanlış",\n\t"decks.true": "Evet"') }, expect: { file: 'src/i18n/tr/decks.json', line: 4, at: /key "decks\.true"/, message: /twice in this file \(first on line 2\)/ } },
	{ name: 'a translation with a misspelt placeholder', edits: { 'src/i18n/tr/site.json': replace('{{home}} başlayın', '{{homepage}} başlayın') }, expect: { file: 'src/i18n/tr/site.json', at: /notFound\.text/, message: /\{\{homepage\}\}/ } },
	{ name: 'strings for a locale the site does not have', edits: { 'src/i18n/de/site.json': '{ "home.pickLanguage": "Sprache wählen" }\n' }, expect: { file: 'src/i18n/de/', message: /not one of the site's locales/ } },
];

export const validCases: ValidCase[] = [
	{ name: 'a byte-order mark in an interface-string file', edits: { 'src/i18n/tr/site.json': (text) => bom + text } },
	{ name: 'a byte-order mark and CRLF line endings in a lesson', edits: { [introTr]: (text) => bom + crlf(text) } },
	{ name: 'a byte-order mark and CRLF line endings in a deck', edits: { 'quizzes/regularization/deck.yaml': (text) => bom + crlf(text), 'quizzes/regularization/tr.yaml': (text) => bom + crlf(text) } },
	{ name: 'a byte-order mark and CRLF line endings in the glossary', edits: { 'content/glossary/terms.yaml': (text) => bom + crlf(text), 'content/glossary/tr.yaml': (text) => bom + crlf(text) } },
	{ name: 'CRLF line endings in a chapter label', edits: { 'content/tr/practice/chapter.yaml': crlf } },
	{ name: 'a chapter added as folders only', edits: { 'content/en/evaluation/chapter.yaml': 'label: Evaluation\norder: 4\n', 'content/en/evaluation/holdout.md': '---\ntitle: Hold data out\n---\n\n## Why {#why}\n\nText.\n', 'content/tr/evaluation/chapter.yaml': 'label: Değerlendirme\n' } },
	{ name: 'a lesson not yet translated', edits: { 'content/tr/strategies/other-strategies.mdx': null } },
	{ name: 'site links in a Markdown lesson: in a code block or span, to a file, to a page of its own locale, to the home page of another', edits: { 'content/tr/strategies/notes.md': '---\ntitle: Notlar\n---\n\n```md\n[x](/tr/no-such-page/) [y](/en/practice/lab/)\n```\n\n[Kartlar](/tr/practice/trainer/decks.json), [laboratuvar](/tr/practice/lab/#setup), [ana sayfa](/tr/), [sözlük](/tr/glossary), `[lab](/en/practice/lab/)` ve [İngilizce](/en/).\n', 'content/en/strategies/notes.md': '---\ntitle: Notes\n---\n\nText.\n' } },
	{ name: 'empty translation files: a deck text and a glossary file begun but not yet filled', edits: { 'quizzes/regularization/tr.yaml': '', 'content/glossary/tr.yaml': '# Türkçe sözlük maddeleri.\n' } },
	{ name: 'links to an exercise, to the top of a page and to a heading without an explicit id', edits: { [intro]: append('\nSee [the first exercise](./introduction.mdx#exercise-first-gain), [the top](../regularization/index.mdx#_top) and [notes](./notes.md#some-notes).\n'), 'content/en/strategies/notes.md': '---\ntitle: Notes\n---\n\n## Some notes\n\nText.\n' } },
	{
		name: 'every frontmatter field Starlight accepts',
		edits: {
			'content/en/strategies/notes.md': [
				'---',
				'title: Notes',
				'description: Notes on the chapter.',
				'editUrl: false',
				'head:',
				'  - tag: meta',
				'    attrs: { name: robots, content: noindex }',
				'tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 }',
				'template: doc',
				'lastUpdated: 2026-01-02',
				'prev: false',
				'next: { link: /en/glossary/, label: Glossary }',
				'sidebar:',
				'  order: 5',
				'  label: Notes',
				'  hidden: false',
				'  badge: { text: New, variant: tip }',
				'  attrs: { class: notes }',
				'banner: { content: Draft notes. }',
				'pagefind: true',
				'draft: false',
				'---',
				'',
				'Text.',
				'',
			].join('\n'),
		},
	},
	{
		name: 'a draft lesson that a Markdown lesson shows only inside code',
		edits: {
			'content/en/strategies/notes.md': '---\ntitle: Notes\ndraft: true\n---\n\nText.\n',
			'content/en/strategies/linking.md': '---\ntitle: Linking\n---\n\nA link is written like this:\n\n```md\n[notes](./notes.md)\n```\n\nor inline: `[notes](./notes.md)`.\n',
		},
	},
	{ name: 'a draft lesson nothing points to yet', edits: { 'content/en/strategies/notes.md': '---\ntitle: Notes\ndraft: true\n---\n\nSee [the introduction](./introduction.mdx).\n' } },
	{ name: 'formulas KaTeX renders, and dollars that are no formulas', edits: { 'content/en/strategies/notes.md': '---\ntitle: Notes\n---\n\nIt costs \\$5, or `$\\notamacro$` in code; the loss is $\\frac{1}{n}\\sum_i \\ell_i$.\n\n```tex\n$\\frac{1}{$\n```\n\n$$\n\\operatorname{acc} = \\frac{\\text{correct}}{\\text{all}}\n$$\n' } },
	{ name: 'a leap day as last-updated date, and an impossible date in text', edits: { [intro]: replace(/^deck: /m, 'lastUpdated: 2028-02-29\ndeck: '), 'content/en/strategies/notes.md': '---\ntitle: Notes\ndescription: Not 2026-13-45 but a real day.\nlastUpdated: 2026-01-02\n---\n\nText.\n' } },
	{ name: 'MDX expressions the page knows: a comment, an exported value, the frontmatter, a global and an arrow function', edits: { [intro]: append("\nexport const heldOut = 200;\n\n{/* A note for translators. */}\n\nA held-out set of {heldOut} images, {Math.round(heldOut / 3)} a class, for {frontmatter.title}: {[1, 2].map((n) => n * heldOut).join(', ')}.\n") } },
	{ name: 'a partial file (name starting with _) beside the lessons', edits: { 'content/en/strategies/_note.md': 'Imported text, not a page.\n' } },
];
