// A small static file server for the built site, used by the end-to-end
// tests and the benchmark. Serves DIR at http://127.0.0.1:PORT under an
// optional BASE path (`node scripts/serve.mjs dist-course 4330 /course/`).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', portArg = '4321', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.bin': 'application/octet-stream',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.pf_meta': 'application/octet-stream',
};

function fileFor(urlPath) {
	if (!urlPath.startsWith(base)) return undefined;
	const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
	let path = join(root, rel);
	try {
		if (statSync(path).isDirectory()) path = join(path, 'index.html');
		statSync(path);
		return path;
	} catch {
		return undefined;
	}
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = fileFor(url.pathname);
	if (!path) {
		const notFound = join(root, '404.html');
		res.writeHead(404, { 'content-type': types['.html'] });
		try {
			createReadStream(notFound).pipe(res);
		} catch {
			res.end('Not found');
		}
		return;
	}
	res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
	createReadStream(path).pipe(res);
}).listen(Number(portArg), '127.0.0.1', () => {
	console.log(`Serving ${dir} at http://127.0.0.1:${portArg}${base}`);
});
