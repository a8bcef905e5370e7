import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { resolveLessonLink, withBase } from '../lib/lesson-links';

/**
 * Rewrites links between lessons (written as relative `.md`/`.mdx` paths)
 * and root-relative site links (`/en/trainer/`) to URLs under the site's
 * base path, and fails the build on a link to a lesson that does not exist,
 * naming the file and the link.
 */
export function remarkLessonLinks({ root, base }: { root: string; base: string }) {
	const docsDir = join(root, 'src/content/docs');
	const contentDir = join(root, 'content');
	return () => (tree: Root, file: VFile) => {
		const path = file.path;
		if (!path) return;
		const inDocs = path.startsWith(docsDir + sep);
		const inContent = path.startsWith(contentDir + sep);
		if (!inDocs && !inContent) return;
		const from = relative(inDocs ? docsDir : contentDir, path).split(sep).join('/');
		visit(tree, 'link', (node: Link) => {
			if (node.url.startsWith('/') && !node.url.startsWith('//')) {
				node.url = withBase(base, node.url);
				return;
			}
			const resolved = resolveLessonLink(from, node.url, base, (f) => existsSync(join(contentDir, f)));
			if (resolved.kind === 'lesson') node.url = resolved.url;
			else if (resolved.kind === 'missing') {
				const line = node.position?.start.line;
				throw new Error(
					`content/${from}${line ? `:${line}` : ''}: link "${node.url}" points to content/${resolved.target}, which does not exist`,
				);
			}
		});
	};
}
