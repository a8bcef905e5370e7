import { arc, type Drawing } from './raster.ts';
import { drawnTask } from './task.ts';

/**
 * Task B: ten capital letters drawn as strokes. Different classes from task
 * A, built from the same kind of parts (lines, corners, curves), so A's
 * low-level features should help.
 */
const letterDrawings: Record<string, Drawing> = {
	A: { strokes: [[[0.15, 0.95], [0.5, 0.05], [0.85, 0.95]], [[0.3, 0.6], [0.7, 0.6]]], fills: [] },
	C: { strokes: [arc(0.55, 0.5, 0.42, Math.PI * 0.25, Math.PI * 1.75, 14)], fills: [] },
	E: { strokes: [[[0.8, 0.05], [0.2, 0.05], [0.2, 0.95], [0.8, 0.95]], [[0.2, 0.5], [0.7, 0.5]]], fills: [] },
	F: { strokes: [[[0.8, 0.05], [0.2, 0.05], [0.2, 0.95]], [[0.2, 0.5], [0.7, 0.5]]], fills: [] },
	H: { strokes: [[[0.2, 0.05], [0.2, 0.95]], [[0.8, 0.05], [0.8, 0.95]], [[0.2, 0.5], [0.8, 0.5]]], fills: [] },
	K: { strokes: [[[0.2, 0.05], [0.2, 0.95]], [[0.8, 0.05], [0.2, 0.55]], [[0.4, 0.4], [0.8, 0.95]]], fills: [] },
	L: { strokes: [[[0.25, 0.05], [0.25, 0.95], [0.8, 0.95]]], fills: [] },
	N: { strokes: [[[0.2, 0.95], [0.2, 0.05], [0.8, 0.95], [0.8, 0.05]]], fills: [] },
	T: { strokes: [[[0.1, 0.05], [0.9, 0.05]], [[0.5, 0.05], [0.5, 0.95]]], fills: [] },
	Z: { strokes: [[[0.15, 0.05], [0.85, 0.05], [0.15, 0.95], [0.85, 0.95]]], fills: [] },
};

export const lettersTask = drawnTask('letters', letterDrawings);
