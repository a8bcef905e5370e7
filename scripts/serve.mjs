// A small static file server for the built site, used by `npm start`, the
// end-to-end tests and the benchmark:
//   node scripts/serve.mjs DIR [PORT] [BASE]
// serves DIR at http://127.0.0.1:PORT/BASE (BASE defaults to BASE_PATH, or
// else to the path the site was built for, read from its 404 page, or `/`).
// Without a PORT it takes 4321 (or
// the PORT environment variable), or the next free port when that one is
// busy, as Astro's own servers do; a PORT given (the tests, the benchmark)
// is used or the server stops with one line saying it is taken; PORT 0 lets
// the system pick a free one. Files carry an ETag and are revalidated on
// every use (no-cache): an unchanged one is answered 304, as production hosts do.
// SERVE_HEADERS, a JSON object, adds headers to every response, to try the
// site as a host sends it: SERVE_HEADERS='{"content-security-policy": "..."}'.
// Without a PORT (a person's `npm run preview`), a DIR that does not exist
// stops it with one line saying to build first; with one, it serves anyway,
// so test runners can start it before the build they wait for exists.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const [dir = 'dist', portArg, baseArg] = process.argv.slice(2);
const defaultPort = Number(process.env.PORT) || 4321;
/** How many ports after the default one are tried before giving up. */
const portsToTry = 20;
const root = resolve(dir);

if (!portArg && !statOf(root)?.isDirectory()) {
	console.error(`serve: the folder ${dir} does not exist, so there is nothing to serve. Run npm run build first (or npm start, which builds and serves).`);
	process.exit(1);
}

/**
 * The path the site was built for (BASE_PATH at build time), from the asset
 * references of its 404 page, which every build has; undefined when it has
 * none. Served at any other path, every page's styles and scripts would 404.
 */
function builtBase() {
	try {
		return /(?:href|src)="(\/[^"]*?)_astro\//.exec(readFileSync(join(root, '404.html'), 'utf8'))?.[1];
	} catch {
		return undefined;
	}
}

const detected = baseArg || process.env.BASE_PATH ? undefined : builtBase();
const base = baseArg || process.env.BASE_PATH || detected || '/';
const extraHeaders = headersFrom(process.env.SERVE_HEADERS);

function headersFrom(text) {
	if (!text) return {};
	let headers;
	try {
		headers = JSON.parse(text);
	} catch {
		headers = undefined;
	}
	if (headers && typeof headers === 'object' && !Array.isArray(headers) && Object.values(headers).every((value) => typeof value === 'string')) return headers;
	console.error(`serve: SERVE_HEADERS must be a JSON object of header names and text values, as {"content-security-policy": "default-src 'self'"}; it is ${text}`);
	process.exit(1);
}

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
};

/** The stat of a path, or undefined when there is nothing there (or a file stands where a folder would be). */
function statOf(path) {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

/** Maps a request path to a file inside the built site, with its stat, or undefined. */
function fileFor(urlPath) {
	if (!urlPath.startsWith(base)) return undefined;
	const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
	const path = join(root, rel);
	if (!path.startsWith(root)) return undefined;
	const stat = statOf(path);
	const candidate = stat?.isDirectory() ? join(path, 'index.html') : path;
	const candidateStat = candidate === path ? stat : statOf(candidate);
	return candidateStat?.isFile() ? { path: candidate, stat: candidateStat } : undefined;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	// Lets test runners wait for the server even before a build exists.
	if (url.pathname === '/__health') return void res.end('ok');
	const file = fileFor(url.pathname);
	if (!file) {
		const notFound = join(root, '404.html');
		res.writeHead(404, { ...extraHeaders, 'content-type': types['.html'] });
		if (existsSync(notFound)) createReadStream(notFound).pipe(res);
		else res.end('Not found');
		return;
	}
	const { path, stat } = file;
	const type = types[extname(path)] ?? 'application/octet-stream';
	// As production hosts do: a validator, so a browser revalidating a file it has gets "not modified"
	// instead of the whole file again. Every file is revalidated (no-cache), never kept without asking:
	// offline, only the service worker's copies can answer, which is what the offline tests check.
	const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
	const caching = { ...extraHeaders, etag, 'cache-control': 'no-cache' };
	if (req.headers['if-none-match'] === etag) {
		res.writeHead(304, caching);
		return void res.end();
	}
	// Compress text as any production static host does.
	const gzip = /^(text\/|application\/(json|xml|wasm|manifest\+json)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	res.writeHead(200, { 'content-type': type, ...caching, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
	const body = createReadStream(path);
	if (gzip) body.pipe(createGzip()).pipe(res);
	else body.pipe(res);
});

function listen(port, triesLeft) {
	server.once('error', (error) => {
		// listen()'s callback stays registered after a failed attempt: drop it,
		// or the busy port's callback would announce the wrong line too.
		server.removeAllListeners('listening');
		if (error.code === 'EADDRINUSE' && triesLeft > 0) return listen(port + 1, triesLeft - 1);
		const why = error.code === 'EADDRINUSE' ? `port ${port} is in use${portArg ? '' : ` (tried ${defaultPort}-${port})`}` : error.message;
		console.error(`serve: cannot serve ${dir}: ${why}. ${portArg ? 'Stop what uses it, or give another port.' : 'Stop one of the servers using them.'}`);
		process.exit(1);
	});
	server.listen(port, '127.0.0.1', () => {
		const moved = port === defaultPort || portArg ? '' : ` (port ${defaultPort} is in use)`;
		const builtFor = detected && detected !== '/' ? ' (the path it was built for)' : '';
		// With port 0 the system picks the port: the line says which.
		console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}${base}${builtFor}${moved}`);
	});
}

listen(portArg ? Number(portArg) : defaultPort, portArg ? 0 : portsToTry);
