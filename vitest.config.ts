import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Node 24 has Temporal behind a flag: the learner clock uses it where the browser has it (src/lib/srs/learner-clock.ts).
		execArgv: ['--harmony-temporal'],
	},
});
