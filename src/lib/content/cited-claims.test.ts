/**
 * What the lessons say a cited study did, pinned where a reviewer found it
 * overstated or miscounted, in every language, so a later edit of one
 * translation cannot bring the old claim back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const prose = (path: string) => readFileSync(join(root, path), 'utf8').replace(/\s+/g, ' ');

describe('cited studies, as the lessons report them', () => {
	it('Yosinski et al. (2014): their most distant pair of tasks was two halves of ImageNet, man-made against natural classes', () => {
		// The lesson said features transfer "between quite different image tasks".
		expect(prose('content/en/strategies/transfer-learning.mdx')).toMatch(/Yosinski et al\. \(2014\) measured this directly, on two tasks made by splitting ImageNet's classes in half: .+ even between their most distant pair, man-made objects against natural things/);
		expect(prose('content/tr/strategies/transfer-learning.mdx')).toMatch(/Yosinski vd\. \(2014\) bunu, ImageNet'in sınıflarını ikiye bölerek oluşturdukları iki görev üzerinde doğrudan ölçtü: .+ en uzak çift olan insan yapımı nesneler ile doğal varlıklar arasında bile/);
		for (const path of ['content/en/strategies/transfer-learning.mdx', 'content/tr/strategies/transfer-learning.mdx']) expect(prose(path)).not.toMatch(/quite different image tasks|epey farklı görüntü görevleri/);
	});

	it('Houlsby et al. (2019): two adapters in each Transformer layer, in the lesson and the flashcard', () => {
		// The lesson said "an adapter into each Transformer layer"; the exercise below it already counts two per layer.
		expect(prose('content/en/strategies/transfer-learning-today.mdx')).toMatch(/Houlsby et al\. \(2019\) insert two \*\*adapters\*\* into each Transformer layer, one after its attention sublayer and one after its feed-forward sublayer/);
		expect(prose('content/tr/strategies/transfer-learning-today.mdx')).toMatch(/Houlsby vd\. \(2019\) her Transformer katmanına iki \*\*adaptör\*\* ekler: biri dikkat alt katmanından, öteki ileri beslemeli alt katmandan sonra gelir/);
		expect(prose('quizzes/transfer-learning-today/en.yaml')).toMatch(/two per Transformer layer in Houlsby et al\.'s design/);
		expect(prose('quizzes/transfer-learning-today/tr.yaml')).toMatch(/Houlsby vd\. her Transformer katmanına iki tane ekler/);
	});
});
