// `npm run export:decks`: runs scripts/export-decks-main.ts (TypeScript, sharing
// the trainer's exporters in src/lib/backup) through Vite's module runner.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./export-decks-main.ts', import.meta.url)), {
	root,
	configFile: false,
	logLevel: 'error',
});
process.exitCode = module.main(root, process.argv.slice(2));
