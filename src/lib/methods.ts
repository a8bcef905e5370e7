/**
 * The four ways to get a network for a target task B, named the same in the
 * decision guide, the lab, the cards, the lessons and the evidence chart.
 * Their names live in `src/i18n/<locale>/methods.json` under `methodKey`.
 *
 * - `scratch`: the network starts from random weights and learns B alone.
 * - `linear-probe`: feature extraction with a linear head: the pretrained
 *   layers are frozen and only a new linear output layer is trained on
 *   their features. "Feature extraction" is the umbrella term for any head
 *   on frozen pretrained layers.
 * - `fine-tune-top`: the recipe of the TensorFlow transfer-learning guide:
 *   train the new head on the frozen base first, then unfreeze the top
 *   layers and train them with the head at a learning rate ten times
 *   smaller (base_lr / 10).
 * - `fine-tune-all`: the recipe of d2l.ai: every layer trains from the
 *   start, the pretrained ones with a smaller learning rate than the new,
 *   randomly initialised head.
 */
export const METHOD_IDS = ['scratch', 'linear-probe', 'fine-tune-top', 'fine-tune-all'] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/** `full` names the method in headings and legends; `short` in tables, charts and running text once introduced. */
export type MethodName = 'full' | 'short';

export function isMethod(value: string): value is MethodId {
	return (METHOD_IDS as readonly string[]).includes(value);
}

export function methodKey(method: MethodId, name: MethodName = 'full'): string {
	return name === 'full' ? `method.${method}` : `method.${method}.short`;
}
