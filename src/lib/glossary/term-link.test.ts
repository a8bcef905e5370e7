import { describe, expect, it } from 'vitest';
import { expandTermRefs, glossaryTips, termRefHtml, tooltipId, touchScriptCode } from './term-link';
import type { Glossary } from './parse';

const ref = termRefHtml({ id: 'fine-tuning', locale: 'tr', text: 'ince <ayarı>', href: '/course/tr/glossary/#fine-tuning' });
const tip = { definition: 'Üst katmanları <küçük> bir "hızla" eğitmek.' };

describe('expandTermRefs', () => {
	const html = expandTermRefs(`<p>Önce ${ref} yapılır.</p>`, (id, locale) => (id === 'fine-tuning' && locale === 'tr' ? tip : undefined));

	it('links the words to the entry and describes the link with the tooltip', () => {
		expect(html).toContain('<p>Önce <span class="glossary-term"><a class="glossary-term__link" href="/course/tr/glossary/#fine-tuning" aria-describedby="glossary-tip-fine-tuning">ince &#60;ayarı&#62;</a>');
		expect(html).toContain(`<span class="glossary-term__tip" role="tooltip" id="${tooltipId('fine-tuning')}" data-pagefind-ignore>`);
	});

	it('escapes the definition and keeps it out of the search index', () => {
		expect(html).toContain('data-pagefind-ignore>Üst katmanları &#60;küçük&#62; bir &#34;hızla&#34; eğitmek.</span></span> yapılır.</p>');
	});

	it('marks the language of a definition shown untranslated', () => {
		expect(expandTermRefs(ref, () => ({ definition: 'd', lang: 'en' }))).toContain('id="glossary-tip-fine-tuning" lang="en" data-pagefind-ignore>d<');
	});

	it('adds the touch script once after the terms, and nothing to a page without any', () => {
		const two = expandTermRefs(`${ref} ${ref}`, () => tip);
		expect(two.split('<script>')).toHaveLength(2);
		expect(two.endsWith(`<script>${touchScriptCode}</script>`)).toBe(true);
		expect(expandTermRefs('<p>No terms.</p>', () => tip)).toBe('<p>No terms.</p>');
	});

	it('leaves a term the glossary does not know as a plain link to it', () => {
		expect(expandTermRefs(ref, () => undefined)).toBe('<a class="glossary-term__link" href="/course/tr/glossary/#fine-tuning">ince &#60;ayarı&#62;</a>');
	});
});

describe('glossaryTips', () => {
	const entry = (id: string, term: string, definition: string) => ({ id, term, alternatives: [], definition });
	const glossary: Glossary = {
		sourceLocale: 'en',
		locales: ['en', 'tr'],
		tags: { en: 'en-GB', tr: 'tr' },
		concepts: [{ id: 'dropout', lessons: [] }, { id: 'early-stopping', lessons: [] }],
		entries: new Map([
			['en', new Map([['dropout', entry('dropout', 'Dropout', 'Switching units off.')], ['early-stopping', entry('early-stopping', 'Early stopping', 'Stopping early.')]])],
			['tr', new Map([['dropout', entry('dropout', 'Sönümleme', 'Birimleri kapatmak.')]])],
		]),
	};
	const tips = glossaryTips(glossary);

	it("gives the lesson's own definition, or the source locale's with its language tag", () => {
		expect(tips('dropout', 'tr')).toEqual({ definition: 'Birimleri kapatmak.', lang: undefined });
		expect(tips('early-stopping', 'tr')).toEqual({ definition: 'Stopping early.', lang: 'en-GB' });
		expect(tips('unknown', 'en')).toBeUndefined();
	});
});

describe('touchScriptCode', () => {
	it('stays within a few hundred bytes', () => {
		expect(new TextEncoder().encode(touchScriptCode).length).toBeLessThan(600);
	});
});
