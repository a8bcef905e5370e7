import { lettersTask } from './letters.ts';
import { soundsTask } from './sounds.ts';
import { shapesTask } from './shapes.ts';
import type { TargetTaskId } from './plan.ts';
import type { Task } from './task.ts';
import { texturesTask } from './textures.ts';

/** Task A, the source network's task. */
export const SOURCE_TASK = shapesTask;

/** Tasks a learner can pick as B. */
export const TARGET_TASKS: Readonly<Record<TargetTaskId, Task>> = { letters: lettersTask, sounds: soundsTask, textures: texturesTask };

export function targetTask(id: TargetTaskId): Task {
	return TARGET_TASKS[id];
}
