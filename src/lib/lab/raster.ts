/**
 * Renders vector drawings (strokes and filled polygons in unit coordinates)
 * into 28x28 grey images with anti-aliased edges. Pure arithmetic, so the
 * same drawing gives the same pixels in Node, a worker and the main thread.
 */
export const IMAGE_SIZE = 28;
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;

export type Point = readonly [number, number];

export interface Drawing {
	/** Open polylines, drawn with the pose's stroke width. */
	strokes: readonly (readonly Point[])[];
	/** Closed polygons, filled. */
	fills: readonly (readonly Point[])[];
}

/** Where and how a drawing lands on the canvas. */
export interface Pose {
	/** Size of the unit square on the canvas, in pixels. */
	scale: number;
	/** Rotation in radians about the drawing's centre (0.5, 0.5). */
	rotation: number;
	/** Canvas position of the drawing's centre, in pixels. */
	centerX: number;
	centerY: number;
	/** Stroke width in pixels. */
	strokeWidth: number;
}

function transform(points: readonly Point[], pose: Pose): Point[] {
	const cos = Math.cos(pose.rotation);
	const sin = Math.sin(pose.rotation);
	return points.map(([x, y]) => {
		const u = (x - 0.5) * pose.scale;
		const v = (y - 0.5) * pose.scale;
		return [pose.centerX + u * cos - v * sin, pose.centerY + u * sin + v * cos] as const;
	});
}

function distanceToSegment(px: number, py: number, a: Point, b: Point): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const lengthSquared = dx * dx + dy * dy;
	const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / lengthSquared));
	const cx = a[0] + t * dx - px;
	const cy = a[1] + t * dy - py;
	return Math.sqrt(cx * cx + cy * cy);
}

function insidePolygon(px: number, py: number, polygon: readonly Point[]): boolean {
	let inside = false;
	for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
		const [xi, yi] = polygon[i] as Point;
		const [xj, yj] = polygon[j] as Point;
		if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Draws into `target` (length PIXELS) with max-blending, so overlapping parts do not add up. */
export function renderDrawing(drawing: Drawing, pose: Pose, target: Float32Array): void {
	const strokes = drawing.strokes.map((line) => transform(line, pose));
	const fills = drawing.fills.map((polygon) => transform(polygon, pose));
	const halfWidth = pose.strokeWidth / 2;
	for (let row = 0; row < IMAGE_SIZE; row++) {
		for (let col = 0; col < IMAGE_SIZE; col++) {
			const px = col + 0.5;
			const py = row + 0.5;
			let value = 0;
			for (const line of strokes) {
				for (let k = 0; k + 1 < line.length; k++) {
					const d = distanceToSegment(px, py, line[k] as Point, line[k + 1] as Point);
					value = Math.max(value, Math.min(1, Math.max(0, halfWidth - d + 0.5)));
				}
			}
			for (const polygon of fills) {
				if (insidePolygon(px, py, polygon)) {
					value = 1;
					continue;
				}
				for (let k = 0; k < polygon.length; k++) {
					const d = distanceToSegment(px, py, polygon[k] as Point, polygon[(k + 1) % polygon.length] as Point);
					value = Math.max(value, Math.min(1, Math.max(0, 0.5 - d)));
				}
			}
			const index = row * IMAGE_SIZE + col;
			target[index] = Math.max(target[index] as number, value);
		}
	}
}

/** A regular polygon (or, with many sides, a circle) centred in the unit square. */
export function regularPolygon(sides: number, radius: number, startAngle = -Math.PI / 2, closed = true): Point[] {
	const points: Point[] = [];
	for (let i = 0; i < sides; i++) {
		const angle = startAngle + (2 * Math.PI * i) / sides;
		points.push([0.5 + radius * Math.cos(angle), 0.5 + radius * Math.sin(angle)]);
	}
	if (closed) points.push(points[0] as Point);
	return points;
}

/** An arc of a circle centred at (cx, cy), as a polyline. */
export function arc(cx: number, cy: number, radius: number, from: number, to: number, segments = 10): Point[] {
	const points: Point[] = [];
	for (let i = 0; i <= segments; i++) {
		const angle = from + ((to - from) * i) / segments;
		points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
	}
	return points;
}
