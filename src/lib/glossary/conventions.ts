/**
 * Wording rules of a locale that are not glossary concepts, checked like a
 * glossary alternative by `npm run lint:terms` and the deck check: one way
 * to write what has no entry of its own ("et al." in a citation), and
 * phrases that mean different things to different readers ("temel model"
 * is "foundation model" in most Turkish writing on machine learning, so the
 * lessons say "referans model" for a baseline and "taban model" for a base
 * model), or "sıfırdan başlar", which reads as "from scratch" (the lessons'
 * "sıfırdan eğitim") where a value that starts at zero is meant, as LoRA's B
 * matrix. `use` is what the report tells the author to write instead.
 */
export interface Convention {
	text: string;
	use: string;
}

export const CONVENTIONS: Readonly<Record<string, readonly Convention[]>> = {
	tr: [
		{ text: 've ark.', use: 'vd.' },
		{ text: 've arkadaşları', use: 'vd.' },
		{ text: 'temel model', use: 'referans model (baseline) ya da taban model (base model)' },
		{ text: 'sıfırdan başlar', use: 'sıfır değeriyle başlatılır (a value) ya da sıfırdan eğitilir (from scratch)' },
		{ text: 'sıfırdan başlayan', use: 'başlangıç değeri sıfır olan (a value) ya da sıfırdan eğitilen (from scratch)' },
	],
};
