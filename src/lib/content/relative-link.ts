/** The path from the folder of `from` to `to` (both under `content/`), as a link in `from` writes it: `../strategies/introduction.mdx`. */
export function relativeLink(from: string, to: string): string {
	const folder = from.split('/').slice(0, -1);
	const target = to.split('/');
	let shared = 0;
	while (shared < folder.length && shared < target.length - 1 && folder[shared] === target[shared]) shared++;
	const up = folder.length - shared;
	return `${up === 0 ? './' : '../'.repeat(up)}${target.slice(shared).join('/')}`;
}
