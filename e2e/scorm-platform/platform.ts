import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { unzipSync } from 'fflate';

/**
 * A stand-in for a course platform, built on scorm-again (an LMS-side
 * SCORM run-time for both versions): it unpacks a package zip the way
 * Moodle does, serves it from a deep path on its own origin, and serves
 * the player page (player.html) that frames the package and stores what
 * the package commits.
 */

export const CONTENT_PATH = '/pluginfile.php/123/mod_scorm/content/4/';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.xsd': 'application/xml',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
};

export interface Platform {
	url: string;
	/** The player page for a package version, launching its SCO. */
	playerUrl(version: '1.2' | '2004'): string;
	/** What the platform has stored from commits (flattened cmi), per version. */
	stored: Record<string, Record<string, string>>;
	/** Requests that asked for something outside the package, or for a file it lacks. */
	misses: string[];
	close(): Promise<void>;
}

/** Unpacks a zip into a folder (replacing it); returns the manifest's launch href. */
export function unpack(zipFile: string, into: string): string {
	rmSync(into, { recursive: true, force: true });
	for (const [name, data] of Object.entries(unzipSync(readFileSync(zipFile)))) {
		if (name.endsWith('/')) continue;
		const path = join(into, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, data);
	}
	const manifest = readFileSync(join(into, 'imsmanifest.xml'), 'utf8');
	return /<resource [^>]*href="([^"]+)"/.exec(manifest)![1]!;
}

export async function startPlatform(packageDir: string, launch: string): Promise<Platform> {
	const root = resolve(packageDir);
	const harness = resolve(import.meta.dirname);
	const scormAgain = resolve(import.meta.dirname, '../../node_modules/scorm-again/dist');
	const stored: Platform['stored'] = { '1.2': {}, '2004': {} };
	const misses: string[] = [];
	const send = (res: import('node:http').ServerResponse, file: string) => {
		res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
		res.end(readFileSync(file));
	};
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://platform');
		const path = decodeURIComponent(url.pathname);
		const commit = /^\/lms\/commit\/(1\.2|2004)$/.exec(path);
		if (commit && req.method === 'POST') {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				Object.assign(stored[commit[1]!]!, JSON.parse(body || '{}'));
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ result: true, errorCode: 0 }));
			});
			return;
		}
		const state = /^\/lms\/state\/(1\.2|2004)$/.exec(path);
		if (state) {
			res.writeHead(200, { 'content-type': 'application/json' });
			return void res.end(JSON.stringify(stored[state[1]!]));
		}
		if (path.startsWith('/mod/scorm/scorm-again/')) return send(res, join(scormAgain, path.slice('/mod/scorm/scorm-again/'.length)));
		if (path.startsWith('/mod/scorm/')) return send(res, join(harness, path.slice('/mod/scorm/'.length)));
		if (path.startsWith(CONTENT_PATH)) {
			const file = join(root, normalize(path.slice(CONTENT_PATH.length)));
			const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
			if (target.startsWith(root) && existsSync(target) && statSync(target).isFile()) return send(res, target);
		}
		if (path !== '/favicon.ico') misses.push(path);
		res.writeHead(404).end();
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url,
		playerUrl: (version) => `${url}/mod/scorm/player.html?version=${version}&launch=${encodeURIComponent(CONTENT_PATH + launch)}`,
		stored,
		misses,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
