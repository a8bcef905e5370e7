import type { ExperimentPlan } from './plan.ts';

/**
 * The three ready experiments, one per condition for transfer from A to B,
 * each with a variant where the condition holds and one where it is
 * violated. The lesson predicts a clear gain for the first and none for
 * the second; the lab compares that with what the numbers show and says so
 * when they disagree.
 */
export const PRESET_IDS = ['input', 'data', 'features'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const VARIANTS = ['holds', 'violated'] as const;
export type Variant = (typeof VARIANTS)[number];

const SEEDS = [1, 2, 3];
/**
 * The conditions are about feature extraction against training from
 * scratch, so the ready experiments run those two; fine-tuning trains every
 * layer and costs as much as scratch, so it is offered in the custom
 * settings instead, which keeps the default experiment within seconds.
 */
const SMALL: Omit<ExperimentPlan, 'task' | 'input' | 'amounts'> = { methods: ['linear-probe', 'scratch'], seeds: SEEDS, epochs: 20, validationSize: 150 };

const lettersSmall: ExperimentPlan = { ...SMALL, task: 'letters', input: 'original', amounts: [20, 50] };

export const PRESETS: Readonly<Record<PresetId, Record<Variant, ExperimentPlan>>> = {
	// Condition 1, same kind of input: the same letters, but every pixel moved by one fixed permutation.
	input: {
		holds: lettersSmall,
		violated: { ...lettersSmall, input: 'permuted' },
	},
	// Condition 2, much more data for A than for B: B grows toward A's size (A had 6000 images).
	data: {
		holds: lettersSmall,
		violated: { ...SMALL, seeds: [1, 2], epochs: 15, task: 'letters', input: 'original', amounts: [200, 500] },
	},
	// Condition 3, A's low-level features help B: letters are strokes and corners like A's shapes; fine textures are not.
	features: {
		holds: lettersSmall,
		violated: { ...lettersSmall, task: 'textures' },
	},
};

/** Custom runs use the ready experiments' seeds, epochs and validation size, so their numbers compare (and match the evidence sweep's). */
export const CUSTOM_DEFAULTS: Omit<ExperimentPlan, 'task' | 'input' | 'amounts' | 'methods'> = PRESETS.input.holds;

export const DEFAULT_PRESET: { id: PresetId; variant: Variant } = { id: 'input', variant: 'holds' };
