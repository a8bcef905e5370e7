import { CONDITIONS, type TransferCondition } from '../conditions/conditions.ts';
import { conditionsBrokenBy, type ManipulationId } from '../conditions/manipulations.ts';
import { hasMuchMoreData } from '../conditions/transfer.ts';
import { SOURCE_IMAGES, type ExperimentPlan, type TargetTaskId } from './plan.ts';

/**
 * Which transfer conditions a plan meets, judged by the shared definitions
 * (src/lib/conditions) from what the lab knows about its tasks: A is drawn
 * shapes, an image task of SOURCE_IMAGES images. No tfjs here: the page
 * uses it to word its verdict.
 */
const TASK_MANIPULATION: Readonly<Record<TargetTaskId, ManipulationId | undefined>> = {
	// Drawn like A's shapes, from the same kind of strokes: every condition can hold.
	letters: undefined,
	// Sound clips: a signal over time in the image grid, another kind of data than A's images.
	sounds: 'different-input-kind',
	// Random 4x4 tile patterns: images with the edges A's first layer detects, but none of the strokes and corners its second layer builds.
	textures: 'unrelated-patterns',
};

/** What makes the plan break a condition at `amount` B images, in a fixed order. */
export function manipulationsAt(plan: Pick<ExperimentPlan, 'task' | 'input'>, amount: number): ManipulationId[] {
	const found: ManipulationId[] = [];
	const task = TASK_MANIPULATION[plan.task];
	if (task) found.push(task);
	if (plan.input === 'permuted') found.push('shuffled-pixels');
	if (!hasMuchMoreData(SOURCE_IMAGES, amount)) found.push('more-data-for-b');
	return found;
}

/** The manipulations at any of the plan's amounts. */
export function manipulationsOf(plan: ExperimentPlan): ManipulationId[] {
	return [...new Set(plan.amounts.flatMap((amount) => manipulationsAt(plan, amount)))];
}

/** Whether each condition holds for the plan at `amount` B images. */
export function conditionsAt(plan: Pick<ExperimentPlan, 'task' | 'input'>, amount: number): Record<TransferCondition, boolean> {
	const broken = new Set(manipulationsAt(plan, amount).flatMap(conditionsBrokenBy));
	return Object.fromEntries(CONDITIONS.transfer.map((id) => [id, !broken.has(id)])) as Record<TransferCondition, boolean>;
}
