// `npm run package:scorm`: runs scripts/package-scorm-main.ts (TypeScript, sharing
// src/lib/course with the site) through Vite's module runner.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./package-scorm-main.ts', import.meta.url)), {
	root,
	configFile: false,
	logLevel: 'error',
});
process.exitCode = module.main(root);
