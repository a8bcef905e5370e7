import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { formulaMathml } from '../lib/content/formulas.ts';
import { resolveLessonLink, withBase } from '../lib/lesson-links.ts';
import { sourceLocale } from '../lib/locales.ts';
import { rawMarkup } from './raw-markup.ts';

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
