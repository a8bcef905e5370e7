// Runs scripts/lint-terms-main.ts (TypeScript, sharing src/lib/glossary with the
// site) through Vite's module runner, which Astro already installs.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./lint-terms-main.ts', import.meta.url)), {
	root,
	configFile: false,
	logLevel: 'error',
});
process.exitCode = module.main(process.argv[2] ?? root);
