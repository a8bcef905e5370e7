import { defineConfig } from 'vitest/config';

/**
 * Test files that share module state or a fake IndexedDB between tests (the
 * store's helpers register their cleanup once per module; the store keeps a
 * once-per-page flag) run each in a worker of its own; the rest share
 * workers, which halves the suite's time (146 workers started at about a
 * quarter of a second each).
 */
const ownWorker = ['src/lib/storage/**/*.test.ts', 'src/lib/backup/**/*.test.ts', 'src/components/trainer/**/*.test.ts'];

export default defineConfig({
	test: {
		environment: 'node',
		// Node 24 has Temporal behind a flag: the learner clock uses it where the browser has it (src/lib/srs/learner-clock.ts).
		execArgv: ['--harmony-temporal'],
		projects: [
			{ extends: true, test: { name: 'own worker', include: ownWorker } },
			{ extends: true, test: { name: 'shared workers', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ownWorker, isolate: false } },
		],
	},
});
