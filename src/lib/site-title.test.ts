import { describe, expect, it } from 'vitest';
import { addShortTitle } from './site-title';

const starlightTitle =
	'<a href="/tr/" class="site-title sl-flex astro-x"><img class="astro-x" alt src="/logo.svg" width="32" height="32">' +
	'<span class="astro-x" translate="no">Öğrenme Aktarması Eğitmeni</span></a>';

describe('addShortTitle', () => {
	it('marks the full title and adds the short one beside it, inside the link', () => {
		expect(addShortTitle(starlightTitle, 'Aktarma Eğitmeni')).toBe(
			'<a href="/tr/" class="site-title sl-flex astro-x"><img class="astro-x" alt src="/logo.svg" width="32" height="32">' +
				'<span class="site-title__full astro-x" translate="no">Öğrenme Aktarması Eğitmeni</span>' +
				'<span class="site-title__short" translate="no">Aktarma Eğitmeni</span></a>',
		);
	});

	it('works without a scoped class and escapes the short title', () => {
		const out = addShortTitle('<a class="site-title"><span translate="no">A & B</span></a>', 'A & <B>');
		expect(out).toBe('<a class="site-title"><span class="site-title__full" translate="no">A & B</span><span class="site-title__short" translate="no">A &#38; &#60;B&#62;</span></a>');
	});

	it('fails loudly when the title text is gone', () => {
		expect(() => addShortTitle('<a class="site-title"><img alt></a>', 'T')).toThrow(/markup changed/);
	});
});
