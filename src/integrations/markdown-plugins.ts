import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { resolveLessonLink, withBase } from '../lib/lesson-links.ts';
import { sourceLocale } from '../lib/locales.ts';
import { rawMarkup } from './raw-markup.ts';

/**
 * MathML of a formula, display or inline. Each translation repeats its
 * lesson's formulas word for word, so a formula is rendered once per build
 * and reused (the map holds one string per distinct formula).
 */
const mathml = new Map<string, string>();

function formulaMathml(tex: string, display: boolean): string {
	const key = `${display ? 'display' : 'inline'}\0${tex}`;
	let html = mathml.get(key);
	if (html === undefined) {
		html = katex.renderToString(tex, { output: 'mathml', displayMode: display });
		// A display formula wider than a phone scrolls sideways (src/styles/site.css);
		// a scrolling region must be reachable by keyboard, as Starlight's code blocks are.
		if (display) html = html.replace('<math ', '<math tabindex="0" ');
		mathml.set(key, html);
	}
	return html;
}

/**
 * Renders `$…$` and `$$…$$` to MathML at build time: no client JavaScript,
 * no font download, and every current browser draws it.
 */
export const mathToMathml = defineMdastPlugin({
	name: 'math-to-mathml',
	math(node, ctx) {
		ctx.replaceNode(node, rawMarkup(formulaMathml(node.value, true), ctx.sourceFormat));
	},
	inlineMath(node, ctx) {
		ctx.replaceNode(node, rawMarkup(formulaMathml(node.value, false), ctx.sourceFormat));
	},
});

/**
 * Rewrites links between lessons (written as relative `.md`/`.mdx` paths)
 * and root-relative site links (`/en/trainer/`) to URLs under the site's
 * base path. `lessonFiles` are the lesson index's files, relative to
 * `content/`. Links to missing lessons are left as written: the lesson
 * index reports them before the build starts.
 */
export function lessonLinks({ root, base, lessonFiles }: { root: string; base: string; lessonFiles: ReadonlySet<string> }) {
	const docsDir = join(root, 'src/content/docs');
	const contentDir = join(root, 'content');
	return ({ fileURL }: PluginFactoryContext) => {
		if (!fileURL) return undefined;
		const path = fileURLToPath(fileURL);
		const inDocs = path.startsWith(docsDir + sep);
		if (!inDocs && !path.startsWith(contentDir + sep)) return undefined;
		const from = relative(inDocs ? docsDir : contentDir, path).split(sep).join('/');
		/** The URL a link to `url` gets in the page, or undefined to leave it as written. */
		const rewritten = (url: string): string | undefined => {
			if (url.startsWith('/') && !url.startsWith('//')) return withBase(base, url);
			const resolved = resolveLessonLink(from, url, base, (f) => lessonFiles.has(f), sourceLocale.code);
			return resolved.kind === 'lesson' ? resolved.url : undefined;
		};
		return defineMdastPlugin({
			name: 'lesson-links',
			link(node, ctx) {
				const url = rewritten(node.url);
				if (url !== undefined) ctx.setProperty(node, 'url', url);
			},
			// Reference-style links (`[text][id]` … `[id]: ./a.md`) take their URL from the definition.
			definition(node, ctx) {
				const url = rewritten(node.url);
				if (url !== undefined) ctx.setProperty(node, 'url', url);
			},
		});
	};
}
