/** Markup a Sätteri mdast plugin puts into the tree: an `html` node in Markdown, raw JSX in MDX. */
export type RawMarkup = { type: 'html'; value: string } | { raw: string; mdxExpressions?: false };

/**
 * MDX parses the text inside raw markup as Markdown: the `_{…}` of a TeX
 * annotation would become emphasis and `\,` would lose its backslash.
 * Written as character references, ASCII punctuation and line breaks come
 * through as they are; references already in the text are kept.
 */
function textAsReferences(html: string): string {
	return html.replace(/(^|>)([^<]+)/g, (_, open: string, text: string) =>
		open + text.replace(/&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);|[!-/:-@[-`{-~\n]/gi, (match) => (match.length > 1 ? match : `&#${match.charCodeAt(0)};`)),
	);
}

/** MDX has no raw HTML node: there the markup is parsed into JSX, its braces and text kept literal. */
export function rawMarkup(html: string, format: 'markdown' | 'mdx'): RawMarkup {
	return format === 'mdx' ? { raw: textAsReferences(html), mdxExpressions: false } : { type: 'html', value: html };
}
