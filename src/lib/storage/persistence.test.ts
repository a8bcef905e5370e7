import { describe, expect, it, vi } from 'vitest';
import { freshName, openStore } from './test-helpers';

describe('persistent storage', () => {
	it('is requested once per page, and not when already granted', async () => {
		const persist = vi.fn(async () => true);
		const persisted = vi.fn(async () => false);
		vi.stubGlobal('navigator', { storage: { persist, persisted } });
		try {
			await openStore(freshName());
			await openStore(freshName());
			await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
			expect(persisted).toHaveBeenCalledTimes(1);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
