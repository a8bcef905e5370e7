import { describe, expect, it } from 'vitest';
import { whyNotLoaded } from './load-failure';

describe('whyNotLoaded', () => {
	it('is offline while the browser says so, without asking the site', async () => {
		let asked = false;
		expect(
			await whyNotLoaded(false, async () => {
				asked = true;
				return new Response(null, { status: 200 });
			}),
		).toBe('offline');
		expect(asked).toBe(false);
	});

	it('is offline when the browser thinks it is online but the site does not answer', async () => {
		expect(await whyNotLoaded(true, () => Promise.reject(new TypeError('Failed to fetch')))).toBe('offline');
	});

	it('is a replaced build when the site answers: the code is gone, not the connection (whatever the page’s own status)', async () => {
		for (const status of [200, 404, 503]) expect(await whyNotLoaded(true, async () => new Response(null, { status }))).toBe('replaced');
	});
});
