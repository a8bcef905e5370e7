/** Normalises `a/b/../c/./d` to `a/c/d`; returns undefined if it climbs out of the root. */
export function normalisePath(path: string): string | undefined {
	const out: string[] = [];
	for (const part of path.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') {
			if (out.length === 0) return undefined;
			out.pop();
		} else out.push(part);
	}
	return out.join('/');
}
