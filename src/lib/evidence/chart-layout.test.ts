import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, layoutChart, MARKERS, markerPath, spreadApart, textWidth, wrapLabel, type ChartInput } from './chart-layout.ts';

const amounts = [10, 100, 1000];
const flat = (mean: number) => amounts.map((amount) => ({ amount, mean, min: mean - 0.05, max: mean + 0.05 }));
const input: ChartInput = {
	amounts,
	yTitle: 'Validation accuracy on B',
	xTitle: 'B training images (log scale)',
	panels: [
		{ title: 'Letters: every condition holds', dashed: false, series: [
			{ methodIndex: 0, label: 'Linear probe', points: [{ amount: 10, mean: 0.3, min: 0.2, max: 0.35 }, { amount: 100, mean: 0.6, min: 0.55, max: 0.7 }, { amount: 1000, mean: 0.5, min: 0.48, max: 0.53 }] },
			{ methodIndex: 1, label: 'Tüm katmanlarda ince ayar', points: flat(0.9) },
			{ methodIndex: 2, label: 'Scratch', points: flat(0.91) },
		] },
		{ title: 'Textures: A’s features do not help B', dashed: true, series: [{ methodIndex: 0, label: 'Linear probe', points: flat(0.5) }] },
	],
};
const layout = layoutChart(input);
const [letters, textures] = layout.panels;

describe('wrapLabel', () => {
	it('breaks at spaces to fit, and keeps a long word whole', () => {
		expect(wrapLabel('Tüm katmanlarda ince ayar', textWidth('Tüm katmanlarda'))).toEqual(['Tüm katmanlarda', 'ince ayar']);
		expect(wrapLabel('Linear probe', 500)).toEqual(['Linear probe']);
		expect(wrapLabel('Sıfırdan', 10)).toEqual(['Sıfırdan']);
	});
});

describe('spreadApart', () => {
	it('leaves boxes that do not overlap where they are', () => {
		expect(spreadApart([{ top: 50, height: 10 }, { top: 10, height: 10 }], 0, 100)).toEqual([50, 10]);
	});

	it('pushes overlapping boxes apart, keeping their order and the bounds', () => {
		const tops = spreadApart([{ top: 95, height: 10 }, { top: 93, height: 10 }, { top: 20, height: 10 }], 0, 100, 2);
		expect(tops[2]).toBe(20);
		expect(tops[1]! + 10 + 2).toBeLessThanOrEqual(tops[0]!);
		expect(tops[0]! + 10).toBeLessThanOrEqual(100);
	});
});

