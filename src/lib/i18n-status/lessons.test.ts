import { describe, expect, it } from 'vitest';
import { compareLocale } from './compare';
import { lessonId, lessonsAdapter, recordedLessonHash } from './lessons';
import { sourceHash } from './source-hash';
import { memoryFiles } from './test-files';

const english = '---\ntitle: Dropout\n---\n\nDropout drops units at random.\n';
const hash = sourceHash(english);
const translated = (recorded: string) => `---\ntitle: Seyreltme\nsourceHash: ${recorded}\n---\n\nSeyreltme birimleri rastgele atar.\n`;

function statusOf(files: Record<string, string>) {
	return compareLocale(lessonsAdapter.inventory(memoryFiles(files), ['en', 'tr'], 'en'), 'tr').map(({ id, state, file, renamedTo }) => ({
		id,
		state,
		file,
		...(renamedTo ? { renamedTo } : {}),
	}));
}

describe('lesson ids and recorded hashes', () => {
	it('names a lesson by its path without extension or index', () => {
		expect(lessonId('strategies/introduction.md')).toBe('strategies/introduction');
		expect(lessonId('regularization/index.md')).toBe('regularization');
		expect(lessonId('index.mdx')).toBe('index');
	});

	it('reads sourceHash from the frontmatter only', () => {
		expect(recordedLessonHash(translated(hash))).toBe(hash);
		expect(recordedLessonHash(`---\ntitle: x\nsourceHash: "${hash}"\n---\n`)).toBe(hash);
		expect(recordedLessonHash(`---\ntitle: x\n---\nsourceHash: ${hash}\n`)).toBeUndefined();
		expect(recordedLessonHash('No frontmatter.')).toBeUndefined();
	});
});

describe('outdated lessons', () => {
	it('is current when the recorded hash matches the English file, outdated when English changed', () => {
		expect(statusOf({ 'content/en/dropout.md': english, 'content/tr/dropout.md': translated(hash) })).toEqual([
			{ id: 'dropout', state: 'current', file: 'content/tr/dropout.md' },
		]);
		expect(statusOf({ 'content/en/dropout.md': `${english}A new paragraph.\n`, 'content/tr/dropout.md': translated(hash) })).toEqual([
			{ id: 'dropout', state: 'outdated', file: 'content/tr/dropout.md' },
		]);
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

	it('matches index pages to plain files of the same path', () => {
		expect(statusOf({ 'content/en/regularization/index.md': english, 'content/tr/regularization.md': translated(hash) })).toEqual([
			{ id: 'regularization', state: 'current', file: 'content/tr/regularization.md' },
		]);
	});

	it('skips partials whose names start with an underscore', () => {
		expect(statusOf({ 'content/en/_shared/note.md': english, 'content/en/dropout.md': english, 'content/tr/dropout.md': translated(hash) })).toHaveLength(1);
	});
});
