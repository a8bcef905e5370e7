import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../locales.ts';
import { cite, type CitationRequest } from './citations.ts';
import { EVIDENCE_FILE, parseEvidence } from './evidence-data.ts';

/**
 * The lesson's section on the measured evidence states its numbers only
 * through <EvidenceValue>, so they cannot drift from the data; this checks
 * that every one of them is supported by the committed data, that both
 * languages cite the same facts, and that no number was typed by hand.
 */
const root = new URL('../../../', import.meta.url);
const LESSON = 'strategies/transfer-learning.mdx';
const SECTION_ID = 'evidence';
const data = parseEvidence(JSON.parse(readFileSync(new URL(EVIDENCE_FILE, root), 'utf8')));

function evidenceSection(code: string): string {
	const text = readFileSync(new URL(`content/${code}/${LESSON}`, root), 'utf8');
	const start = text.search(new RegExp(`^## .*\\{#${SECTION_ID}\\}\\s*$`, 'm'));
	if (start < 0) throw new Error(`content/${code}/${LESSON}: no section {#${SECTION_ID}}`);
	const next = text.slice(start + 3).search(/^## /m);
	return next < 0 ? text.slice(start) : text.slice(start, start + 3 + next);
}

const TAG = /<EvidenceValue\s([^>]*?)\/>/g;

function citationsIn(section: string): CitationRequest[] {
	return [...section.matchAll(TAG)].map(([, attributes]) =>
		Object.fromEntries(
			[...(attributes ?? '').matchAll(/([\w-]+)(?:="([^"]*)"|=\{([^}]*)\})?/g)].map(([, name, text, expression]) => [
				name,
				text ?? (expression === undefined ? true : Number(expression)),
			]),
		),
	);
}

describe.each(locales.map((locale) => locale.code))('the %s lesson’s evidence section', (code) => {
	const section = evidenceSection(code);

	it('shows the figure', () => {
		expect(section).toContain('<EvidenceFigure />');
	});

	it('cites only what the data supports', () => {
		const citations = citationsIn(section);
		expect(citations.length).toBeGreaterThan(0);
		for (const citation of citations) expect(() => cite(data, citation)).not.toThrow();
	});

	it('says that a crossover "from so many images on" lasts at every larger size, as crossovers.ts defines it', () => {
		// Without it, "within 5 points only from 200 images on" reads as "behind at every smaller size", which the data does not say.
		expect(section).toMatch({ en: /at every larger size measured/, tr: /ölçülen her büyük boyutta/ }[code] ?? /$^/);
	});

	it('types no number by hand', () => {
		const prose = section
			.replace(/^## .*$/m, '')
			.replace(TAG, '')
			.replace(/`[^`]*`/g, '')
			.replace(/\]\([^)]*\)/g, ']');
		expect(prose.match(/.{0,30}\d.{0,30}/g) ?? []).toEqual([]);
	});
});

describe('both languages', () => {
	it('cite the same facts', () => {
		const sorted = (code: string) => citationsIn(evidenceSection(code)).map((c) => JSON.stringify(Object.entries(c).sort())).sort();
		const [source, ...others] = locales.map((locale) => locale.code);
		for (const code of others) expect(sorted(code)).toEqual(sorted(source as string));
	});
});
