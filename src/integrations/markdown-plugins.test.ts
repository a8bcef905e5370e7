import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lessonLinks, mathToMathml } from './markdown-plugins';

const root = '/project';
/** The lesson index's files, relative to content/. */
const lessonFiles = new Set(['en/strategies/intro.md', 'en/regularization/index.md']);

function render(source: string, base: string): string {
	return markdownToHtml(source, {
		mdastPlugins: [lessonLinks({ root, base, lessonFiles })],
		fileURL: pathToFileURL(join(root, 'content/en/strategies/intro.md')),
	}).html;
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);

describe('lessonLinks', () => {
	it('turns links to lesson files into page URLs under the base path, inline or reference-style', () => {
		const html = render('[inline](../regularization/index.md#dropout) and [by reference][reg].\n\n[reg]: ./intro.md\n', '/course/');
		expect(hrefs(html)).toEqual(['/course/en/regularization/#dropout', '/course/en/strategies/intro/']);
	});

	it('puts root-relative site links under the base path and leaves other links alone', () => {
		const html = render('[trainer](/en/practice/trainer/), [missing](./gone.md), [web](https://example.org/a.md)\n', '/course/');
		expect(hrefs(html)).toEqual(['/course/en/practice/trainer/', './gone.md', 'https://example.org/a.md']);
	});

	it('keeps the query and the anchor of a site link, as lab presets need', () => {
		const html = render('[lab](/en/practice/lab/?experiment=data&variant=violated#results)\n', '/course/');
		expect(hrefs(html)).toEqual(['/course/en/practice/lab/?experiment=data&amp;variant=violated#results']);
	});
});

describe('mathToMathml', () => {
	const source = 'Inline $w_{S}^{0}$ and\n\n$$\n\\frac{\\lambda}{2}\\lVert w \\rVert^2\n$$\n';

	it('renders inline and display math to MathML in Markdown', () => {
		const { html } = markdownToHtml(source, { features: { math: true }, mdastPlugins: [mathToMathml] });
		expect(html.match(/<math\b/g)).toHaveLength(2);
		expect(html).toContain('display="block"');
		expect(html).not.toContain('$');
	});

	it('makes display formulas, which may scroll sideways on a phone, reachable by keyboard', () => {
		const { html } = markdownToHtml(source, { features: { math: true }, mdastPlugins: [mathToMathml] });
		expect([...html.matchAll(/<math\b[^>]*>/g)].map(([tag]) => /display="block"/.test(tag) && /tabindex="0"/.test(tag))).toEqual([false, true]);
		expect(html.match(/tabindex/g)).toHaveLength(1);
	});

	it('renders a formula repeated inline and as a display the way each is written', () => {
		const { html } = markdownToHtml('$x^2$ and $x^2$\n\n$$\nx^2\n$$\n\n$x^2$\n', { features: { math: true }, mdastPlugins: [mathToMathml] });
		expect([...html.matchAll(/<math\b[^>]*>/g)].map(([tag]) => /display="block"/.test(tag))).toEqual([false, false, true, false]);
		expect(html.match(/tabindex/g)).toHaveLength(1);
	});

	it('renders math in MDX too, with its TeX annotation kept verbatim (not read as Markdown)', () => {
		const { code } = mdxToJs(source, { features: { math: true }, mdastPlugins: [mathToMathml] });
		expect(code.match(/"math"/g)).toHaveLength(2);
		const annotations = [...code.matchAll(/"annotation", \{\s*encoding: "application\/x-tex",\s*children: ("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1]!));
		expect(annotations).toEqual(['w_{S}^{0}', '\\frac{\\lambda}{2}\\lVert w \\rVert^2']);
	});
});
