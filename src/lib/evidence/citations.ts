import { METHODS, type Method } from '../lab/plan.ts';
import { VARIANTS, type Variant } from '../lab/presets.ts';
import { crossover, largestLead, MARGIN, type Comparison } from './crossovers.ts';
import { EVIDENCE_FILE, seriesOf, type EvidenceData } from './evidence-data.ts';

/**
 * The numbers the lesson and the figure caption state, each derived from
 * the committed data: a lesson cites them by name (`<EvidenceValue …/>`),
 * so no number in its prose is typed by hand, and a citation the data does
 * not support fails the build with a message saying what to rerun.
 *
 * The crossovers the chapter talks about, by name. Most are against the
 * linear probe, the first choice with little data: where scratch catches
 * up with it while the conditions hold, and where scratch and each
 * fine-tuning recipe beat it, with the conditions holding or one violated.
 * The last is where fine-tuning all layers, which can reshape A's features,
 * catches up with a network that learns B's own features from scratch.
 */
export const COMPARISONS = {
	'holds.scratch-catches-up': { variant: 'holds', method: 'scratch', reference: 'linear-probe', by: -MARGIN },
	'holds.fine-tune-top-overtakes': { variant: 'holds', method: 'fine-tune-top', reference: 'linear-probe', by: MARGIN },
	'holds.fine-tune-all-overtakes': { variant: 'holds', method: 'fine-tune-all', reference: 'linear-probe', by: MARGIN },
	'violated.scratch-overtakes': { variant: 'violated', method: 'scratch', reference: 'linear-probe', by: MARGIN },
	'violated.fine-tune-top-overtakes': { variant: 'violated', method: 'fine-tune-top', reference: 'linear-probe', by: MARGIN },
	'violated.fine-tune-all-overtakes': { variant: 'violated', method: 'fine-tune-all', reference: 'linear-probe', by: MARGIN },
	'violated.fine-tune-all-catches-up': { variant: 'violated', method: 'fine-tune-all', reference: 'scratch', by: -MARGIN },
} as const satisfies Record<string, Comparison>;
export type ComparisonId = keyof typeof COMPARISONS;
export const COMPARISON_IDS = Object.keys(COMPARISONS) as ComparisonId[];

/**
 * The B size from which, with every condition holding, B has enough data to learn its own features:
 * training from scratch keeps up with the linear probe (`holds.scratch-catches-up`). The lab's verdict
 * uses it to tell a missing gain that is expected from one that is chance.
 */
export function learnsAloneFrom(data: EvidenceData): number {
	const found = crossover(data, COMPARISONS['holds.scratch-catches-up']);
	if (!found) throw new Error(`${EVIDENCE_FILE}: training from scratch never keeps up with the linear probe while the conditions hold, so the lab cannot say from where B learns on its own; rerun npm run evidence with larger amounts`);
	return found.amount;
}

/**
 * The leads the chapter talks about: `method`'s largest advantage over `reference`. The last two are
 * both ways between fine-tuning all layers and training from scratch when A's features do not fit B:
 * neither wins at every small size, which is why the decision guide says to compare them there.
 */
export const LEADS = {
	'holds.probe-over-scratch': { variant: 'holds', method: 'linear-probe', reference: 'scratch' },
	'violated.scratch-over-probe': { variant: 'violated', method: 'scratch', reference: 'linear-probe' },
	'violated.fine-tune-all-over-scratch': { variant: 'violated', method: 'fine-tune-all', reference: 'scratch' },
	'violated.scratch-over-fine-tune-all': { variant: 'violated', method: 'scratch', reference: 'fine-tune-all' },
} as const satisfies Record<string, Omit<Comparison, 'by'>>;

export type Unit = 'images' | 'points' | 'percent' | 'count';
export interface Citation {
	value: number;
	unit: Unit;
}