describe('layoutChart', () => {
	it('puts amounts on a log axis: 100 half way between 10 and 1000', () => {
		const [first, middle, last] = letters!.xTicks;
		expect(first!.x).toBeCloseTo(letters!.plot.x, 0);
		expect(last!.x).toBeCloseTo(letters!.plot.x + letters!.plot.width, 0);
		expect(middle!.x).toBeCloseTo((first!.x + last!.x) / 2, 0);
	});

	it('puts a tick label that would touch the one before it a line lower, and the next panel below it', () => {
		const close = layoutChart({ ...input, amounts: [10, 100, 500, 1000], amountLabels: ['10', '100', '500', '1,000'] });
		const [panel, next] = close.panels;
		expect(panel!.xTicks.map((tick) => tick.label)).toEqual(['10', '100', '500', '1,000']);
		const [ten, hundred, fiveHundred, thousand] = panel!.xTicks;
		expect([ten!.labelY, hundred!.labelY, fiveHundred!.labelY]).toEqual([ten!.labelY, ten!.labelY, ten!.labelY]);
		expect(thousand!.labelY).toBe(ten!.labelY + close.lineHeight);
		expect(next!.title.y).toBeGreaterThan(thousand!.labelY + close.fontSize);
		// Where labels have room, they keep one line.
		expect(new Set(letters!.xTicks.map((tick) => tick.labelY)).size).toBe(1);
	});

	it('runs accuracy from 0 at the bottom to 100% at the top, with each bar around its mean', () => {
		const { plot, yTicks } = letters!;
		expect(yTicks.find((t) => t.value === 0)?.y).toBe(plot.y + plot.height);
		expect(yTicks.find((t) => t.value === 1)?.y).toBe(plot.y);
		for (const point of letters!.series[0]!.points) {
			expect(point.yMax).toBeLessThanOrEqual(point.y);
			expect(point.y).toBeLessThanOrEqual(point.yMin);
		}
	});

	it('draws each series as one path through its points, sideways-dodged so bars at one amount stay apart', () => {
		const [probe, , scratch] = letters!.series;
		expect(probe!.path.match(/[ML]/g)).toHaveLength(3);
		expect(probe!.path.startsWith(`M${probe!.points[0]!.x} ${probe!.points[0]!.y}`)).toBe(true);
		expect(scratch!.points[0]!.x - probe!.points[0]!.x).toBeGreaterThan(5);
		expect(probe!.marker).not.toBe(scratch!.marker);
	});

	it('labels every line at its right end inside the chart, apart from each other, with a leader when moved', () => {
		const labels = letters!.series.map((s) => s.label);
		for (const label of labels) {
			expect(label.x).toBeGreaterThan(letters!.plot.x + letters!.plot.width);
			expect(Math.max(...label.lines.map((line) => label.x + textWidth(line)))).toBeLessThanOrEqual(CHART_WIDTH);
		}
		expect(labels[1]!.lines).toEqual(['Tüm', 'katmanlarda', 'ince ayar']);
		const boxes = labels.map((l) => [l.y, l.y + (l.lines.length - 1) * layout.lineHeight] as const).sort((a, b) => a[0] - b[0]);
		for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0] - boxes[i - 1]![1]).toBeGreaterThanOrEqual(layout.lineHeight);
		expect(labels.some((l) => l.leader)).toBe(true);
		expect(labels[0]!.leader).toBeUndefined();
	});

	it('stacks the panels without overlap, dashed where a condition is violated, and the x title below them', () => {
		expect(textures!.title.y).toBeGreaterThan(letters!.plot.y + letters!.plot.height + layout.fontSize);
		expect(textures!.dashed).toBe(true);
		expect(layout.xTitle.y).toBeGreaterThan(textures!.xTicks[0]!.labelY);
		expect(layout.height).toBeGreaterThan(layout.xTitle.y);
	});

	it('wraps a title longer than the chart', () => {
		const long = layoutChart({ ...input, xTitle: 'B görevinin eğitim görüntüsü sayısı, logaritmik ölçekte, her tohum için ayrı ayrı ölçülmüş' });
		expect(long.xTitle.lines.length).toBeGreaterThan(1);
		expect(long.height).toBeGreaterThan(layout.height);
	});

	it('leaves room for WCAG 1.4.12 text spacing: every line fits the chart with 0.12em after each letter and 0.16em more at each space', () => {
		// What a line may take: the estimate of an unspaced character (0.55em) plus the spacing a reader may add.
		const spaced = (line: string) => (line.length * (0.55 + 0.12) + (line.split(' ').length - 1) * 0.16) * layout.fontSize;
		const title = 'Dokular (10 sınıf): A için öğrenilen düşük seviyeli öznitelikler B’ye yardım etmiyor';
		const long = layoutChart({ ...input, panels: [{ ...input.panels[0]!, title }] });
		expect(long.panels[0]!.title.lines.join(' ')).toBe(title);
		const placed = [long.yTitle, ...long.panels.flatMap((panel) => [panel.title, ...panel.series.map((series) => series.label)])];
		for (const text of placed) for (const line of text.lines) expect(text.x + spaced(line), line).toBeLessThanOrEqual(CHART_WIDTH);
		for (const line of long.xTitle.lines) expect(spaced(line), line).toBeLessThanOrEqual(CHART_WIDTH);
		// The y axis's tick labels end 8 units left of the plot: "100%", its "%" as wide as 0.9em, fits there with its spacing.
		expect(letters!.plot.x - 8).toBeGreaterThanOrEqual((0.9 + 3 * 0.56 + 4 * 0.12) * layout.fontSize);
	});

	it('rejects amounts that are not ascending', () => {
		expect(() => layoutChart({ ...input, amounts: [100, 10] })).toThrow(/ascending order, got 100, 10/);
	});
});

describe('markerPath', () => {
	it('draws four different closed shapes that start next to the point', () => {
		for (const marker of MARKERS) {
			const path = markerPath(marker, 100, 50);
			const [, x, y] = /^M([\d.]+) ([\d.]+) /.exec(path)!;
			expect(Math.hypot(Number(x) - 100, Number(y) - 50)).toBeLessThanOrEqual(5);
			expect(path.endsWith('Z')).toBe(true);
		}
		expect(new Set(MARKERS.map((marker) => markerPath(marker, 0, 0).replace(/[\d.-]+/g, '#'))).size).toBe(MARKERS.length);
	});
});
