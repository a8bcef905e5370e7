import { arc, regularPolygon, type Drawing } from './raster.ts';
import { drawnTask } from './task.ts';

/**
 * Task A: ten geometric shapes, outlined and filled. A network that tells
 * them apart learns edges, corners, curves and strokes: the low-level
 * features that letters are made of too.
 */
const shapeDrawings: Record<string, Drawing> = {
	circle: { strokes: [arc(0.5, 0.5, 0.42, 0, 2 * Math.PI, 20)], fills: [] },
	disc: { strokes: [], fills: [regularPolygon(20, 0.4, 0, false)] },
	square: { strokes: [regularPolygon(4, 0.55, Math.PI / 4)], fills: [] },
	block: { strokes: [], fills: [regularPolygon(4, 0.5, Math.PI / 4, false)] },
	triangle: { strokes: [regularPolygon(3, 0.5)], fills: [] },
	wedge: { strokes: [], fills: [regularPolygon(3, 0.5, -Math.PI / 2, false)] },
	plus: { strokes: [[[0.5, 0.05], [0.5, 0.95]], [[0.05, 0.5], [0.95, 0.5]]], fills: [] },
	cross: { strokes: [[[0.12, 0.12], [0.88, 0.88]], [[0.88, 0.12], [0.12, 0.88]]], fills: [] },
	bars: { strokes: [[[0.08, 0.3], [0.92, 0.3]], [[0.08, 0.7], [0.92, 0.7]]], fills: [] },
	diamond: { strokes: [regularPolygon(4, 0.48)], fills: [] },
};

export const shapesTask = drawnTask('shapes', shapeDrawings);
