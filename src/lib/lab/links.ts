import type { ManipulationId } from '../conditions/manipulations.ts';
import { manipulationsOf } from './conditions.ts';
import { INPUT_KINDS, TARGET_TASK_IDS, type ExperimentPlan } from './plan.ts';
import { PRESET_IDS, PRESETS, type PresetId } from './presets.ts';
import { labQuery } from './query.ts';

/** Where the lab shows a manipulation: the ready experiment that violates its condition by it, or custom settings that do. */
export type LabLink =
	| { kind: 'preset'; experiment: PresetId; query: string }
	/** `settings`: i18n keys naming the custom task and input. */
	| { kind: 'custom'; settings: string[]; query: string };

/** The amounts and methods a custom link runs: those of the ready experiments, so the numbers compare. */
const CUSTOM_EXAMPLE: Pick<ExperimentPlan, 'amounts' | 'methods'> = { amounts: PRESETS.input.holds.amounts, methods: PRESETS.input.holds.methods };

const only = (plan: ExperimentPlan, manipulation: ManipulationId) => {
	const found = manipulationsOf(plan);
	return found.length === 1 && found[0] === manipulation;
};

export function labLinkFor(manipulation: ManipulationId): LabLink {
	const experiment = PRESET_IDS.find((id) => only(PRESETS[id].violated, manipulation));
	if (experiment) return { kind: 'preset', experiment, query: labQuery({ experiment, variant: 'violated' }) };
	for (const task of TARGET_TASK_IDS) {
		for (const input of INPUT_KINDS) {
			const plan = { ...PRESETS.input.holds, ...CUSTOM_EXAMPLE, task, input };
			if (only(plan, manipulation)) return { kind: 'custom', settings: [`lab.task.${task}`, `lab.input.${input}`], query: labQuery({ task, input, ...CUSTOM_EXAMPLE }) };
		}
	}
	throw new Error(`labLinkFor: no lab settings show "${manipulation}" alone`);
}
