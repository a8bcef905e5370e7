import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts } from './content-security-policy';

describe('inlineScripts', () => {
	it('takes the inline scripts the browser runs, classic and module, and leaves files and data blocks', () => {
		const html = [
			'<head><script>window.a = 1;</script>',
			'<script type="module">import "x";</script>',
			'<script type=text/javascript>b()</script>',
			'<script src="/_astro/page.js"></script>',
			'<script type="module" src="/_astro/hoisted.js"></script>',
			'<script type="application/json" id="offline-config">{"worker":"/sw.js"}</script>',
			"<script type='application/ld+json'>{}</script>",
			'<script aria-hidden="true">\n\t\t(() => {})();\n\t</script></head>',
		].join('');
		expect(inlineScripts(html)).toEqual(['window.a = 1;', 'import "x";', 'b()', '\n\t\t(() => {})();\n\t']);
	});

	it('reads a script up to its own end tag, whatever it holds, and not a "<script" inside a comment or a style', () => {
		const html = '<!-- <script>commented()</script> --><style>a::after { content: "<script>x()</script>" }</style><script>const s = "<b>"; if (a < b) f();</script >';
		expect(inlineScripts(html)).toEqual(['const s = "<b>"; if (a < b) f();']);
	});

	it('gives line breaks as the HTML parser does (LF), so a page saved with CRLF gets the same hash', () => {
		expect(inlineScripts('<script>a();\r\nb();\rc();</script>')).toEqual(['a();\nb();\nc();']);
	});

	it('keeps an empty inline script: the browser checks it against the policy too', () => {
		expect(inlineScripts('<script></script>')).toEqual(['']);
	});
});

describe('contentSecurityPolicy', () => {
	it("lists each hash once, sorted, beside 'self' and WebAssembly", () => {
		expect(contentSecurityPolicy(['bbb=', 'aaa=', 'bbb='])).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-aaa=' 'sha256-bbb='; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'",
		);
	});
});
