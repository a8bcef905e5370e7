import { describe, expect, it } from 'vitest';
import { storageFallbackScript } from './storage-fallback';

/** A window whose storage getters throw, as in a cross-site frame with storage refused. */
function refusedWindow(): Record<string, unknown> {
	const window: Record<string, unknown> = {};
	for (const name of ['localStorage', 'sessionStorage']) {
		Object.defineProperty(window, name, {
			configurable: true,
			get() {
				throw new Error(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`);
			},
		});
	}
	return window;
}

/** Runs the script with `window` standing for the page's window. */
function runOn(window: Record<string, unknown>): void {
	new Function('window', storageFallbackScript)(window);
}

describe('storageFallbackScript', () => {
	it('gives a frame with refused storage a working storage that lasts as long as the page', () => {
		const window = refusedWindow();
		runOn(window);
		const local = window.localStorage as Storage;
		expect(local.getItem('starlight-theme')).toBeNull();
		local.setItem('starlight-theme', 'dark');
		expect(local.getItem('starlight-theme')).toBe('dark');
		expect(local.length).toBe(1);
		expect(local.key(0)).toBe('starlight-theme');
		local.removeItem('starlight-theme');
		expect(local.length).toBe(0);
		const session = window.sessionStorage as Storage;
		session.setItem('sl-sidebar-state', '{}');
		session.clear();
		expect(session.getItem('sl-sidebar-state')).toBeNull();
	});

	it('leaves working storage alone', () => {
		const storage = { getItem: () => 'kept' };
		const window: Record<string, unknown> = { localStorage: storage, sessionStorage: storage };
		runOn(window);
		expect(window.localStorage).toBe(storage);
	});
});
