/**
 * The two answers of a true/false card. They belong to the question itself
 * (presentCard is pure and gets no UI strings), so they live beside it; a new
 * locale adds its pair here, and falls back to English until it does.
 */
export const trueFalseLabels: Record<string, { true: string; false: string }> = {
	en: { true: 'True', false: 'False' },
	tr: { true: 'Doğru', false: 'Yanlış' },
};
