import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Runs axe (WCAG 2.x A/AA plus best practices) on the page, or only on what `include` selects, and returns its violations, summarised. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	const results = await (include ? builder.include(include) : builder).analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

export const test = base;
export { expect };