/**
 * What a lesson may cite, as the props of `<EvidenceValue>`:
 * - `crossover`: the B size where it happens; with `below`, the measured size just under it; with `none`, the
 *   largest size measured, asserting it never happens there;
 * - `lead`: one of LEADS, in points; with `at`, the B size where it is largest;
 * - `variant`, `method`, `amount`: one mean accuracy;
 * - `margin`: the margin every crossover is judged with, in points;
 * - `setting`: how the sweep was run (its smallest and largest B size, its number of seeds).
 */
export interface CitationRequest {
	crossover?: string;
	below?: boolean;
	none?: boolean;
	lead?: string;
	at?: boolean;
	variant?: string;
	method?: string;
	amount?: number;
	margin?: boolean;
	setting?: string;
}

const points = (accuracy: number): Citation => ({ value: Math.round(accuracy * 1000) / 10, unit: 'points' });
const images = (amount: number): Citation => ({ value: amount, unit: 'images' });

const SETTINGS: Readonly<Record<string, (data: EvidenceData) => Citation>> = {
	'smallest-amount': (data) => images(data.settings.amounts[0] as number),
	'largest-amount': (data) => images(data.settings.amounts.at(-1) as number),
	seeds: (data) => ({ value: data.settings.seeds.length, unit: 'count' }),
};

function named<T>(registry: Readonly<Record<string, T>>, id: string, prop: string): T {
	const found = registry[id];
	if (!found) throw new Error(`evidence: ${prop}="${id}" is not one of ${Object.keys(registry).join(', ')}`);
	return found;
}

function unsupported(request: CitationRequest, why: string): never {
	throw new Error(`evidence: the lesson cites ${JSON.stringify(request)}, but ${EVIDENCE_FILE} does not support it: ${why}. Rerun \`npm run evidence\` if the lab changed, and rewrite the sentence to match the data.`);
}

export function cite(data: EvidenceData, request: CitationRequest): Citation {
	if (request.margin) return points(MARGIN);
	if (request.setting !== undefined) return named(SETTINGS, request.setting, 'setting')(data);
	if (request.crossover !== undefined) {
		const found = crossover(data, named(COMPARISONS, request.crossover, 'crossover'));
		const largest = data.settings.amounts.at(-1) as number;
		if (request.none) return found ? unsupported(request, `it happens from ${found.amount} images on`) : images(largest);
		if (!found) return unsupported(request, `it does not happen up to ${largest} images`);
		if (!request.below) return images(found.amount);
		return found.below === undefined ? unsupported(request, 'it happens from the smallest size measured') : images(found.below);
	}
	if (request.lead !== undefined) {
		const { variant, method, reference } = named(LEADS, request.lead, 'lead');
		const lead = largestLead(data, variant, method, reference);
		if (lead.gap <= 0) return unsupported(request, `${method} never leads ${reference}`);
		return request.at ? images(lead.amount) : points(lead.gap);
	}
	const { variant, method, amount } = request;
	if (!VARIANTS.includes(variant as Variant)) return unsupported(request, `variant must be one of ${VARIANTS.join(', ')}`);
	if (!METHODS.includes(method as Method)) return unsupported(request, `method must be one of ${METHODS.join(', ')}`);
	const point = seriesOf(data, variant as Variant, method as Method).points.find((p) => p.amount === amount);
	if (!point) return unsupported(request, `amount must be one of ${data.settings.amounts.join(', ')}`);
	return { value: point.mean, unit: 'percent' };
}

/** One sentence of the figure caption: an i18n key and its cited values, about one variant. */
export interface Statement {
	variant: Variant;
	key: string;
	values: Record<string, Citation>;
}

/** The caption's account of every named crossover: where it happens, or that it does not within the sizes measured. */
export function crossoverStatements(data: EvidenceData): Statement[] {
	return COMPARISON_IDS.map((id) => {
		const found = crossover(data, COMPARISONS[id]);
		const margin = points(MARGIN);
		const { variant } = COMPARISONS[id];
		return found
			? { variant, key: `evidence.caption.${id}`, values: { amount: images(found.amount), margin } }
			: { variant, key: `evidence.caption.${id}.none`, values: { amount: images(data.settings.amounts.at(-1) as number), margin } };
	});
}
