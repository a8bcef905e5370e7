/**
 * Review ids met more than once, across calls that share `seen`: the load's
 * and the whole-log check's finding of a copied answer. Apart from
 * log-duplicates.ts, whose repair loads only when there is one to make.
 */
export function repeatedIds(reviews: Iterable<{ id: string }>, seen: Set<string>, repeated: Set<string>): void {
	for (const { id } of reviews) {
		if (seen.has(id)) repeated.add(id);
		else seen.add(id);
	}
}
