import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm start` and `npm run preview` (scripts/serve.mjs without a port) move
 * to the next free port when theirs is taken, and say so; a port given
 * explicitly (tests, benchmark) is never swapped for another. Files are
 * revalidated with an ETag, as production hosts do. Without a port, a
 * folder that was never built is refused in one line.
 */
const started: (ChildProcess | Server)[] = [];
afterEach(() => {
	for (const thing of started.splice(0)) 'kill' in thing ? thing.kill() : thing.close();
});

async function occupy(port: number): Promise<void> {
	const blocker = createServer();
	started.push(blocker);
	blocker.listen(port, '127.0.0.1');
	await once(blocker, 'listening');
}

async function serve(args: string[], env: Record<string, string> = {}, dir = 'dist'): Promise<{ code: number | null; output: string }> {
	const child = spawn(process.execPath, ['scripts/serve.mjs', dir, ...args], { env: { ...process.env, ...env } });
	started.push(child);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = once(child, 'exit').then(([code]) => code as number | null);
	const listening = new Promise<null>((resolve) => child.stdout.on('data', () => output.includes('Serving') && resolve(null)));
	const code = await Promise.race([exited, listening]);
	return { code, output };
}

describe('scripts/serve.mjs', () => {
	it('takes the next free port when the default one is busy, and prints the URL', async () => {
		await occupy(8531);
		// An empty folder: whatever dist/ was last built for does not matter here.
		const site = mkdtempSync(join(tmpdir(), 'serve-'));
		const { code, output } = await serve([], { PORT: '8531', BASE_PATH: '' }, site);
		expect(code).toBeNull();
		// The busy port's attempt must not announce itself as well.
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(output.trim()).toBe(`Serving ${site} at http://127.0.0.1:8532/ (port 8531 is in use)`);
		rmSync(site, { recursive: true, force: true });
	});

	it('serves a site built with BASE_PATH under that path, as `BASE_PATH=/course/ npm start` builds it', async () => {
		const { code, output } = await serve(['0'], { BASE_PATH: '/course/' });
		expect(code).toBeNull();
		expect(output.trim()).toMatch(/^Serving dist at http:\/\/127\.0\.0\.1:\d+\/course\/$/);
	});

	it('serves a site built for a sub-path there without being told, as `npm run preview` after `BASE_PATH=/kurs/ npm run build`', async () => {
		const site = mkdtempSync(join(tmpdir(), 'serve-'));
		mkdirSync(join(site, 'en'));
		writeFileSync(join(site, '404.html'), '<!doctype html><title>404</title><link rel="stylesheet" href="/kurs/_astro/print.Bx12.css">');
		writeFileSync(join(site, 'en', 'index.html'), '<!doctype html><title>en</title>');
		const { output } = await serve(['0'], { BASE_PATH: '' }, site);
		expect(output.trim()).toMatch(new RegExp(`^Serving ${site} at http://127\\.0\\.0\\.1:\\d+/kurs/ \\(the path it was built for\\)$`));
		const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
		expect((await fetch(`${origin}/kurs/en/`)).status).toBe(200);
		rmSync(site, { recursive: true, force: true });
	});

	it('answers a revalidation of an unchanged file with 304, and has every file revalidated', async () => {
		const site = mkdtempSync(join(tmpdir(), 'serve-'));
		mkdirSync(join(site, '_astro'));
		writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
		writeFileSync(join(site, '_astro', 'app.Bx12.js'), 'export {};');
		const { output } = await serve(['0'], {}, site);
		const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
		const page = await fetch(`${origin}/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('cache-control')).toBe('no-cache');
		const etag = page.headers.get('etag');
		expect(etag).toMatch(/^".+"$/);
		expect((await fetch(`${origin}/`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
		expect((await fetch(`${origin}/`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
		const asset = await fetch(`${origin}/_astro/app.Bx12.js`);
		expect(asset.headers.get('cache-control')).toBe('no-cache');
		expect((await fetch(`${origin}/_astro/app.Bx12.js`, { headers: { 'if-none-match': asset.headers.get('etag')! } })).status).toBe(304);
		rmSync(site, { recursive: true, force: true });
	});

	it('adds the headers of SERVE_HEADERS to every answer, as a host sends its Content-Security-Policy', async () => {
		const site = mkdtempSync(join(tmpdir(), 'serve-'));
		writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
		const policy = "default-src 'self'";
		const { output } = await serve(['0'], { SERVE_HEADERS: JSON.stringify({ 'Content-Security-Policy': policy }) }, site);
		const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
		const page = await fetch(`${origin}/`);
		expect(page.headers.get('content-security-policy')).toBe(policy);
		expect((await fetch(`${origin}/`, { headers: { 'if-none-match': page.headers.get('etag')! } })).headers.get('content-security-policy')).toBe(policy);
		expect((await fetch(`${origin}/missing/`)).headers.get('content-security-policy')).toBe(policy);
		rmSync(site, { recursive: true, force: true });
	});

	it('stops with one line when SERVE_HEADERS is not a JSON object of texts', async () => {
		const { code, output } = await serve(['0'], { SERVE_HEADERS: "content-security-policy: default-src 'self'" });
		expect(code).toBe(1);
		expect(output.trim()).toBe(`serve: SERVE_HEADERS must be a JSON object of header names and text values, as {"content-security-policy": "default-src 'self'"}; it is content-security-policy: default-src 'self'`);
	});

	it('stops with one line, no stack trace, when a port given explicitly is busy', async () => {
		await occupy(8533);
		const { code, output } = await serve(['8533']);
		expect(code).toBe(1);
		expect(output.trim()).toBe('serve: cannot serve dist: port 8533 is in use. Stop what uses it, or give another port.');
	});

	it('stops with one line saying to build first when `npm run preview` finds no build, instead of answering every page "Not found"', async () => {
		const missing = join(mkdtempSync(join(tmpdir(), 'serve-')), 'dist');
		const { code, output } = await serve([], { PORT: '8534' }, missing);
		expect(code).toBe(1);
		expect(output.trim()).toBe(`serve: the folder ${missing} does not exist, so there is nothing to serve. Run npm run build first (or npm start, which builds and serves).`);
	});

	it('serves a folder not yet built when given a port, so a test runner can wait for the build', async () => {
		const missing = join(mkdtempSync(join(tmpdir(), 'serve-')), 'dist');
		const { code, output } = await serve(['0'], {}, missing);
		expect(code).toBeNull();
		expect(output.trim()).toMatch(/^Serving .*dist at http:\/\/127\.0\.0\.1:\d+\/$/);
	});
});
