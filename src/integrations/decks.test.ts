import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { presentCard } from '../lib/decks/present';
import type { Card, Question } from '../lib/decks/types';
import { variantFinder } from '../lib/glossary/lint';
import { formatProblem } from '../lib/content/problems';
import { readSiteContent, siteContent } from './site-content';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chapterDecks = ['other-strategies', 'regularization', 'strategies-introduction', 'transfer-learning', 'transfer-learning-today'];

describe('the decks in quizzes/', () => {
	const { decks, problems, missingDeckTexts: missing, glossary } = siteContent(root);

	it('are valid and fully translated into Turkish', () => {
		expect(problems).toEqual([]);
		expect(missing).toEqual([]);
		expect(decks.map((d) => d.id)).toEqual([...chapterDecks.slice(0, 3), 'terms', ...chapterDecks.slice(3)]);
	});

	it.each(chapterDecks)('%s mixes every card type with at least 8 cards', (id) => {
		const deck = decks.find((d) => d.id === id)!;
		expect(deck.cards.length).toBeGreaterThanOrEqual(8);
		const kinds = new Set(deck.cards.map((c: Card) => (c.kind === 'choice' ? `choice-${c.multiple ? 'multiple' : 'single'}` : c.kind)));
		for (const kind of ['flashcard', 'choice-single', 'choice-multiple', 'truefalse']) expect(kinds).toContain(kind);
	});

	it('drill the chapter scenarios: transfer in transfer-learning, multi-task and end-to-end in other-strategies', () => {
		const concepts = (id: string) => decks.find((d) => d.id === id)!.cards.flatMap((c) => (c.kind === 'scenario' ? [c.concept] : []));
		expect(concepts('transfer-learning')).toEqual(['transfer']);
		expect(concepts('other-strategies')).toEqual(['multitask', 'end-to-end']);
	});

	it('include a term deck with a definition card per glossary concept, and translation cards both ways only where the terms differ', () => {
		const terms = decks.find((d) => d.id === 'terms')!;
		const english = [...glossary!.entries.get('en')!.values()];
		const turkish = glossary!.entries.get('tr')!;
		const same = english.filter((entry) => entry.term.toLocaleLowerCase('tr') === turkish.get(entry.id)?.term.toLocaleLowerCase('tr')).map((entry) => entry.id);
		expect(same).toEqual(['model', 'epoch', 'lora', 'l2-sp']);
		const ids = terms.cards.map((c) => c.id);
		expect(ids.filter((id) => id.endsWith('-definition'))).toHaveLength(english.length);
		expect(ids).toHaveLength(3 * english.length - 2 * same.length);
		for (const id of same) expect(ids.filter((card) => card.startsWith(`${id}-`)), id).toEqual([`${id}-definition`]);
		expect(ids).toContain('transfer-learning-en-tr');
		const card = terms.cards.find((c) => c.id === 'transfer-learning-en-tr')!;
		expect(presentCard(card, 'tr', 0)).toMatchObject({ kind: 'flashcard', back: 'Öğrenme aktarması', link: { lesson: 'glossary', section: 'transfer-learning' } });
		// Translated on both sides, so a Turkish learner gets no "not yet translated" notice.
		expect(presentCard(card, 'tr', 0).untranslated).toBeUndefined();
		expect(presentCard(card, 'en', 0).untranslated).toBeUndefined();
	});

	it('present every card in both languages without placeholders or empty text', () => {
		for (const deck of decks) {
			for (const card of deck.cards) {
				for (const locale of ['en', 'tr']) {
					const texts = shownTexts(presentCard(card, locale, 0));
					for (const text of texts) expect(text, `${deck.id}/${card.id}`).not.toMatch(/^\s*$|[{}]|undefined|NaN/);
				}
			}
		}
	});

	it.each(['en', 'tr'])('use the canonical glossary terms in %s, also in generated scenarios', (locale) => {
		const finder = variantFinder(glossary!, locale);
		for (const deck of decks) {
			for (const card of deck.cards) {
				for (let review = 0; review < (card.kind === 'scenario' ? 30 : 1); review++) {
					const text = Object.values(presentCard(card, locale, review)).flat().map((part) => JSON.stringify(part)).join(' ');
					expect(finder.find(text).map((m) => `${text.slice(m.start, m.end)} → ${m.value.canonical}`), `${deck.id}/${card.id}`).toEqual([]);
				}
			}
		}
	});

	it('each point editors at the JSON Schema', () => {
		for (const deck of readdirSync(join(root, 'quizzes'), { withFileTypes: true }).filter((e) => e.isDirectory())) {
			for (const file of readdirSync(join(root, 'quizzes', deck.name))) {
				const schema = file === 'deck.yaml' ? '../deck.schema.json' : '../texts.schema.json';
				expect(readFileSync(join(root, 'quizzes', deck.name, file), 'utf8').split('\n')[0], `${deck.name}/${file}`).toBe(`# yaml-language-server: $schema=${schema}`);
			}
		}
	});
});

