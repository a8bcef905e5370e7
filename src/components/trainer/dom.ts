/**
 * Element building for the trainer's islands. Text only ever goes in through
 * textContent: card text and imported data are never parsed as HTML.
 */
type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes = {},
	children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		element.setAttribute(name, value === true ? '' : String(value));
	}
	for (const child of children) {
		if (child === null || child === undefined || child === false) continue;
		element.append(typeof child === 'string' ? document.createTextNode(child) : child);
	}
	return element;
}

/** The element with this data-part inside root; a missing part is a broken page, so it throws. */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
	const found = root.querySelector<T>(`[data-part="${name}"]`);
	if (!found) throw new Error(`trainer: the page has no [data-part="${name}"]`);
	return found;
}

/** Offers text as a file download (export, Anki, GIFT): one string, or pieces in order (text, or UTF-8 bytes). */
export function downloadText(fileName: string, text: string | readonly (string | Uint8Array<ArrayBuffer>)[], type: string): void {
	const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : [...text], { type }));
	const link = el('a', { href: url, download: fileName, hidden: true });
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke after the click has been handled, or the download may not start.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
