import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sampleEnglish, sampleTerms, sampleTurkish } from '../lib/glossary/sample-glossary';

/**
 * For tests: a throwaway project folder with the sample glossary and the
 * lessons it references, plus any extra files (path under the root → text).
 */
export function sampleProject(extra: Record<string, string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'glossary-'));
	const files: Record<string, string> = {
		'content/glossary/terms.yaml': sampleTerms,
		'content/glossary/en.yaml': sampleEnglish,
		'content/glossary/tr.yaml': sampleTurkish,
		'content/en/strategies/transfer-learning.md': '---\ntitle: Transfer learning\n---\n',
		'content/en/regularization/index.md': '---\ntitle: Regularization\n---\n',
		...extra,
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
