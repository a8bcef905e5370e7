import { describe, expect, it } from 'vitest';
import { hideShortcutHint } from './search-button';

describe('hideShortcutHint', () => {
	it('hides only the outer shortcut hint of the open button', () => {
		const html =
			'<site-search><button data-open-modal aria-label="Ara"><span>Ara</span><kbd class="x"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog></dialog></site-search>';
		const out = hideShortcutHint(html);
		expect(out).toContain('<kbd aria-hidden="true" class="x"><kbd>Ctrl</kbd>');
		expect(out.match(/aria-hidden/g)).toHaveLength(1);
	});

	it('fails loudly when the markup it fixes is gone', () => {
		expect(() => hideShortcutHint('<button>no hint</button>')).toThrow(/markup changed/);
	});
});
