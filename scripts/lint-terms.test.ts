import { describe, expect, it, vi } from 'vitest';
import { sampleProject } from '../src/integrations/glossary-sample-project';
import { lintTerms, main } from './lint-terms-main';

describe('lint:terms', () => {
	it('flags variants in lessons of each locale, with file, line and canonical term', () => {
		const root = sampleProject({
			'content/tr/strategies/transfer-learning.md': '---\ntitle: Öğrenme aktarması\n---\n\nKaynakta "Aktarma Öğrenmesi" de denir.\n\n```\nseyreltme\n```\n',
			'content/en/regularization/index.md': '# Regularization\n\nUse drop-out.\n',
		});
		expect(lintTerms(root).lines).toEqual([
			'content/en/regularization/index.md:3: "drop-out" → use "Dropout"',
			'content/tr/strategies/transfer-learning.md:5: "Aktarma Öğrenmesi" → use "Öğrenme aktarması"',
		]);
	});

	it('reads the labels, title and description of each locale\'s figures, not their markup', () => {
		// A Turkish figure's legend said "donuk" for "dondurulmuş", which the check did not see.
		const figure = [
			'<svg xmlns="http://www.w3.org/2000/svg" aria-labelledby="t d" font-family="eleme">',
			'  <title id="t">Aktarma öğrenmesi</title>',
			'  <desc id="d">Katmanlara seyreltme uygulanır.</desc>',
			'  <g class="seyreltme"><text x="1" y="2">bu adımda: <tspan font-weight="700">eleme</tspan></text></g>',
			'  <text x="1" y="3">A &amp; B; transfer öğrenme</text>',
			'</svg>',
		].join('\n');
		const root = sampleProject({ 'content/figures/tr/fe.svg': figure, 'content/figures/en/fe.svg': figure.replace('transfer öğrenme</text>', 'drop-out</text>') });
		const result = lintTerms(root);
		expect(result.lines).toEqual([
			'content/figures/en/fe.svg:5: "drop-out" → use "Dropout"',
			'content/figures/tr/fe.svg:2: "Aktarma öğrenmesi" → use "Öğrenme aktarması"',
			'content/figures/tr/fe.svg:3: "seyreltme" → use "Sönümleme"',
			'content/figures/tr/fe.svg:4: "eleme" → use "Sönümleme"',
			'content/figures/tr/fe.svg:5: "transfer öğrenme" → use "Öğrenme aktarması"',
		]);
		expect(result.figures).toBe(2);
	});

	it('does not flag the glossary’s own data or the glossary page that quotes the alternatives', () => {
		const root = sampleProject({
			'content/tr/glossary.mdx': '---\ntitle: Sözlük\n---\n\nDiğer adlar: "aktarma öğrenmesi", "seyreltme", "eleme".\n',
		});
		const result = lintTerms(root);
		expect(result.lines).toEqual([]);
		expect(result.lessons).toBe(2);
	});

	it('notes lesson lists in terms.yaml that drifted from the lessons, without failing', () => {
		const root = sampleProject({
			'content/en/regularization/index.md': '# Regularization\n\nDropout and early stopping.\n',
			'content/en/strategies/transfer-learning.md': '# Reuse\n\nNothing here.\n',
			'content/en/practice/lab.md': 'Transfer learning in the lab is not a lesson.\n',
		});
		const result = lintTerms(root);
		expect(result.lines).toEqual([]);
		expect(result.notes).toEqual([
			'content/glossary/terms.yaml: entry "transfer-learning": "strategies/transfer-learning" no longer use(s) the term',
			'content/glossary/terms.yaml: entry "dropout": "strategies/transfer-learning" no longer use(s) the term',
			'content/glossary/terms.yaml: entry "early-stopping": add "regularization" to its lessons (they use the term)',
		]);
	});

	it('exits 1 and prints the report when anything is found, 0 otherwise', () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(main(sampleProject({ 'content/tr/a.md': 'eleme\n' }))).toBe(1);
		expect(log).toHaveBeenCalledWith('content/tr/a.md:1: "eleme" → use "Sönümleme"');
		expect(main(sampleProject())).toBe(0);
		expect(main(sampleProject({ 'content/glossary/terms.yaml': '- id: 1 2\n' }))).toBe(1);
		expect(error).toHaveBeenCalledWith(expect.stringMatching(/content\/glossary\/terms\.yaml:1\n {4}entry "1 2" \(item 1\), field "id"/));
		log.mockRestore();
		error.mockRestore();
	});
});