describe('decks of a broken project', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	function project(files: Record<string, string>): string {
		dir = mkdtempSync(join(tmpdir(), 'decks-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return dir;
	}

	const lesson = '---\ntitle: A\n---\n\n## Part {#part}\n';

	it('lists every problem in every deck, once each', () => {
		const broken = project({
			'content/en/a.md': lesson,
			'quizzes/one/deck.yaml': 'id: one\nlesson: a\ncards:\n  - { id: c, kind: flashcard, section: nope }\n',
			'quizzes/one/en.yaml': 'title: One\ndescription: D\ncards:\n  c: { front: F, back: B }\n',
			'quizzes/two/deck.yaml': 'id: two\nlesson: a\ncards:\n  - { id: c, kind: truefalse, answer: true }\n',
			'quizzes/two/en.yaml': 'title: [unclosed\n',
		});
		const problems = readSiteContent(broken).problems.filter((problem) => problem.file.startsWith('quizzes/')).map(formatProblem);
		expect(problems).toHaveLength(2);
		expect(problems).toContainEqual(expect.stringContaining('quizzes/one/deck.yaml:4\n    card "c": section: no heading with id "nope" in content/en/a.md'));
		expect(problems).toContainEqual(expect.stringMatching(/quizzes\/two\/en\.yaml:\d+\n {4}not valid YAML: \S/));
	});

	it('names a missing lesson once, however many cards link to it', () => {
		const broken = project({
			'content/en/a.md': lesson,
			'quizzes/one/deck.yaml': 'id: one\nlesson: gone\ncards:\n  - { id: c, kind: flashcard, section: part }\n  - { id: d, kind: flashcard, section: part }\n',
			'quizzes/one/en.yaml': 'title: One\ndescription: D\ncards:\n  c: { front: F, back: B }\n  d: { front: F, back: B }\n',
		});
		expect(readSiteContent(broken).problems.filter((problem) => problem.file.startsWith('quizzes/')).map((problem) => problem.message)).toEqual([expect.stringMatching(/^lesson: no lesson "gone"/)]);
	});

	it('loads a valid deck with its lesson link', () => {
		const fine = project({
			'content/en/a/index.md': lesson,
			'content/en/a/chapter.yaml': 'label: A\n',
			'quizzes/one/deck.yaml': 'id: one\nlesson: a\ncards:\n  - { id: c, kind: flashcard, section: part }\n',
			'quizzes/one/en.yaml': 'title: One\ndescription: D\ncards:\n  c: { front: F, back: B }\n',
			'content/glossary/terms.yaml': '[]\n',
			'content/glossary/en.yaml': '[]\n',
		});
		const site = readSiteContent(fine, [{ code: 'en', lang: 'en', label: 'English', dir: 'ltr' }]);
		expect(site.problems).toEqual([]);
		expect(site.decks).toEqual([
			{ id: 'one', title: { en: 'One' }, description: { en: 'D' }, cards: [{ deck: 'one', id: 'c', lesson: 'a', section: 'part', kind: 'flashcard', front: { en: 'F' }, back: { en: 'B' } }] },
		]);
	});
});

/** Every text a question shows (not its ids or lesson link); a choice's explanation is optional. */
function shownTexts(question: Question): string[] {
	if (question.kind === 'flashcard') return [question.front, question.back];
	const explanation = question.explanation ? [question.explanation] : [];
	return [question.prompt, ...explanation, ...question.options.flatMap((o) => [o.text, o.feedback])];
}
