import { describe, expect, it } from 'vitest';
import { formatProblem, lintLesson, maskNonProse, svgProse, variantFinder } from './lint';
import { parseGlossary } from './parse';
import { sampleFiles, sampleOptions } from './sample-glossary';

const glossary = parseGlossary(sampleFiles(), sampleOptions);
const turkish = variantFinder(glossary, 'tr');
const english = variantFinder(glossary, 'en');

function report(source: string, finder = turkish): string[] {
	return lintLesson(source, finder).map((problem) => formatProblem('content/tr/lesson.md', problem));
}

describe('lintLesson: flagged', () => {
	it('reports a variant with its line and the canonical term', () => {
		const source = '---\ntitle: Ders\n---\n\nBu derste\nAktarma Öğrenmesi anlatılır.\n';
		expect(report(source)).toEqual(['content/tr/lesson.md:6: "Aktarma Öğrenmesi" → use "Öğrenme aktarması"']);
	});

	it('folds case the Turkish way (İ/i, I/ı)', () => {
		expect(report('AKTARMA ÖĞRENMESİ ve ELEME DÜZENLİLEŞTİRMESİ')).toEqual([
			'content/tr/lesson.md:1: "AKTARMA ÖĞRENMESİ" → use "Öğrenme aktarması"',
			'content/tr/lesson.md:1: "ELEME DÜZENLİLEŞTİRMESİ" → use "Sönümleme"',
		]);
	});

	it('reports inflected variants and variants split over two lines, once each', () => {
		expect(report('Seyreltmeyi ve transfer\nöğrenmeyi karşılaştırın.')).toEqual([
			'content/tr/lesson.md:1: "Seyreltmeyi" → use "Sönümleme"',
			'content/tr/lesson.md:1: "transfer öğrenmeyi" → use "Öğrenme aktarması"',
		]);
	});

	it('reports the longest variant, not the shorter one inside it', () => {
		expect(report('eleme düzenlileştirmesi')).toEqual(['content/tr/lesson.md:1: "eleme düzenlileştirmesi" → use "Sönümleme"']);
	});

	it('checks lines inside lists, tables, emphasis and asides', () => {
		const source = '- **seyreltme**\n\n| a | eleme |\n|---|---|\n\n:::note\naktarma öğrenmesi\n:::\n';
		expect(report(source).map((line) => line.split(':')[1])).toEqual(['1', '3', '7']);
	});

	it('uses each locale’s own variants', () => {
		expect(report('Add drop-out to the head.', english)).toEqual(['content/tr/lesson.md:1: "drop-out" → use "Dropout"']);
		expect(report('Add drop-out to the head.', turkish)).toEqual([]);
	});
});

describe('lintLesson: wording conventions', () => {
	it('flags the forms of "et al." other than "vd." and the ambiguous "temel model", in Turkish only', () => {
		expect(report('Kumar ve arkadaşları (2022) ve Devlin ve ark., 2019; Raghu ve arkadaşlarının çalışması.\nSıfırdan eğitilmiş bir temel modelle karşılaştırın.')).toEqual([
			'content/tr/lesson.md:1: "ve arkadaşları" → use "vd."',
			'content/tr/lesson.md:1: "ve ark." → use "vd."',
			'content/tr/lesson.md:1: "ve arkadaşlarının" → use "vd."',
			'content/tr/lesson.md:2: "temel modelle" → use "referans model (baseline) ya da taban model (base model)"',
		]);
		expect(report('Kumar vd. (2022); araçları ve arkalarındaki nedenleri; temel bir model')).toEqual([]);
		expect(report('a temel model ve ark. quoted', english)).toEqual([]);
	});

	it('flags "sıfırdan başlar", which reads as training from scratch, where LoRA\'s B starts at zero', () => {
		// The LoRA lesson, its figure and its card said "B sıfırdan başlar" for "B starts at zero".
		expect(report('A rastgele, B\nsıfırdan başlar; sıfırdan başlayan d × r boyutunda B.')).toEqual([
			'content/tr/lesson.md:2: "sıfırdan başlar" → use "sıfır değeriyle başlatılır (a value) ya da sıfırdan eğitilir (from scratch)"',
			'content/tr/lesson.md:2: "sıfırdan başlayan" → use "başlangıç değeri sıfır olan (a value) ya da sıfırdan eğitilen (from scratch)"',
		]);
		expect(report('B sıfır değeriyle başlatılır; ağ sıfırdan eğitilir; sıfırla başlar.')).toEqual([]);
	});
});

describe('lintLesson: not flagged', () => {
	it('skips fenced code blocks, inline code and math', () => {
		const source = ['```python', '# aktarma öğrenmesi', '```', '~~~', 'seyreltme', '~~~', 'Kod: `aktarma öğrenmesi` burada.', '$$', '\\text{eleme}', '$$', 'Satır içi $\\text{eleme}$ formül.'].join('\n');
		expect(report(source)).toEqual([]);
	});

	it('skips link targets, HTML tags, comments, imports and heading ids', () => {
		const source = [
			"import Eleme from '@/components/eleme.astro';",
			'[Sönümleme](../seyreltme/index.md)',
			'<img alt="x" src="eleme.svg">',
			'<!-- aktarma öğrenmesi -->',
			'## Sönümleme {#eleme}',
			'[ref]: https://example.org/transfer öğrenme',
		].join('\n');
		expect(report(source)).toEqual([]);
	});

	it('skips the References section, whose titles are quoted as published, up to the next heading of its level', () => {
		const source = ['## Kaynaklar {#references}', '', '- "Transfer Öğrenme ile Sınıflandırma." Dergi (2020).', '### Kitaplar', '- Eleme üzerine', '## Alıştırmalar {#exercises}', 'Seyreltme uygulayın.'].join('\n');
		expect(report(source)).toEqual(['content/tr/lesson.md:7: "Seyreltme" → use "Sönümleme"']);
	});

	it('skips a variant inside a longer word', () => {
		expect(report('Hecelemeyi, teleme ve eğelemeyi düşünün.')).toEqual([]);
	});

	it('leaves canonical terms alone', () => {
		expect(report('Öğrenme aktarması, sönümleme ve ÖĞRENME AKTARMASI.')).toEqual([]);
	});
});

describe('maskNonProse', () => {
	it('keeps offsets and line breaks', () => {
		const source = 'a `b` c\n```\ncode\n```\nd';
		const masked = maskNonProse(source);
		expect(masked).toHaveLength(source.length);
		expect(masked.split('\n')).toEqual(['a     c', '   ', '    ', '   ', 'd']);
	});
});

describe('svgProse', () => {
	it('keeps only the text of <text>, <title> and <desc>, on their lines and at their offsets', () => {
		const source = '<svg font-family="eleme">\n<title>Sönümleme</title><style>.a{}</style>\n<text x="1">bir <tspan>iki</tspan> &amp; üç</text>\n<desc>\nson</desc></svg>';
		const prose = svgProse(source);
		expect(prose).toHaveLength(source.length);
		expect(prose.split('\n').map((line) => line.trim().replace(/\s+/g, ' '))).toEqual(['', 'Sönümleme', 'bir iki & üç', '', 'son']);
		expect(prose.indexOf('Sönümleme')).toBe(source.indexOf('Sönümleme'));
	});
});
