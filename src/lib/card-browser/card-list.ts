/**
 * The card browser's list: one row per card of a deck with its state, next
 * due date, stability, retrievability now and lapses, filtered by state,
 * sorted, and cut into pages so a deck of thousands of cards renders a page
 * at a time. Pure: the page's island only draws what these return.
 */
import { isLeech } from '../srs/leech';
import { retrievabilityNow } from '../srs/retrievability';
import type { CardRecord } from '../srs/types';

/** One state per card: suspended before leech, leech before its schedule. */
export type BrowserState = 'new' | 'learning' | 'review' | 'suspended' | 'leech';
export const BROWSER_STATES: readonly BrowserState[] = ['new', 'learning', 'review', 'suspended', 'leech'];

export type StateFilter = BrowserState | 'all';
export type SortKey = 'due' | 'stability' | 'retrievability' | 'lapses' | 'text';
export const SORT_KEYS: readonly SortKey[] = ['due', 'stability', 'retrievability', 'lapses', 'text'];

export interface CardRow {
	key: string;
	text: string;
	state: BrowserState;
	/** The card's stored state, if it was ever answered or changed. */
	record: CardRecord | undefined;
	/** Next due instant (ms); undefined for a new card (it comes with the daily new cards). */
	due: number | undefined;
	/** Days; undefined without a memory state. */
	stability: number | undefined;
	retrievability: number | undefined;
	lapses: number;
}

export function browserState(record: CardRecord | undefined, leechThreshold: number): BrowserState {
	if (record?.suspended) return 'suspended';
	if (isLeech(record, leechThreshold)) return 'leech';
	if (!record || record.state === 'new') return 'new';
	return record.state === 'review' ? 'review' : 'learning';
}

export interface RowOptions {
	records: ReadonlyMap<string, CardRecord>;
	leechThreshold: number;
	now: Date;
	parameters?: readonly number[] | undefined;
}

/** A row for each card, given as its key and the text it is listed by. */
export function cardRows(cards: readonly { key: string; text: string }[], options: RowOptions): CardRow[] {
	return cards.map(({ key, text }) => {
		const record = options.records.get(key);
		const scheduled = record !== undefined && record.state !== 'new';
		return {
			key,
			text,
			state: browserState(record, options.leechThreshold),
			record,
			due: scheduled ? Date.parse(record.due) : undefined,
			stability: scheduled && record.stability > 0 ? record.stability : undefined,
			retrievability: record && retrievabilityNow(record, options.now, options.parameters),
			lapses: record?.lapses ?? 0,
		};
	});
}

export function filterRows(rows: readonly CardRow[], filter: StateFilter): CardRow[] {
	return filter === 'all' ? [...rows] : rows.filter((row) => row.state === filter);
}

/** Missing values (a new card has no due date, stability or retrievability) sort last. */
function byNumber(value: (row: CardRow) => number | undefined, direction: 1 | -1) {
	return (a: CardRow, b: CardRow): number => {
		const x = value(a);
		const y = value(b);
		if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
		return (x - y) * direction;
	};
}

/**
 * Sorted in the order each key's label promises (soonest due, lowest
 * stability and retrievability, most lapses, text A to Z); ties keep the
 * text order, then the key order, so the list never shuffles.
 */
export function sortRows(rows: readonly CardRow[], key: SortKey, collator: Intl.Collator): CardRow[] {
	const byText = (a: CardRow, b: CardRow): number => collator.compare(a.text, b.text) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
	const primary = {
		due: byNumber((row) => row.due, 1),
		stability: byNumber((row) => row.stability, 1),
		retrievability: byNumber((row) => row.retrievability, 1),
		lapses: byNumber((row) => row.lapses, -1),
		text: () => 0,
	}[key];
	return [...rows].sort((a, b) => primary(a, b) || byText(a, b));
}

export interface RowPage {
	rows: CardRow[];
	/** Zero-based, clamped to the pages there are. */
	page: number;
	pages: number;
	/** One-based positions of the first and last row shown (0 and 0 when there are none). */
	from: number;
	to: number;
	total: number;
}

export const PAGE_SIZE = 50;

export function pageOfRows(rows: readonly CardRow[], page: number, size = PAGE_SIZE): RowPage {
	const pages = Math.max(1, Math.ceil(rows.length / size));
	const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
	const shown = rows.slice(current * size, (current + 1) * size);
	return { rows: shown, page: current, pages, from: shown.length === 0 ? 0 : current * size + 1, to: current * size + shown.length, total: rows.length };
}
