import type { Point } from './evidence-data.ts';

/**
 * Geometry of the evidence chart, computed at build time: panels stacked
 * vertically (one per variant), accuracy from 0 to 100% against the number
 * of B images on a log axis, one line per method with a min–max bar per
 * point, and each line named by a label at its right end. Everything is in
 * viewBox units; the component only turns this into SVG elements. The
 * viewBox is narrow on purpose: shown 330 px wide on a phone, its text is
 * still about as large as the page's small print.
 */
export const CHART_WIDTH = 340;
export const FONT_SIZE = 12;
/** Average advance of one character as a share of the font size (generous for Latin text, so labels never run out of the viewBox). */
const CHAR_WIDTH = 0.55;
/**
 * The spacing a reader's style sheet may add under WCAG 1.4.12, as a share
 * of the font size: 0.12 after every letter, 0.16 more at every space. Text
 * is measured with it, so it wraps and is placed with room for it: at 320 px
 * with that spacing, a panel title ran 26 units past the viewBox and the
 * page scrolled sideways.
 */
export const TEXT_SPACING = { letter: 0.12, word: 0.16 } as const;
const LINE_HEIGHT = 14;
/** Room left of the plot for tick labels such as "100%": four characters, one as wide as "%", with text spacing, and the gap to the axis. */
const Y_AXIS_WIDTH = 48;
const LABEL_GAP = 12;
const MAX_LABEL_WIDTH = 100;
const PLOT_HEIGHT = 150;
const TICK_LABEL_HEIGHT = 18;
const PANEL_GAP = 14;
/** Methods' points sit this far apart sideways, so bars at one amount do not hide each other. */
const DODGE = 3.5;
export const Y_TICKS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Marker = (typeof MARKERS)[number];

export interface ChartSeriesInput {
	/** Index of the method in the chart's method order: picks its marker and colour. */
	methodIndex: number;
	label: string;
	points: readonly Point[];
}

export interface ChartPanelInput {
	title: string;
	/** Drawn with dashed lines: the panel where a condition is violated. */
	dashed: boolean;
	series: readonly ChartSeriesInput[];
}

export interface ChartInput {
	/** Ascending; the x axis runs from the first to the last and has a tick at each. */
	amounts: readonly number[];
	/** Each amount as its tick shows it ("1,000"); absent, the plain number. */
	amountLabels?: readonly string[];
	yTitle: string;
	xTitle: string;
	panels: readonly ChartPanelInput[];
}

export interface PlacedPoint {
	x: number;
	y: number;
	/** Ends of the min–max bar. */
	yMin: number;
	yMax: number;
}

export interface PlacedSeries {
	methodIndex: number;
	marker: Marker;
	path: string;
	points: PlacedPoint[];
	label: { lines: string[]; x: number; y: number; leader: { x1: number; y1: number; x2: number; y2: number } | undefined };
}

/** Text of one or more lines: `y` is the first line's baseline, each next line is `lineHeight` lower. */
export interface PlacedText {
	lines: string[];
	x: number;
	y: number;
}

export interface PlacedPanel {
	title: PlacedText;
	dashed: boolean;
	plot: { x: number; y: number; width: number; height: number };
	/** A label that would touch the one before it goes a line lower. */
	xTicks: { value: number; label: string; x: number; labelY: number }[];
	yTicks: { value: number; y: number }[];
	series: PlacedSeries[];
}

