import { expect, type Page } from '@playwright/test';

/**
 * Layout checks run in the page, for the phone tests.
 *
 * Target size (WCAG 2.5.8, minimum 24 × 24 CSS px): every visible link,
 * button, form field, summary and focusable element is measured, except a
 * link that sits inside a sentence: an inline link whose block also holds
 * text outside any link (the criterion's "inline" exception). A target is
 * the element's own box, and for a checkbox or radio button its labels too:
 * a click on them ticks it. A select's or text field's label only focuses
 * the field, so the field itself must be large enough; so must a link whose
 * pseudo-element reaches over the text beside it.
 */
export async function undersizedTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const MIN = 24;
		const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		type Box = { left: number; top: number; right: number; bottom: number };
		const union = (a: Box, b: Box): Box => ({
			left: Math.min(a.left, b.left),
			top: Math.min(a.top, b.top),
			right: Math.max(a.right, b.right),
			bottom: Math.max(a.bottom, b.bottom),
		});
		const shown = (element: Element) => {
			const box = element.getBoundingClientRect();
			// 1 × 1 px boxes are visually hidden on purpose (skip links, screen-reader text).
			return box.width > 1 && box.height > 1 && element.checkVisibility({ visibilityProperty: true });
		};
		const blockOf = (element: Element): Element => {
			let block: Element = element;
			while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
			return block;
		};
		const inSentence = (element: Element): boolean => {
			if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
			const block = blockOf(element.parentElement ?? element);
			const copy = block.cloneNode(true) as Element;
			for (const link of copy.querySelectorAll('a')) link.remove();
			return /[\p{L}\p{N}]/u.test(copy.textContent ?? '');
		};
		const targetBox = (element: Element): Box => {
			let box: Box = element.getBoundingClientRect();
			const ticked = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
			for (const label of (ticked && element.labels) || []) if (shown(label)) box = union(box, label.getBoundingClientRect());
			return box;
		};
		const name = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
		return [...document.querySelectorAll(selector)]
			.filter((element) => shown(element) && !inSentence(element))
			.flatMap((element) => {
				const box = targetBox(element);
				const width = box.right - box.left;
				const height = box.bottom - box.top;
				return width < MIN - 0.01 || height < MIN - 0.01 ? [`${name(element)} is ${width.toFixed(1)} × ${height.toFixed(1)} px`] : [];
			});
	});
}

/**
 * What scrolls sideways, or sticks out where no one can scroll to it: the
 * page itself, any element inside it, and any box past either edge of the
 * viewport. The page's width only counts overflow on its end side (the right
 * on a left-to-right page, the left on a right-to-left one); a box past the
 * other edge is cut off, so it is looked for box by box, outside elements
 * that scroll or clip their content (named once, by the outermost box).
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const found = root.scrollWidth > root.clientWidth ? [`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport`] : [];
		const name = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
		const scrolls = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
		const scrollsOrClips = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
		const stickingOut = new Set<Element>();
		for (const element of document.body.querySelectorAll('*')) {
			if (scrolls(element) && element.scrollWidth > element.clientWidth + 1 && element.checkVisibility()) {
				found.push(`${name(element)} scrolls: ${element.scrollWidth} px in ${element.clientWidth} px`);
			}
			const box = element.getBoundingClientRect();
			if (box.left >= -1 && box.right <= root.clientWidth + 1) continue;
			// 1 × 1 px boxes are visually hidden on purpose (skip links, screen-reader text).
			if (box.width <= 1 || box.height <= 1 || !element.checkVisibility({ visibilityProperty: true })) continue;
			let ancestor = element.parentElement;
			while (ancestor && ancestor !== document.body && !scrollsOrClips(ancestor) && !stickingOut.has(ancestor)) ancestor = ancestor.parentElement;
			if (ancestor && ancestor !== document.body) continue;
			stickingOut.add(element);
			found.push(`${name(element)} sticks out of the page: ${Math.round(box.left)} to ${Math.round(box.right)} px in a ${root.clientWidth} px viewport`);
		}
		return found;
	});
}

/**
 * Closed selects that cut off an option: a select is as wide as its longest
 * option unless its box is capped (as `max-width: 100%` does on a phone),
 * and then a long choice shows cut off, readable only in the open picker.
 * Each option is measured in an uncapped copy of the select that holds only
 * it, placed beside the select so that it gets the same styles.
 */
export async function cutSelectOptions(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('select')]
			.filter((select) => select.checkVisibility({ visibilityProperty: true }))
			.flatMap((select) => {
				const width = select.getBoundingClientRect().width;
				return [...select.options].flatMap((option) => {
					const copy = select.cloneNode(false) as HTMLSelectElement;
					copy.removeAttribute('id');
					copy.append(option.cloneNode(true));
					Object.assign(copy.style, { position: 'absolute', visibility: 'hidden', width: 'auto', maxWidth: 'none', minWidth: '0' });
					select.after(copy);
					const needed = copy.getBoundingClientRect().width;
					copy.remove();
					return needed > width + 0.5 ? [`select${select.id ? `#${select.id}` : ''} cuts "${option.text}": it needs ${Math.ceil(needed)} px and has ${Math.floor(width)}`] : [];
				});
			}),
	);
}

/** WCAG 1.4.12's text spacing, as a reader's style sheet sets it (the criterion's test values). */
export const TEXT_SPACING_CSS = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** The phone checks on the page as it is now; `where` names the page and state in a failure. */
export async function expectPhoneLayout(page: Page, where: string): Promise<void> {
	expect(await horizontalOverflow(page), `sideways scrolling on ${where}`).toEqual([]);
	expect(await undersizedTargets(page), `targets under 24 × 24 px on ${where}`).toEqual([]);
	expect(await cutSelectOptions(page), `selects too narrow for an option on ${where}`).toEqual([]);
}

/**
 * Layout shifts since the page started loading, each with the elements that
 * moved, read two frames after the call so that a shift the first frames
 * cause is in. The browser keeps them for a late observer, whose buffer
 * `takeRecords` reads at once (its callback would come only when the page
 * is idle). Shifts are not excused as following input: no one has touched
 * the page yet, though Chromium may mark them so in an automated browser.
 * Shifts under 0.001 are left out: Lighthouse reports three decimals, and
 * the trainer showed one of 0.00015 once (an element 1 px high).
 */
export async function layoutShiftsAtLoad(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
		type Shift = PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
		const observer = new PerformanceObserver(() => undefined);
		observer.observe({ type: 'layout-shift', buffered: true });
		const shifts = observer.takeRecords() as Shift[];
		observer.disconnect();
		const name = (node?: Node | null) => (node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node?.nodeName));
		return shifts.filter((shift) => shift.value >= 0.001).map(
			(shift) => `${shift.value.toFixed(3)} at ${Math.round(shift.startTime)} ms: ${shift.sources.map((source) => name(source.node)).join(', ')}`,
		);
	});
}
