import { describe, expect, it } from 'vitest';
import { GlossaryError, parseGlossary } from './parse';
import { sampleEnglish, sampleFiles, sampleOptions, sampleTerms, sampleTurkish } from './sample-glossary';

/** The problems parseGlossary reports for these files (fails the test if it reports none). */
function problemsOf(replace: Parameters<typeof sampleFiles>[0]): readonly string[] {
	try {
		parseGlossary(sampleFiles(replace), sampleOptions);
	} catch (error) {
		if (error instanceof GlossaryError) return error.problems;
		throw error;
	}
	throw new Error('expected the glossary to be rejected');
}

describe('parseGlossary', () => {
	it('reads valid files', () => {
		const glossary = parseGlossary(sampleFiles(), sampleOptions);
		expect(glossary.locales).toEqual(['en', 'tr']);
		expect(glossary.concepts.map((concept) => concept.id)).toEqual(['transfer-learning', 'dropout', 'early-stopping']);
		expect(glossary.entries.get('tr')?.get('dropout')?.alternatives).toEqual(['seyreltme', 'eleme düzenlileştirmesi', 'eleme']);
		expect(glossary.entries.get('tr')?.has('early-stopping')).toBe(false);
	});

	it('names file, entry and field of a schema error', () => {
		const en = sampleEnglish.replace('  definition: Switching units off at random during training.\n', '');
		expect(problemsOf({ en })).toEqual(['content/glossary/en.yaml:5: entry "dropout" (item 2), field "definition": missing']);
	});

	it('rejects an id that is not lowercase with hyphens, and unknown fields, without blaming the entries that use the intended id', () => {
		const terms = sampleTerms.replace('- id: early-stopping', '- id: Early_Stopping\n  colour: red');
		expect(problemsOf({ terms })).toEqual([
			'content/glossary/terms.yaml:6: entry "Early_Stopping" (item 3), field "id": use lowercase letters, digits and single hyphens (e.g. "fine-tuning")',
			'content/glossary/terms.yaml:7: entry "Early_Stopping" (item 3), field "colour": not a field of an entry; an entry has id, lessons',
		]);
		expect(problemsOf({ terms: sampleTerms.replace('- id: dropout', '- id: Drop out') })).toHaveLength(1);
	});

	it('rejects duplicate ids, naming both items', () => {
		const terms = `${sampleTerms}- id: dropout\n  lessons: []\n`;
		expect(problemsOf({ terms })).toEqual(['content/glossary/terms.yaml:8: entry "dropout": the id is used twice (first on line 4); give each concept its own id']);
	});

	it('rejects a lesson reference that does not exist, at the line of the reference', () => {
		const terms = sampleTerms.replace('[regularization, strategies/transfer-learning]', '[regularization, strategies/no-such-lesson]');
		expect(problemsOf({ terms })).toEqual([
			'content/glossary/terms.yaml:5: entry "dropout": lesson "strategies/no-such-lesson" does not exist (no content/<locale>/strategies/no-such-lesson.md, .mdx or strategies/no-such-lesson/index.md(x)); write a lesson as its path under content/<locale>/ without extension',
		]);
	});

	it('rejects an alternative that is another entry’s canonical term, folding case the Turkish way', () => {
		const tr = sampleTurkish.replace('[seyreltme, eleme düzenlileştirmesi, eleme]', '[seyreltme, ÖĞRENME AKTARMASI]');
		expect(problemsOf({ tr })).toContainEqual(
			'content/glossary/tr.yaml:6: entry "dropout": alternative "ÖĞRENME AKTARMASI" is the canonical term of entry "transfer-learning"',
		);
	});

	it('folds İ to i in Turkish when comparing terms', () => {
		const tr = sampleTurkish.replace('term: Sönümleme', 'term: İnce ayar').replace('[seyreltme, eleme düzenlileştirmesi, eleme]', '[ince ayar]');
		expect(problemsOf({ tr })).toContainEqual('content/glossary/tr.yaml:6: entry "dropout": alternative "ince ayar" is the entry\'s own term');
	});

	it('rejects an alternative that lint:terms would find inside a canonical term', () => {
		const tr = sampleTurkish.replace('[aktarma öğrenmesi, transfer öğrenme]', '[aktarma öğrenmesi, öğrenme aktarma]');
		expect(problemsOf({ tr })).toEqual([
			'content/glossary/tr.yaml:2: entry "transfer-learning": alternative "öğrenme aktarma" matches inside the term "Öğrenme aktarması" of entry "transfer-learning", so lint:terms would flag the canonical term',
		]);
	});

	it('rejects the same alternative in two entries and two entries with one term', () => {
		const en = sampleEnglish.replace('term: Early stopping', 'term: dropout').replace('term: Transfer learning', 'term: Transfer learning\n  alternatives: [Drop-Out]');
		const problems = problemsOf({ en });
		expect(problems).toContain('content/glossary/en.yaml:10: entry "early-stopping": term "dropout" is already the term of entry "dropout"');
		expect(problems).toContain('content/glossary/en.yaml:6: entry "dropout": alternative "drop-out" is also listed by entry "transfer-learning"');
	});

	it('rejects ids the concept list does not have, and source-locale gaps', () => {
		const tr = `${sampleTurkish}- id: batch-norm\n  term: Yığın normalleştirme\n  definition: x\n`;
		const en = sampleEnglish.replace(/- id: early-stopping[\s\S]*$/, '');
		const problems = problemsOf({ tr, en });
		expect(problems).toContain('content/glossary/tr.yaml:10: entry "batch-norm": unknown id; add it to content/glossary/terms.yaml first');
		expect(problems).toContain('content/glossary/en.yaml: entry "early-stopping": missing; the concept is listed at content/glossary/terms.yaml:6, and every concept needs an entry in en.yaml (term and definition) for other languages to fall back on');
	});

	it('reports YAML syntax errors with the file, without burying them', () => {
		const problems = problemsOf({ en: '- id: dropout\n  term: [unclosed\n' });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/glossary\/en\.yaml:3: not valid YAML: /);
	});

	it('rejects a file for a locale the site is not built in', () => {
		const files = [...sampleFiles(), { path: 'content/glossary/de.yaml', text: '[]' }];
		expect(() => parseGlossary(files, sampleOptions)).toThrow('content/glossary/de.yaml: locale "de" is not one of the site\'s locales (en, tr)');
	});

	it('compares terms with the locale\'s language tag, whatever its code', () => {
		const tr = sampleTurkish.replace('term: Sönümleme', 'term: İnce ayar').replace('[seyreltme, eleme düzenlileştirmesi, eleme]', '[ince ayar]');
		const files = sampleFiles({ tr }).map((file) => ({ ...file, path: file.path.replace('tr.yaml', 'turkish.yaml') }));
		const options = { ...sampleOptions, siteLocales: ['en', 'turkish'], tags: { en: 'en', turkish: 'tr' } };
		expect(() => parseGlossary(files, options)).toThrow('entry "dropout": alternative "ince ayar" is the entry\'s own term');
	});

	it('needs the concept list', () => {
		expect(() => parseGlossary(sampleFiles().slice(1), sampleOptions)).toThrow('content/glossary/terms.yaml: missing');
	});
});
