/**
 * The self-unregistering `sw.js` docs/hosting.md gives hosts for removing
 * the site (its "Removing the site" bullet), cut out of that page so the
 * tests run the very text a host copies: the `js` block of the bullet,
 * without the list's indentation.
 */
export function removalWorkerOf(hostingDoc: string): string {
	const bullet = hostingDoc.slice(hostingDoc.indexOf('- **Removing the site**'));
	const block = /\n( *)```js\n([\s\S]*?)\n\1```/.exec(bullet);
	if (!block) throw new Error('docs/hosting.md: no js block under "Removing the site"');
	return block[2]!
		.split('\n')
		.map((line) => line.slice(block[1]!.length))
		.join('\n');
}
