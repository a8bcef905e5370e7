import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Runs axe (WCAG 2.x A/AA plus best practices) on the page, or only on what `include` selects, and returns its violations, summarised. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	// Only violations are read: asking for nothing else keeps axe from gathering every passing node (over 1 MB on a long page).
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	// Frames on another origin need axe's default method, which joins their results in a helper page of its own;
	// without such frames, axe's "legacy" method checks the page and its frames in one run, several times faster.
	if (!hasFrameOfAnotherOrigin(page)) builder.setLegacyMode(true);
	const results = await (include ? builder.include(include) : builder).analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

function hasFrameOfAnotherOrigin(page: Page): boolean {
	const origin = new URL(page.url()).origin;
	return page.frames().some((frame) => frame.url().startsWith('http') && new URL(frame.url()).origin !== origin);
}

export const test = base;
export { expect };
