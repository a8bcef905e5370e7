import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sampleProject } from './glossary-sample-project';
import { expandTermRefs, glossaryTips } from '../lib/glossary/term-link';
import { glossaryTermLinks } from './glossary-terms';
import { readSiteContent } from './site-content';

const root = sampleProject();
const { glossary } = readSiteContent(root);
const plugin = glossaryTermLinks({ root, base: '/course/', glossary });

/** A lesson as its page shows it: rendered, then given its tooltips. */
function render(locale: string, source: string, file = 'strategies/lesson.md'): string {
	return expandTermRefs(renderMarkdown(locale, source, file), glossaryTips(glossary!));
}

function renderMarkdown(locale: string, source: string, file: string): string {
	return markdownToHtml(source, {
		mdastPlugins: [plugin],
		features: { math: true, directive: true, headingAttributes: true },
		fileURL: pathToFileURL(join(root, 'content', locale, file)),
	}).html;
}

const linkTexts = (html: string) => [...html.matchAll(/class="glossary-term__link" href="([^"]+)"[^>]*>([^<]+)</g)].map((m) => `${m[2]} → ${m[1]}`);

describe('glossaryTermLinks', () => {
	it('links the first use of each term, inflected, to its entry under the base path', () => {
		const html = render('tr', 'Öğrenme aktarmasında sönümlemeyi kullanın. Sonra öğrenme aktarması yine geçer.');
		expect(linkTexts(html)).toEqual(['Öğrenme aktarmasında → /course/tr/glossary/#transfer-learning', 'sönümlemeyi → /course/tr/glossary/#dropout']);
		expect(html).toContain('aria-describedby="glossary-tip-dropout"');
		expect(html).toContain('<span class="glossary-term__tip" role="tooltip" id="glossary-tip-dropout" data-pagefind-ignore>Eğitimde birimleri rastgele devre dışı bırakmak.</span>');
	});

	it('skips headings, links, code, math and aside titles, and links the first use after them', () => {
		const source = [
			'# Dropout',
			'',
			'[Dropout](https://example.org) and `dropout` and $dropout$.',
			'',
			':::note[Dropout]',
			'A note.',
			':::',
			'',
			'Dropout at last.',
		].join('\n');
		const html = render('en', source);
		// Had any earlier "Dropout" counted as the first use, the last one would not be linked.
		expect(html).toContain('<p><span class="glossary-term"><a class="glossary-term__link" href="/course/en/glossary/#dropout"');
		expect(linkTexts(html)).toEqual(['Dropout → /course/en/glossary/#dropout']);
		expect(html).toMatch(/<h1[^>]*>Dropout<\/h1>/);
	});

	it('links a term not translated yet by its English wording, with the English definition marked as such', () => {
		const html = render('tr', 'Burada early stopping kullanılır.');
		expect(linkTexts(html)).toEqual(['early stopping → /course/tr/glossary/#early-stopping']);
		expect(html).toContain('id="glossary-tip-early-stopping" lang="en"');
	});

	it('adds the touch script once, only where a term was linked', () => {
		expect(render('en', 'Dropout, transfer learning.').match(/<script>/g)).toHaveLength(1);
		expect(render('en', 'Nothing to link.')).not.toContain('<script>');
	});

	it('leaves the glossary page, the home page and files outside content/ alone', () => {
		expect(render('en', 'Dropout.', 'glossary.md')).not.toContain('glossary-term');
		expect(render('en', 'Dropout.', 'index.md')).not.toContain('glossary-term');
		const outside = markdownToHtml('Dropout.', { mdastPlugins: [plugin], fileURL: pathToFileURL(join(root, 'README.md')) }).html;
		expect(outside).not.toContain('glossary-term');
	});

	it('stores only a reference to the term, without its definition, for the page to expand', () => {
		expect(renderMarkdown('en', 'Dropout.', 'strategies/lesson.md').trim()).toBe('<p><a class="glossary-term__link" href="/course/en/glossary/#dropout" data-term="dropout" data-term-locale="en">Dropout</a>.</p>');
	});

	it('emits JSX-safe markup in MDX', () => {
		const { code } = mdxToJs('Dropout {1}.', { mdastPlugins: [plugin], fileURL: pathToFileURL(join(root, 'content/en/strategies/lesson.mdx')) });
		expect(code).toContain('glossary-term__link');
		expect(code).toContain('data-term-locale');
	});

	it('changes its digest when the glossary changes, so Astro re-renders lessons', () => {
		const otherRoot = sampleProject({ 'content/glossary/en.yaml': `${'#\n'}${'- id: transfer-learning\n  term: Transfer learning\n  definition: d\n- id: dropout\n  term: Dropout\n  definition: d\n- id: early-stopping\n  term: Early stopping\n  definition: d\n'}` });
		const other = glossaryTermLinks({ root: otherRoot, base: '/', glossary: readSiteContent(otherRoot).glossary });
		expect(other.glossaryDigest).toMatch(/^[0-9a-f]{64}$/);
		expect(other.glossaryDigest).not.toBe(plugin.glossaryDigest);
	});

	it('links nothing when the glossary has mistakes (the build has stopped on them already)', () => {
		const html = markdownToHtml('Dropout.', { mdastPlugins: [glossaryTermLinks({ root, base: '/', glossary: undefined })], fileURL: pathToFileURL(join(root, 'content/en/a.md')) }).html;
		expect(html).not.toContain('glossary-term');
	});
});
