import { lettersTask } from './letters.ts';
import { shapesTask } from './shapes.ts';
import type { Task, TaskId } from './task.ts';
import { texturesTask } from './textures.ts';

/** Task A, the source network's task. */
export const SOURCE_TASK = shapesTask;

/** Tasks a learner can pick as B. */
export const TARGET_TASKS: Readonly<Record<Exclude<TaskId, 'shapes'>, Task>> = { letters: lettersTask, textures: texturesTask };

export function targetTaskOrThrow(id: string): Task {
	const task = (TARGET_TASKS as Record<string, Task>)[id];
	if (!task) throw new Error(`experiment plan: "task" must be one of ${Object.keys(TARGET_TASKS).join(', ')}, got ${id}`);
	return task;
}
