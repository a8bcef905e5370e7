/**
 * The heading ids of a lesson, read from its Markdown source, so a card's
 * `section` can be checked against the lesson it links to.
 */

/** An id like the one the site gives a heading without an explicit {#id}. */
export function headingSlug(title: string): string {
	return title
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.replace(/\s/g, '-');
}

/** Explicit `{#id}` heading ids, and the slugs of headings that have none; code blocks are skipped. */
export function headingIds(markdown: string): Set<string> {
	const ids = new Set<string>();
	let fence: string | undefined;
	for (const line of markdown.split(/\r?\n/)) {
		const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
		if (fenceMatch) {
			if (fence === undefined) fence = fenceMatch[1]![0];
			else if (fenceMatch[1]![0] === fence) fence = undefined;
			continue;
		}
		if (fence !== undefined) continue;
		const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
		if (!heading) continue;
		const explicit = /\{#([^}\s]+)\}\s*$/.exec(heading[1]!);
		ids.add(explicit ? explicit[1]! : headingSlug(heading[1]!));
	}
	return ids;
}
