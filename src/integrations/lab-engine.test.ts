import { describe, expect, it } from 'vitest';
import { bundleLabEngineApart } from './lab-engine-bundle';

describe('bundleLabEngineApart', () => {
	it('bundles one entry that exports the fallback, with tfjs once and the cpu backend kept out of what a worker loads', async () => {
		const files = await bundleLabEngineApart();
		const entries = files.filter((file) => file.isEntry);
		expect(entries.map((file) => file.fileName)).toEqual([expect.stringMatching(/^lab-engine\.[\w-]+\.js$/)]);
		const entry = entries[0]!;
		expect(entry.exports).toContain('mainThreadRunner');
		expect(files.every((file) => file.fileName.startsWith('lab-engine'))).toBe(true);

		const byName = new Map(files.map((file) => [file.fileName, file]));
		const staticClosure = (name: string, seen = new Set<string>()): Set<string> => {
			if (seen.has(name)) return seen;
			seen.add(name);
			for (const imported of byName.get(name)?.imports ?? []) staticClosure(imported, seen);
			return seen;
		};
		const workerLoads = [...staticClosure(entry.fileName)].map((name) => byName.get(name)!);
		const workerCode = workerLoads.map((file) => file.code).join('\n');
		// tfjs-core's kernels and the wasm backend are in what a worker loads; the cpu backend is not.
		// (Boolean checks: a failing toContain would print a megabyte of minified code.)
		expect(workerCode.includes('Conv2DBackpropFilter')).toBe(true);
		expect(workerCode.includes('tfjs-backend-wasm-simd.wasm')).toBe(true);
		expect(entry.dynamicImports).toHaveLength(1);
		const cpuChunk = byName.get(entry.dynamicImports[0]!)!;
		expect(workerLoads).not.toContain(cpuChunk);
		expect(/backendName:\s*[`'"]cpu[`'"]/.test(cpuChunk.code)).toBe(true);
		expect(/backendName:\s*[`'"]cpu[`'"]/.test(workerCode)).toBe(false);
	}, 60_000);
});
