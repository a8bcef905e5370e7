import { describe, expect, it } from 'vitest';
import { termLinkHtml, tooltipId, touchScriptCode } from './term-link';

describe('termLinkHtml', () => {
	const html = termLinkHtml({ id: 'fine-tuning', text: 'ince ayarı', href: '/course/tr/glossary/#fine-tuning', definition: 'Üst katmanları <küçük> bir "hızla" eğitmek.' });

	it('links the words to the entry and describes the link with the tooltip', () => {
		expect(html).toContain('<a class="glossary-term__link" href="/course/tr/glossary/#fine-tuning" aria-describedby="glossary-tip-fine-tuning">ince ayarı</a>');
		expect(html).toContain(`role="tooltip" id="${tooltipId('fine-tuning')}"`);
	});

	it('escapes the definition and keeps it out of the search index', () => {
		expect(html).toContain('Üst katmanları &#60;küçük&#62; bir &#34;hızla&#34; eğitmek.');
		expect(html).toContain('data-pagefind-ignore');
	});

	it('marks the language of a definition shown untranslated', () => {
		expect(termLinkHtml({ id: 'x', text: 'x', href: '#', definition: 'd', definitionLang: 'en' })).toContain('lang="en"');
	});
});

describe('touchScriptCode', () => {
	it('stays within a few hundred bytes', () => {
		expect(new TextEncoder().encode(touchScriptCode).length).toBeLessThan(600);
	});
});
