import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from '../lab/model-files.ts';
import type { Source } from '../lab/methods.ts';
import { useNodeBackend } from '../lab/node-backend.ts';
import { readShippedModel } from '../lab/shipped-model.ts';
import { EVIDENCE_FILE, parseEvidence } from './evidence-data.ts';
import { runJob, shippedModelIdentity, sweepSettings } from './run-sweep.ts';
import { EVIDENCE_VARIANTS, evidenceVariants, formatEvidence } from './sweep.ts';

/**
 * Holds the committed data to the current code: same settings, same model,
 * same variants, and the cheapest job of each variant recomputed gives the
 * committed numbers. When this fails, the lab changed: run `npm run evidence`
 * and commit the new file.
 */
const text = readFileSync(new URL(`../../../${EVIDENCE_FILE}`, import.meta.url), 'utf8');
const data = parseEvidence(JSON.parse(text));
let source: Source;

beforeAll(async () => {
	await useNodeBackend('wasm');
	source = await loadSource(readShippedModel().artifacts);
});
afterAll(() => source.model.dispose());

describe(EVIDENCE_FILE, () => {
	it('was made with the current settings, shipped model and variants (else rerun npm run evidence)', () => {
		expect(data.settings).toEqual(sweepSettings(shippedModelIdentity()));
		expect(data.variants).toEqual(evidenceVariants());
	});

	it('is written in the script’s own format', () => {
		expect(text).toBe(formatEvidence(data));
	});

	it.each(EVIDENCE_VARIANTS)('recomputes the smallest %s job to the committed numbers', async (variant) => {
		const [amount, seed] = [data.settings.amounts[0] as number, data.settings.seeds[0] as number];
		const finals = await runJob({ variant, amount, seed }, source);
		for (const method of data.settings.methods) {
			const committed = data.results.find((r) => r.variant === variant && r.method === method && r.amount === amount)?.accuracies[0];
			expect(Number(finals[method]?.toFixed(4)), `${variant}, ${method}, ${amount} images, seed ${seed}`).toBe(committed);
		}
	}, 120_000);
});
