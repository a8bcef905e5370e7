import type { StatusReport } from './report';
import { contentKinds, type ContentKind, type ItemStatus } from './types';

/**
 * The plain-text report `npm run i18n:status` prints: a table of counts per
 * locale and kind, then what each locale has left to do, one line per item,
 * named `<kind>:<id>` as `--stamp` expects.
 * Items with no recorded hash are summed up per file: they are usually a
 * whole file translated before its translator recorded hashes.
 */

export const kindLabels: Record<ContentKind, string> = {
	ui: 'UI strings',
	chapter: 'chapter labels',
	lesson: 'lessons and pages',
	glossary: 'glossary entries',
	card: 'deck texts and cards',
	scenario: 'scenario wording',
};

const columns = ['missing', 'outdated', 'unstamped', 'orphaned'] as const;

function table(rows: string[][]): string[] {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	// Text columns align left, numbers right.
	return rows.map((row) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd());
}

function describe(item: ItemStatus): string {
	const head = `${item.state.padEnd(9)} ${item.kind}:${item.id}`;
	switch (item.state) {
		case 'missing':
			return `${head}  → ${item.file}${item.missingFields ? ` (lacks ${item.missingFields.join(', ')})` : ''}${item.sourceHash ? `, then record sourceHash: ${item.sourceHash}` : ''}`;
		case 'outdated':
			return `${head}  ${item.file}: English changed since sourceHash ${item.recordedHash}; compare with ${item.sourceFile}, then record sourceHash: ${item.sourceHash}`;
		case 'orphaned':
			return `${head}  ${item.file}: English has no such item${item.renamedTo ? `; it was probably renamed to ${item.renamedTo}` : ''}`;
		default:
			return `${head}  ${item.file}`;
	}
}

/** Missing interface strings, one line per file: a new locale starts with hundreds. */
function missingKeysSummary(items: readonly ItemStatus[]): string[] {
	return [...Map.groupBy(items, (item) => item.file)].map(([file, group]) => `missing   ${file}: ${group.length} UI string(s): ${group.map((item) => item.id).join(', ')}`);
}

function unstampedSummary(items: readonly ItemStatus[]): string[] {
	const byFile = Map.groupBy(items, (item) => item.file);
	const lines = [...byFile].map(([file, group]) => {
		const what = group.length === 1 ? `${group[0]!.kind}:${group[0]!.id}` : `${group.length} ${kindLabels[group[0]!.kind]}`;
		return `unstamped ${file}: ${what} without sourceHash`;
	});
	const locale = items[0]?.locale;
	return locale ? [...lines, `Once checked against English: npm run i18n:status -- --stamp ${locale} (--hashes lists each hash)`] : [];
}

export function formatReport(report: StatusReport, options: { hashes?: boolean } = {}): string {
	const rows = [['locale', 'content', 'total', ...columns]];
	for (const { locale, counts } of report.locales) {
		for (const kind of contentKinds) rows.push([locale, kindLabels[kind], String(counts[kind].total), ...columns.map((state) => String(counts[kind][state]))]);
	}
	const lines = [`Translation status (source locale: ${report.sourceLocale})`, '', ...table(rows)];
	for (const status of report.locales) {
		const { locale, items } = status;
		const toDo = items.filter((item) => item.state !== 'current');
		const name = status.inProgress ? `${locale} (in progress)` : locale;
		lines.push('', toDo.length === 0 ? `${name}: complete and up to date.` : `${name}: ${toDo.length} to do`);
		const unstamped = toDo.filter((item) => item.state === 'unstamped');
		const missingKeys = toDo.filter((item) => item.kind === 'ui' && item.state === 'missing');
		lines.push(...missingKeysSummary(missingKeys).map((line) => `  ${line}`));
		lines.push(...toDo.filter((item) => item.state !== 'unstamped' && !missingKeys.includes(item)).map((item) => `  ${describe(item)}`));
		if (options.hashes) lines.push(...unstamped.map((item) => `  ${describe(item)}: record sourceHash: ${item.sourceHash}`));
		else lines.push(...unstampedSummary(unstamped).map((line) => `  ${line}`));
	}
	return lines.join('\n');
}
