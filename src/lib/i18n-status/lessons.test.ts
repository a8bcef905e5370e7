import { describe, expect, it } from 'vitest';
import { buildLessonIndex } from '../content/lesson-index';
import { compareLocale } from './compare';
import { lessonsInventory } from './lessons';
import { sourceHash } from './source-hash';

const english = '---\ntitle: Dropout\n---\n\nDropout drops units at random.\n';
const hash = sourceHash(english);
const translated = (recorded: string) => `---\ntitle: Seyreltme\nsourceHash: ${recorded}\n---\n\nSeyreltme birimleri rastgele atar.\n`;

function statusOf(files: Record<string, string>) {
	const index = buildLessonIndex(
		Object.entries(files).map(([path, text]) => ({ path, text })),
		{ locales: ['en', 'tr'] },
	);
	return compareLocale(lessonsInventory(index), 'tr').map(({ id, state, file, renamedTo }) => ({ id, state, file, ...(renamedTo ? { renamedTo } : {}) }));
}

describe('outdated lessons', () => {
	it('is current when the recorded hash matches the English file, outdated when English changed', () => {
		expect(statusOf({ 'content/en/dropout.md': english, 'content/tr/dropout.md': translated(hash) })).toEqual([
			{ id: 'dropout', state: 'current', file: 'content/tr/dropout.md' },
		]);
		expect(statusOf({ 'content/en/dropout.md': `${english}A new paragraph.\n`, 'content/tr/dropout.md': translated(hash) })).toEqual([
			{ id: 'dropout', state: 'outdated', file: 'content/tr/dropout.md' },
		]);
	});

	it('reads sourceHash from the frontmatter only, and a malformed one as none', () => {
		expect(statusOf({ 'content/en/dropout.md': english, 'content/tr/dropout.md': `---\ntitle: x\nsourceHash: "${hash}"\n---\n` })[0]?.state).not.toBe('unstamped');
		expect(statusOf({ 'content/en/dropout.md': english, 'content/tr/dropout.md': `---\ntitle: x\n---\nsourceHash: ${hash}\n` })[0]?.state).toBe('unstamped');
		expect(statusOf({ 'content/en/dropout.md': english, 'content/tr/dropout.md': '---\ntitle: x\nsourceHash: 12\n---\n' })[0]?.state).toBe('unstamped');
	});

	it('is unstamped without a recorded hash, missing without a file', () => {
		expect(statusOf({ 'content/en/dropout.md': english, 'content/tr/dropout.md': 'Seyreltme.' })[0]?.state).toBe('unstamped');
		expect(statusOf({ 'content/en/dropout.md': english })).toEqual([{ id: 'dropout', state: 'missing', file: 'content/tr/dropout.md' }]);
	});

	it('stays current when the lesson is renamed in both locales, since the hash depends on the text alone', () => {
		expect(statusOf({ 'content/en/regularization/dropout.md': english, 'content/tr/regularization/dropout.md': translated(hash) })).toEqual([
			{ id: 'regularization/dropout', state: 'current', file: 'content/tr/regularization/dropout.md' },
		]);
	});

	it('is outdated when the lesson was renamed and edited', () => {
		const edited = english.replace('at random', 'at random during training');
		expect(statusOf({ 'content/en/regularization/dropout.md': edited, 'content/tr/regularization/dropout.md': translated(hash) })[0]?.state).toBe('outdated');
	});

	it('points an orphaned translation to the renamed English lesson it was made from', () => {
		expect(statusOf({ 'content/en/regularization/dropout.md': english, 'content/tr/dropout.md': translated(hash) })).toEqual([
			{ id: 'regularization/dropout', state: 'missing', file: 'content/tr/regularization/dropout.md' },
			{ id: 'dropout', state: 'orphaned', file: 'content/tr/dropout.md', renamedTo: 'regularization/dropout' },
		]);
	});

	it('matches index pages to plain files of the same id', () => {
		expect(statusOf({ 'content/en/regularization/index.md': english, 'content/tr/regularization.md': translated(hash) })).toEqual([
			{ id: 'regularization', state: 'current', file: 'content/tr/regularization.md' },
		]);
	});

	it('skips partials whose names start with an underscore', () => {
		expect(statusOf({ 'content/en/_shared/note.md': english, 'content/en/dropout.md': english, 'content/tr/dropout.md': translated(hash) })).toHaveLength(1);
	});
});
