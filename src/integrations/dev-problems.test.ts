import { EventEmitter } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.mjs';
import { devProblems } from './dev-problems';
import { siteContent } from './site-content';

/**
 * While `npm run dev` runs, an edit that breaks a lesson shows the build's
 * block in the terminal and over the page, and fixing it clears both; edits
 * outside the content folders are not read again. Driven through the
 * integration's hook with the dev server's watcher and socket, on a copy of
 * the project, as an author edits it.
 */
let copy: string;
beforeAll(() => {
	copy = copyProject(process.cwd(), 'dev-problems');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function startServer() {
	const watcher = new EventEmitter();
	const sent: { type: string; err?: { message: string } }[] = [];
	const logged: string[] = [];
	const logger = { error: (text: string) => logged.push(text), info: (text: string) => logged.push(text) };
	const hook = devProblems(copy, siteContent).hooks['astro:server:setup'] as (options: unknown) => void;
	hook({ server: { watcher, ws: { send: (payload: { type: string }) => sent.push(payload) } }, logger });
	return { edit: (path: string) => watcher.emit('all', 'change', join(copy, path)), sent, logged };
}

it('shows a mistake made while the server runs, and clears it once fixed', () => {
	const lesson = 'content/en/strategies/introduction.mdx';
	const original = readFileSync(join(copy, lesson), 'utf8');
	const server = startServer();
	writeFileSync(join(copy, lesson), original.replace(/^title: .*\n/m, ''));
	server.edit(lesson);
	expect(server.logged.join('\n')).toContain(`The site cannot be built until these are fixed (1 problem):\n\n  ${lesson}:2\n    the lesson has no title.`);
	expect(server.sent).toEqual([{ type: 'error', err: { message: expect.stringContaining(`${lesson}:2`), stack: '' } }]);

	writeFileSync(join(copy, lesson), original);
	server.edit(lesson);
	expect(server.sent.at(-1)).toEqual({ type: 'full-reload' });
	expect(server.logged.at(-1)).toBe('The content problems are fixed.');
});

it('reads nothing again for edits outside the content folders', () => {
	const server = startServer();
	server.edit('src/components/Exercise.astro');
	server.edit('README.md');
	expect(server.sent).toEqual([]);
	expect(server.logged).toEqual([]);
});
