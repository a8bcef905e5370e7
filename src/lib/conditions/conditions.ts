/**
 * The conditions the chapter teaches, defined once: for transfer from a
 * source task A to a target task B, for multi-task learning, and for
 * end-to-end learning. The scenario generator, the lab, the decks and the
 * lessons name a condition by its id here; its wording lives in
 * `src/i18n/<locale>/conditions.json` under the keys `conditionKey` gives,
 * and its numeric thresholds in the file of its concept (transfer.ts,
 * multitask.ts, end-to-end.ts).
 */
export const CONDITIONS = {
	transfer: ['input', 'data', 'features'],
	multitask: ['features', 'data', 'network'],
	'end-to-end': ['data'],
} as const;

export type Concept = keyof typeof CONDITIONS;
export const CONCEPTS = Object.keys(CONDITIONS) as Concept[];
export type ConditionId<C extends Concept = Concept> = (typeof CONDITIONS)[C][number];
export type TransferCondition = ConditionId<'transfer'>;
export type MultitaskCondition = ConditionId<'multitask'>;

/**
 * How a condition is worded: `statement` says it holds ("A and B have the
 * same kind of input x"), `short` names it ("same kind of input"), `fails`
 * says it does not hold. Each is written as it reads inside a sentence (no
 * capital unless it starts with a name, no full stop); `capitalise` in
 * wording.ts makes a sentence of it.
 */
export const WORDINGS = ['statement', 'short', 'fails'] as const;
export type Wording = (typeof WORDINGS)[number];

export function isConcept(value: string): value is Concept {
	return Object.hasOwn(CONDITIONS, value);
}

export function isCondition<C extends Concept>(concept: C, value: string): value is ConditionId<C> {
	return (CONDITIONS[concept] as readonly string[]).includes(value);
}

/** `condition.transfer.input`, `condition.transfer.input.short`, … */
export function conditionKey(concept: Concept, id: ConditionId, wording: Wording = 'statement'): string {
	if (!isCondition(concept, id)) throw new Error(`conditionKey: "${id}" is not a ${concept} condition (${CONDITIONS[concept].join(', ')})`);
	return wording === 'statement' ? `condition.${concept}.${id}` : `condition.${concept}.${id}.${wording}`;
}

/** The number the lessons give a condition: 1 for the first of its concept. */
export function conditionNumber(concept: Concept, id: ConditionId): number {
	const index = (CONDITIONS[concept] as readonly string[]).indexOf(id);
	if (index < 0) throw new Error(`conditionNumber: "${id}" is not a ${concept} condition`);
	return index + 1;
}
