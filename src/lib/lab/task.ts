import { IMAGE_SIZE, PIXELS, renderDrawing, type Drawing, type Pose } from './raster.ts';
import type { Random } from './random.ts';

/** A classification task whose images are drawn procedurally, one class at a time. */
export interface Task {
	id: TaskId;
	/** One entry per class; `draw` writes one image of that class into `target` (length PIXELS, zeroed). */
	classes: readonly { id: string; draw(random: Random, target: Float32Array): void }[];
}

export type TaskId = 'shapes' | 'letters' | 'sounds' | 'textures';

/** A random placement that keeps the drawing on the canvas: the source of within-class variety. */
export function randomPose(random: Random): Pose {
	const scale = random.range(15, 22);
	const margin = scale * 0.5;
	return {
		scale,
		rotation: random.range(-0.3, 0.3),
		centerX: random.range(margin, IMAGE_SIZE - margin),
		centerY: random.range(margin, IMAGE_SIZE - margin),
		strokeWidth: random.range(1.6, 2.8),
	};
}

/** Moves every vertex a little, so two images of one class never share exact geometry. */
function jitter(drawing: Drawing, random: Random, amount: number): Drawing {
	const move = (points: readonly (readonly [number, number])[]) =>
		points.map(([x, y]) => [x + random.range(-amount, amount), y + random.range(-amount, amount)] as const);
	return { strokes: drawing.strokes.map(move), fills: drawing.fills.map(move) };
}

/** Adds faint sensor-like noise and clamps to [0, 1]. */
export function addNoise(random: Random, target: Float32Array, level = 0.08): void {
	for (let i = 0; i < PIXELS; i++) {
		const value = (target[i] as number) + random.normal() * level;
		target[i] = Math.min(1, Math.max(0, value));
	}
}

/** Turns fixed vector drawings into a task with random pose, jitter and noise. */
export function drawnTask(id: TaskId, drawings: Readonly<Record<string, Drawing>>): Task {
	return {
		id,
		classes: Object.entries(drawings).map(([classId, drawing]) => ({
			id: classId,
			draw(random: Random, target: Float32Array) {
				renderDrawing(jitter(drawing, random, 0.04), randomPose(random), target);
				addNoise(random, target);
			},
		})),
	};
}