export interface ChartLayout {
	width: number;
	height: number;
	fontSize: number;
	lineHeight: number;
	yTitle: PlacedText;
	/** Centred on `x`. */
	xTitle: PlacedText;
	panels: PlacedPanel[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The width `text` may take, text spacing included. */
export const textWidth = (text: string, fontSize = FONT_SIZE) =>
	(text.length * (CHAR_WIDTH + TEXT_SPACING.letter) + (text.split(' ').length - 1) * TEXT_SPACING.word) * fontSize;

/** Breaks a label into lines that fit `maxWidth` at word boundaries; a single long word keeps its own line. */
export function wrapLabel(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * Moves boxes (wanted top, height) apart so none overlap, keeping them
 * inside [low, high] and as close as possible to where they wanted to be:
 * down from the top first, then up from the bottom if the last ran over.
 * Returns the tops in the input order.
 */
export function spreadApart(boxes: readonly { top: number; height: number }[], low: number, high: number, gap = 2): number[] {
	const order = boxes.map((box, index) => ({ ...box, index })).sort((a, b) => a.top - b.top || a.index - b.index);
	const tops = new Array<number>(boxes.length);
	let floor = low;
	for (const box of order) {
		tops[box.index] = Math.max(box.top, floor);
		floor = (tops[box.index] as number) + box.height + gap;
	}
	let ceiling = high;
	for (const box of [...order].reverse()) {
		tops[box.index] = Math.min(tops[box.index] as number, ceiling - box.height);
		ceiling = (tops[box.index] as number) - gap;
	}
	return tops;
}

export function layoutChart(input: ChartInput): ChartLayout {
	const { amounts } = input;
	if (amounts.length < 2 || amounts.some((amount, i) => amount <= 0 || (i > 0 && amount <= (amounts[i - 1] as number)))) {
		throw new Error(`evidence chart: amounts must be at least two positive numbers in ascending order, got ${amounts.join(', ')}`);
	}
	const wrapped = input.panels.map((panel) => panel.series.map((series) => wrapLabel(series.label, MAX_LABEL_WIDTH)));
	const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(...wrapped.flat(2).map((line) => textWidth(line))));
	const plotX = Y_AXIS_WIDTH;
	const plotWidth = CHART_WIDTH - plotX - LABEL_GAP - labelWidth - 2;
	const [first, last] = [amounts[0] as number, amounts.at(-1) as number];
	const xOf = (amount: number) => plotX + (plotWidth * Math.log(amount / first)) / Math.log(last / first);
	/** Places wrapped text whose first line starts below `top`; returns it and the y below its last line. */
	const textBlock = (text: string, x: number, top: number): [PlacedText, number] => {
		const lines = wrapLabel(text, CHART_WIDTH);
		return [{ lines, x, y: top + FONT_SIZE }, top + lines.length * LINE_HEIGHT];
	};
	const [yTitle, belowYTitle] = textBlock(input.yTitle, 0, 0);
	let top = belowYTitle + 4;
	const panels = input.panels.map((panel, panelIndex): PlacedPanel => {
		const [title, belowTitle] = textBlock(panel.title, 0, top + 2);
		const plotY = belowTitle + 10;
		const yOf = (accuracy: number) => plotY + PLOT_HEIGHT * (1 - accuracy);
		const count = panel.series.length;
		const placed = panel.series.map((series, seriesIndex) => {
			const dodge = (seriesIndex - (count - 1) / 2) * DODGE;
			const points = [...series.points]
				.sort((a, b) => a.amount - b.amount)
				.map((point) => ({ x: round(xOf(point.amount) + dodge), y: round(yOf(point.mean)), yMin: round(yOf(point.min)), yMax: round(yOf(point.max)) }));
			return { series, points, lines: wrapped[panelIndex]?.[seriesIndex] ?? [] };
		});
		const labelTops = spreadApart(
			placed.map(({ points, lines }) => ({ top: (points.at(-1)?.y ?? plotY) - (lines.length * LINE_HEIGHT) / 2, height: lines.length * LINE_HEIGHT })),
			plotY - LINE_HEIGHT / 2,
			plotY + PLOT_HEIGHT + LINE_HEIGHT / 2,
		);
		const labelX = plotX + plotWidth + LABEL_GAP;
		const series = placed.map(({ series: input, points, lines }, index): PlacedSeries => {
			const end = points.at(-1) ?? { x: labelX, y: plotY };
			const labelTop = labelTops[index] as number;
			const centre = labelTop + (lines.length * LINE_HEIGHT) / 2;
			return {
				methodIndex: input.methodIndex,
				marker: MARKERS[input.methodIndex % MARKERS.length] as Marker,
				path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '),
				points,
				label: {
					lines,
					x: round(labelX),
					y: round(labelTop + LINE_HEIGHT - 3),
					leader: Math.abs(centre - end.y) > LINE_HEIGHT / 2 ? { x1: round(end.x + 4), y1: end.y, x2: round(labelX - 2), y2: round(centre - 4) } : undefined,
				},
			};
		});
		const xTicks = tickLabels(amounts, input.amountLabels, xOf, plotY + PLOT_HEIGHT + FONT_SIZE + 4);
		top = Math.max(...xTicks.map((tick) => tick.labelY)) - FONT_SIZE - 4 + TICK_LABEL_HEIGHT + PANEL_GAP;
		return {
			title,
			dashed: panel.dashed,
			plot: { x: plotX, y: plotY, width: round(plotWidth), height: PLOT_HEIGHT },
			xTicks,
			yTicks: Y_TICKS.map((value) => ({ value, y: round(yOf(value)) })),
			series,
		};
	});
	const [xTitle, bottom] = textBlock(input.xTitle, CHART_WIDTH / 2, top - PANEL_GAP);
	return { width: CHART_WIDTH, height: bottom + 4, fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT, yTitle, xTitle, panels };
}

/**
 * The x axis's tick labels, centred under their ticks on the line at
 * `labelY`; on a log axis the last amounts lie close together, so a label
 * that would come within 4 units of the one before it on that line goes a
 * line lower.
 */
function tickLabels(amounts: readonly number[], labels: readonly string[] | undefined, xOf: (amount: number) => number, labelY: number): PlacedPanel['xTicks'] {
	/** Where the last label on each line ends. */
	const ends = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
	return amounts.map((value, index) => {
		const label = labels?.[index] ?? String(value);
		const x = xOf(value);
		const half = textWidth(label) / 2;
		const line = x - half >= (ends[0] as number) + 4 ? 0 : 1;
		ends[line] = x + half;
		return { value, label, x: round(x), labelY: labelY + line * LINE_HEIGHT };
	});
}

/** SVG path of a marker centred on (x, y), about 8 units across; the shapes tell methods apart without colour. */
export function markerPath(marker: Marker, x: number, y: number): string {
	const r = 3.5;
	switch (marker) {
		case 'circle':
			return `M${round(x - r)} ${y} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
		case 'square':
			return `M${round(x - r)} ${round(y - r)} h${2 * r} v${2 * r} h${-2 * r} Z`;
		case 'triangle':
			return `M${x} ${round(y - r - 1)} L${round(x + r + 0.5)} ${round(y + r)} L${round(x - r - 0.5)} ${round(y + r)} Z`;
		case 'diamond':
			return `M${x} ${round(y - r - 1)} L${round(x + r + 1)} ${y} L${x} ${round(y + r + 1)} L${round(x - r - 1)} ${y} Z`;
	}
}
