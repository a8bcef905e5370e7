/** Markup a Sätteri mdast plugin puts into the tree: an `html` node in Markdown, raw JSX in MDX. */
export type RawMarkup = { type: 'html'; value: string } | { raw: string; mdxExpressions?: false };

/** MDX has no raw HTML node: there the markup is parsed into JSX, its braces kept literal. */
export function rawMarkup(html: string, format: 'markdown' | 'mdx'): RawMarkup {
	return format === 'mdx' ? { raw: html, mdxExpressions: false } : { type: 'html', value: html };
}
