// Eager JavaScript of a built page: inline scripts plus every module script
// the HTML references, followed through their static imports (what loads
// before any interaction). Dynamic imports, such as Pagefind's UI (loaded
// when a learner comes to search) and the lab's code, are not eager.
// Sizes are as transferred: each file gzipped on its own, the inline scripts
// together (they travel inside the one gzipped HTML document).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';

const staticImport = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']|(?:^|[;\s}])export\s*[\w*{}\s,$]+from\s*["']([^"']+)["']/g;

function fileForUrl(dist, base, url) {
	const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
	return join(dist, path);
}

/** Gzip and raw bytes of the eager JavaScript of `pagePath` (e.g. `/en/strategies/x/`). */
export function eagerJs(dist, pagePath, base = '/') {
	const html = readFileSync(join(dist, pagePath.replace(base, ''), 'index.html'), 'utf8');
	const inline = [];
	const chunks = [];
	const files = new Set();
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const [, attrs, body] = match;
		if (/type="(application\/(ld\+)?json)"/.test(attrs)) continue;
		const src = attrs.match(/\ssrc="([^"]+)"/)?.[1];
		if (src) files.add(resolve(fileForUrl(dist, base, src)));
		else if (body.trim()) {
			inline.push(body);
			for (const m of body.matchAll(staticImport)) {
				const spec = m[1] ?? m[2];
				if (spec?.startsWith('/')) files.add(resolve(fileForUrl(dist, base, spec)));
			}
		}
	}
	const queue = [...files];
	while (queue.length > 0) {
		const file = queue.shift();
		if (!existsSync(file)) throw new Error(`eager-js: ${file} referenced by ${pagePath} is missing`);
		const code = readFileSync(file, 'utf8');
		chunks.push(code);
		for (const m of code.matchAll(staticImport)) {
			const spec = m[1] ?? m[2];
			if (!spec || !(spec.startsWith('.') || spec.startsWith('/'))) continue;
			const next = spec.startsWith('/') ? resolve(fileForUrl(dist, base, spec)) : resolve(dirname(file), spec);
			if (!files.has(next)) {
				files.add(next);
				queue.push(next);
			}
		}
	}
	if (inline.length > 0) chunks.push(inline.join('\n'));
	const gzip = chunks.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
	const raw = chunks.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
	return { gzip, raw, files: [...files] };
}
