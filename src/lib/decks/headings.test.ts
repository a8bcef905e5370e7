import { describe, expect, it } from 'vitest';
import { headingIds, headingSlug } from './headings';

describe('headingIds', () => {
	it('reads explicit ids, slugs the rest and skips code blocks', () => {
		const md = ['# Title', '## When transfer pays {#when-practical}', '```md', '## Not a heading {#nope}', '```', '### 1. Same input', 'text ## no'].join('\n');
		expect([...headingIds(md)]).toEqual(['title', 'when-practical', '1-same-input']);
	});

	it('keeps letters of any script in slugs', () => {
		expect(headingSlug('Öğrenme aktarması!')).toBe('öğrenme-aktarması');
	});
});
