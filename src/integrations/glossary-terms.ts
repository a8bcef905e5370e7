import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parents } from 'mdast';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import type { PhraseFinder } from '../lib/glossary/match.ts';
import { termRefHtml } from '../lib/glossary/term-link.ts';
import { termFinder } from '../lib/glossary/usage.ts';
import type { Glossary } from '../lib/glossary/parse.ts';
import { classifyContentFile } from '../lib/content/lesson-path.ts';
import { withBase } from '../lib/lesson-links.ts';
import { locales } from '../lib/locales.ts';
import { readGlossaryFiles } from './glossary-data.ts';
import { rawMarkup, type RawMarkup } from './raw-markup.ts';

/** Text under these nodes is never linked: headings and links already stand out, and a link cannot hold another. */
const excludedAncestors = new Set(['heading', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

/** What the plugin tracks while it walks one lesson. */
interface LessonState {
	locale: string;
	finder: PhraseFinder<string>;
	/** Concepts already linked in this lesson: only a term's first use is. */
	linked: Set<string>;
}

const stateKey = 'glossaryTermLinks';

/**
 * Links the first use of each glossary term in a lesson to its entry on the
 * locale's glossary page; the page adds the definition as a tooltip
 * (lib/glossary/term-link.ts, MarkdownContent.astro). The glossary is
 * the one the config read and checked (site-content.ts), so bad glossary
 * data has stopped the build before any page renders; without one, no
 * term is linked.
 */
export function glossaryTermLinks({ root, base, glossary }: { root: string; base: string; glossary: Glossary | undefined }) {
	const docsDir = join(root, 'src/content/docs');
	const contentDir = join(root, 'content');
	const finders = new Map<string, PhraseFinder<string>>(glossary ? locales.map(({ code }) => [code, termFinder(glossary, code)]) : []);

	function lessonState(fileURL: URL | undefined): LessonState | undefined {
		if (!fileURL) return undefined;
		const path = fileURLToPath(fileURL);
		const inDocs = path.startsWith(docsDir + sep);
		if (!inDocs && !path.startsWith(contentDir + sep)) return undefined;
		const file = classifyContentFile(relative(inDocs ? docsDir : contentDir, path).split(sep).join('/'), locales.map(({ code }) => code));
		if (file.kind !== 'lesson') return undefined;
		const finder = finders.get(file.locale);
		// The glossary page lists the terms itself; the home page is a landing page, not a lesson.
		if (!glossary || !finder || file.id === 'glossary' || file.id === '') return undefined;
		return { locale: file.locale, finder, linked: new Set() };
	}

	const state = (ctx: MdastVisitorContext) => ctx.data[stateKey] as LessonState | undefined;

	const plugin = defineMdastPlugin({
		name: 'glossary-term-links',
		before(_tree, ctx) {
			ctx.data[stateKey] = lessonState(ctx.fileURL);
		},
		text(node, ctx) {
			const lesson = state(ctx);
			if (!lesson) return;
			const text = node.value.normalize('NFC');
			const firstUses = lesson.finder.find(text).filter((match, index, all) => !lesson.linked.has(match.value) && all.findIndex((m) => m.value === match.value) === index);
			if (firstUses.length === 0) return;
			// Checked only now: walking up the tree costs more than searching the text.
			for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
				if (excludedAncestors.has(parent.type)) return;
				// The label of an aside (`:::note[Label]`) is a title, like a heading.
				if ((parent.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) return;
			}
			for (const match of firstUses) lesson.linked.add(match.value);
			const pieces: ({ type: 'text'; value: string } | RawMarkup)[] = [];
			let at = 0;
			for (const match of firstUses) {
				if (match.start > at) pieces.push({ type: 'text', value: text.slice(at, match.start) });
				const html = termRefHtml({ id: match.value, locale: lesson.locale, text: text.slice(match.start, match.end), href: withBase(base, `/${lesson.locale}/glossary/#${match.value}`) });
				pieces.push(rawMarkup(html, ctx.sourceFormat));
				at = match.end;
			}
			if (at < text.length) pieces.push({ type: 'text', value: text.slice(at) });
			ctx.replaceNode(node, pieces);
		},
	});
	// Astro caches rendered Markdown until its config changes; this digest of
	// the glossary is part of the config, so editing a term re-renders lessons.
	const digest = createHash('sha256');
	for (const file of readGlossaryFiles(root)) digest.update(file.path).update('\0').update(file.text);
	return Object.assign(plugin, { glossaryDigest: digest.digest('hex') });
}
