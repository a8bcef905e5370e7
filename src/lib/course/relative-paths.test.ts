import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_BASE as B, prefixToRoot, relativiseMarkup, relativiseScript, rewriterFor } from './relative-paths';

describe('relative paths in a course package', () => {
	it('counts the way up from a file to the package root', () => {
		expect(prefixToRoot('index.html')).toBe('./');
		expect(prefixToRoot('en/index.html')).toBe('../');
		expect(prefixToRoot('tr/strategies/introduction/index.html')).toBe('../../../');
	});

	it('makes HTML references relative to the page, absolute site URLs included', () => {
		const html = `<a href="${B}en/glossary/">x</a><link rel="canonical" href="https://example.org${B}en/lab/"><script>location.replace(\`${B}en/\`)</script>`;
		expect(relativiseMarkup(html, 'en/lab/index.html')).toBe(
			'<a href="../../en/glossary/">x</a><link rel="canonical" href="../../en/lab/"><script>location.replace(`../../en/`)</script>',
		);
	});

	it('makes CSS urls relative to the style sheet', () => {
		expect(relativiseMarkup(`@font-face{src:url(${B}_astro/f.woff2)}`, '_astro/page.css')).toBe('@font-face{src:url(../_astro/f.woff2)}');
	});

	it('gives scripts the package root from their own URL, in every kind of string literal', () => {
		const root = 'new URL("../",import.meta.url).pathname';
		const js = `a=\`${B}_astro/w.js\`;b="${B}pagefind/".replace(/x/,"");c='${B}it\\'s';`;
		expect(relativiseScript(js, '_astro/chunk.js')).toBe(`a=\`\${${root}}_astro/w.js\`;b=(${root}+"pagefind/").replace(/x/,"");c=(${root}+'it\\'s');`);
	});

	it('evaluates to the package root wherever the package is served', () => {
		const js = relativiseScript(`return \`${B}tfjs-wasm/\`;`, '_astro/lab.js');
		const run = new Function('importMeta', js.replaceAll('import.meta', 'importMeta'));
		expect(run({ url: 'https://lms.example/pluginfile.php/9/mod_scorm/content/4/_astro/lab.js' })).toBe('/pluginfile.php/9/mod_scorm/content/4/tfjs-wasm/');
	});

	it('refuses a placeholder it cannot rewrite, naming the file', () => {
		expect(() => relativiseScript(`x=\`see ${B}\``, '_astro/odd.js')).toThrow('_astro/odd.js: the base path appears where it cannot be made relative');
	});

	it('rewrites only files that can carry paths', () => {
		expect(rewriterFor('en/index.html')).toBe(relativiseMarkup);
		expect(rewriterFor('_astro/a.js')).toBe(relativiseScript);
		expect(rewriterFor('models/source/weights.bin')).toBeUndefined();
		expect(rewriterFor('pagefind/fragment/en_1.pf_fragment')).toBeUndefined();
	});
});
