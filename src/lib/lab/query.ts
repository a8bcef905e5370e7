import { INPUT_KINDS, MAX_AMOUNT, METHODS, MIN_AMOUNT, TARGET_TASK_IDS, type InputKind, type Method, type TargetTaskId } from './plan.ts';
import { PRESET_IDS, VARIANTS, type PresetId, type Variant } from './presets.ts';

/**
 * Lab settings from a URL's query, named as the lab form's fields:
 * `?experiment=data&variant=violated` opens a ready experiment,
 * `?task=letters&amounts=20,50&methods=linear-probe,scratch` custom
 * settings (custom fields without `experiment` mean `experiment=custom`).
 * Lessons link to the lab this way. A value the form could not hold is
 * left out, so the form keeps its default for that field; parsing never
 * throws.
 */
export interface LabQuery {
	experiment?: PresetId | 'custom';
	variant?: Variant;
	task?: TargetTaskId;
	input?: InputKind;
	amounts?: readonly number[];
	methods?: readonly Method[];
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined => (allowed as readonly (string | null)[]).includes(value) ? (value as T) : undefined;

/** Each comma-separated entry as a number of B images, or undefined where it is not a whole number in range. */
function amountEntries(text: string): (number | undefined)[] {
	return text.split(',').map((entry) => {
		const trimmed = entry.trim();
		const value = Number(trimmed);
		return /^\d+$/.test(trimmed) && value >= MIN_AMOUNT && value <= MAX_AMOUNT ? value : undefined;
	});
}

/** "20, 50" → [20, 50]; undefined unless every entry is a whole number in range (the form's own check). */
export function parseAmounts(text: string): number[] | undefined {
	const entries = amountEntries(text);
	return entries.every((value) => value !== undefined) ? [...new Set(entries as number[])] : undefined;
}

export function parseLabQuery(search: string): LabQuery {
	const params = new URLSearchParams(search);
	const query: LabQuery = {};
	const task = oneOf(TARGET_TASK_IDS, params.get('task'));
	const input = oneOf(INPUT_KINDS, params.get('input'));
	// A link may carry a stray bad entry ("20,abc"): keep the good ones rather than drop the whole list.
	const amounts = [...new Set(amountEntries(params.get('amounts') ?? '').filter((value) => value !== undefined))];
	const listed = (params.get('methods') ?? '').split(',').map((entry) => entry.trim());
	const methods = METHODS.filter((method) => listed.includes(method));
	if (task) query.task = task;
	if (input) query.input = input;
	if (amounts.length > 0) query.amounts = amounts;
	if (methods.length > 0) query.methods = methods;
	const custom = task !== undefined || input !== undefined || amounts.length > 0 || methods.length > 0;
	const experiment = oneOf([...PRESET_IDS, 'custom' as const], params.get('experiment')) ?? (custom ? 'custom' : undefined);
	if (experiment) query.experiment = experiment;
	const variant = oneOf(VARIANTS, params.get('variant'));
	if (variant) query.variant = variant;
	return query;
}

/** A setting of a link's query the lab does not use: its name, the value written and what it takes instead. */
export interface IgnoredSetting {
	name: string;
	/** One entry of a list (`magic` of `methods=scratch,magic`), or the whole value. */
	value: string;
	/** What the field takes (`one of holds, violated`), or for a name the lab does not read, the names it does. */
	allowed: string;
}

/** The lesson whose page is the lab (content/<locale>/practice/lab.mdx): the one page that reads these settings from its address. */
export const LAB_LESSON_ID = 'practice/lab';

/** The names the lab reads from a query, in the form's order. */
export const LAB_QUERY_NAMES = ['experiment', 'variant', 'task', 'input', 'amounts', 'methods'] as const;

/**
 * What parseLabQuery leaves out of `search`, each name and value as
 * written: a link's setting the lab cannot use, so the form keeps its
 * default there. The build checks lessons' links to the lab with it, and
 * the lab tells a learner who opens such a link.
 */
export function ignoredLabSettings(search: string): IgnoredSetting[] {
	const ignored: IgnoredSetting[] = [];
	const allowedValues: Record<string, readonly string[]> = { experiment: [...PRESET_IDS, 'custom'], variant: VARIANTS, task: TARGET_TASK_IDS, input: INPUT_KINDS, methods: METHODS };
	for (const [name, value] of new URLSearchParams(search)) {
		if (name === 'amounts') {
			const entries = value.split(',');
			amountEntries(value).forEach((amount, index) => amount === undefined && ignored.push({ name, value: entries[index]!.trim(), allowed: `whole numbers from ${MIN_AMOUNT} to ${MAX_AMOUNT}, separated by commas` }));
			continue;
		}
		const allowed = allowedValues[name];
		if (!allowed) {
			ignored.push({ name, value, allowed: `one of ${LAB_QUERY_NAMES.join(', ')}` });
			continue;
		}
		const entries = name === 'methods' ? value.split(',').map((entry) => entry.trim()) : [value];
		for (const entry of entries) if (!allowed.includes(entry)) ignored.push({ name, value: entry, allowed: `one of ${allowed.join(', ')}` });
	}
	return ignored;
}

/** The query that opens `query` in the lab: the inverse of parseLabQuery, fields in the form's order. */
export function labQuery(query: LabQuery): string {
	const params = new URLSearchParams();
	const set = (name: string, value: string | undefined) => value !== undefined && params.set(name, value);
	set('experiment', query.experiment);
	set('variant', query.variant);
	set('task', query.task);
	set('input', query.input);
	set('amounts', query.amounts?.join(','));
	set('methods', query.methods?.join(','));
	// Commas read better in a link than %2C, and URLSearchParams reads them back either way.
	return `?${params.toString().replaceAll('%2C', ',')}`;
}
