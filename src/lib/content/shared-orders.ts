/**
 * Two chapters, or two lessons of one chapter, with the same order value:
 * the sidebar and the prev/next links then fall back to the names' order,
 * which is rarely what the author meant and changes when a file is renamed.
 */
import type { Problem } from './problems.ts';

export interface Ordered {
	file: string;
	/** The line of the order value. */
	line: number;
	order?: number;
}

/**
 * One problem for each item whose order an earlier item (in `items`' order,
 * the one the names give) already has, naming that item's file.
 */
export function sharedOrders(items: readonly Ordered[], field: string, fix: string): Problem[] {
	const first = new Map<number, Ordered>();
	return items.flatMap((item): Problem[] => {
		if (item.order === undefined) return [];
		const earlier = first.get(item.order);
		if (!earlier) {
			first.set(item.order, item);
			return [];
		}
		return [{ file: item.file, line: item.line, at: `field "${field}"`, message: `order ${item.order} is also the order of ${earlier.file}, so which comes first is decided by their names`, fix }];
	});
}
