import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPanelString } from '../../lib/trainer-session/panel-strings';

const root = resolve(import.meta.dirname, '../..');

function resolveImport(from: string, specifier: string): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const base = resolve(dirname(from), specifier);
	return [base, `${base}.ts`].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
}

/**
 * The trainer's code that can run before the panels' strings have arrived:
 * everything trainer-app.ts imports, statically or not, except code loaded
 * through withPanelStrings (which fetches the strings with it), with the
 * trainer string keys each file names (a literal key, or the start of one
 * built from a template).
 */
function pageCode(): Map<string, string[]> {
	const found = new Map<string, string[]>();
	const queue = [resolve(root, 'components/trainer/trainer-app.ts')];
	for (let file = queue.pop(); file; file = queue.pop()) {
		if (found.has(file)) continue;
		const source = readFileSync(file, 'utf8');
		found.set(file, [...source.matchAll(/['"`](trainer\.[\w.]+?)(?:['"`]|\$\{)/g)].map((match) => match[1] ?? ''));
		const withStrings = new Set([...source.matchAll(/withPanelStrings\(\(\) => import\('([^']+)'\)\)/g)].map((match) => match[1]));
		const imports = [...source.matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)'/gm), ...source.matchAll(/import\('([^']+)'\)/g)];
		for (const [, specifier = ''] of imports) {
			if (withStrings.has(specifier)) continue;
			const imported = resolveImport(file, specifier);
			if (imported) queue.push(imported);
		}
	}
	return found;
}

describe("the trainer page's strings", () => {
	it('hold every string the code loaded without the panels file uses', () => {
		const code = pageCode();
		const names = [...code.keys()].map((file) => relative(root, file));
		// The walk reaches the session and its views, and stops at the panels.
		expect(names).toEqual(expect.arrayContaining(['components/trainer/session-controller.ts', 'components/trainer/card-view.ts', 'components/trainer/reminder.ts', 'lib/storage/errors.ts']));
		expect(names).not.toContain('components/trainer/stats-panel.ts');
		expect(names).not.toContain('components/trainer/damage-report.ts');
		const missing = [...code].flatMap(([file, keys]) => keys.filter((key) => isPanelString(key.endsWith('.') ? `${key}x` : key)).map((key) => `${relative(root, file)}: ${key}`));
		expect(missing).toEqual([]);
	});
});
