/** ['cards', 3, 'due'] → "cards[3].due": how problems name the field they are about. */
export function jsonPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else text += text === '' ? String(segment) : `.${String(segment)}`;
	}
	return text || '(top level)';
}
