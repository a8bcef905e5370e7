import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Astro imports astro.config.mjs with Node first, and only when that fails
 * starts a Vite dev server to load it: the build's own startup then takes
 * about twice as long. Node loads our TypeScript by stripping the types, so
 * every module the config reaches must name relative imports with their
 * extension and use no TypeScript syntax that needs compiling (parameter
 * properties, enums, namespaces).
 */
it('loads astro.config.mjs and everything it imports in Node, without Vite', () => {
	const result = spawnSync(process.execPath, ['--input-type=module', '--eval', "await import('./astro.config.mjs');"], { cwd: root, encoding: 'utf8' });
	// Node's message names the import it could not load and the module that has it.
	expect(result.stderr, result.stderr).not.toMatch(/ERR_|Error/);
	expect(result.status, result.stderr).toBe(0);
}, 60_000);
