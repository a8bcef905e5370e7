/**
 * The dev server's side of report-problems.ts. The config reads the content
 * once, when the server starts; an author then edits lessons, decks, the
 * glossary or interface strings while it runs. After each such edit the
 * content is read again (site-content.ts reads only what changed) and a
 * mistake is shown as the build would show it: the one block in the
 * terminal, and the same text over the page in the browser. The server
 * keeps running, so fixing the file is enough.
 */
import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content/problems.ts';
import { problemsHeading } from './report-problems.ts';
import type { SiteContent } from './site-content.ts';

/** The folders site-content.ts reads, which an author edits while the server runs. */
const contentFolders = ['content', 'quizzes', 'src/i18n'];

export function devProblems(root: string, read: (root: string) => Pick<SiteContent, 'problems'>): AstroIntegration {
	return {
		name: 'dev-problems',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				let shown = '';
				const check = (path: string) => {
					const inProject = relative(root, path).split(sep).join('/');
					if (!contentFolders.some((folder) => inProject === folder || inProject.startsWith(`${folder}/`))) return;
					const { problems } = read(root);
					const block = problems.length > 0 ? formatProblems(problems, problemsHeading) : '';
					if (block === shown) return;
					shown = block;
					if (block) {
						logger.error(`\n${block}\n`);
						server.ws.send({ type: 'error', err: { message: block, stack: '' } });
					} else {
						logger.info('The content problems are fixed.');
						server.ws.send({ type: 'full-reload' });
					}
				};
				server.watcher.on('all', (_event: string, path: string) => check(path));
			},
		},
	};
}
