import type { ExperimentPlan } from './experiment.ts';
import { METHODS } from './methods.ts';
import type { Outcome } from './summary.ts';

/**
 * The three ready experiments, one per condition for transfer from A to B,
 * each with a variant where the condition holds and one where it is
 * violated. `expected` is what the lesson predicts; the lab compares it
 * with what the numbers show and says so when they disagree.
 */
export const PRESET_IDS = ['input', 'data', 'features'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const VARIANTS = ['holds', 'violated'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface PresetVariant {
	plan: ExperimentPlan;
	expected: Outcome;
}

const SEEDS = [1, 2, 3];
/** Small enough for the default experiment to finish within seconds, large enough that three seeds separate the methods. */
const SMALL: Omit<ExperimentPlan, 'task' | 'input' | 'amounts'> = { methods: METHODS, seeds: SEEDS, epochs: 20, validationSize: 150 };

const lettersSmall: ExperimentPlan = { ...SMALL, task: 'letters', input: 'original', amounts: [20, 50] };

export const PRESETS: Readonly<Record<PresetId, Record<Variant, PresetVariant>>> = {
	// Condition 1, same kind of input: the same letters, but every pixel moved by one fixed permutation.
	input: {
		holds: { plan: lettersSmall, expected: 'transfer-wins' },
		violated: { plan: { ...lettersSmall, input: 'permuted' }, expected: 'no-difference' },
	},
	// Condition 2, much more data for A than for B: B grows toward A's size (A had 6000 images).
	data: {
		holds: { plan: lettersSmall, expected: 'transfer-wins' },
		violated: { plan: { ...SMALL, seeds: [1, 2], epochs: 15, task: 'letters', input: 'original', amounts: [200, 500] }, expected: 'no-difference' },
	},
	// Condition 3, A's low-level features help B: letters are strokes and corners like A's shapes; fine textures are not.
	features: {
		holds: { plan: lettersSmall, expected: 'transfer-wins' },
		violated: { plan: { ...lettersSmall, task: 'textures' }, expected: 'no-difference' },
	},
};

export const DEFAULT_PRESET: { id: PresetId; variant: Variant } = { id: 'input', variant: 'holds' };
