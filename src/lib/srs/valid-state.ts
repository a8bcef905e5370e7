/**
 * The one definition of a valid trainer state: settings, card records and
 * review-log entries. The import, the checks on every stored record, the
 * settings form and the scheduler all decide with these functions, so they
 * cannot disagree. A record that passes can be answered with every rating
 * (a property test proves it), and the answer passes again.
 *
 * Each check returns whether the value is valid and, given a ProblemSink,
 * reports every problem with its path, so a learner is told which field is
 * wrong. Without a sink no problem or path is built: these checks run for
 * every record the store reads (10,000 cards at load, 100,000 reviews per
 * export).
 */
import { CLAMP_PARAMETERS, S_MAX, S_MIN, W17_W18_Ceiling } from 'ts-fsrs';
import type { BackupReview } from '../backup/types';
import type { CardRecord, CardState, ReviewRecord, Settings } from './types';

/** Settings limits: the form, imports and stored settings all use these. */
export const SETTINGS_LIMITS = {
	desiredRetention: { min: 0.7, max: 0.99 },
	newCardsPerDay: { min: 0, max: 10_000 },
	dayStartMinutes: { min: 0, max: 1439 },
	leechThreshold: { min: 1, max: 1000 },
} as const;

/** Each FSRS-6 parameter's valid range: ts-fsrs's, the same as the reference optimizer's. */
export const PARAMETER_RANGES: readonly (readonly [number, number])[] = CLAMP_PARAMETERS(W17_W18_Ceiling, true).map(([min, max]) => [min!, max!] as const);

/**
 * Memory state limits. ts-fsrs keeps difficulty in 1–10 and stability in
 * S_MIN–S_MAX and throws on anything lower ("Invalid memory state"); a new
 * card may instead have no memory state yet (both 0, as createEmptyCard).
 */
export const DIFFICULTY = { min: 1, max: 10 } as const;
export const STABILITY = { min: S_MIN, max: S_MAX } as const;
/** Answer counts and the card's version: every answer adds one and saturates here. */
export const MAX_COUNT = 1_000_000_000;
const DAYS = { min: 0, max: 1_000_000 } as const;
const COUNT = { min: 0, max: MAX_COUNT } as const;
export const MAX_KEY_LENGTH = 200;
export const MAX_REVIEW_ID_LENGTH = 100;
/** Times before this are refused: nothing was reviewed then, and time zone arithmetic on ancient dates goes wrong. */
export const EARLIEST_YEAR = 1970;

export const CARD_STATES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];

export type Path = readonly (string | number)[];

type SimpleCode = 'missing' | 'notObject' | 'notDate' | 'notKey' | 'directionControl' | 'notId' | 'notState' | 'notRating' | 'notNumber' | 'notWhole' | 'notParameters' | 'notFlag' | 'notBoolean';

/** What is wrong with one field; `path` leads from the checked value to the field ([] for the value itself). */
export type StateProblem =
	| { path: Path; code: SimpleCode }
	| { path: Path; code: 'outOfRange'; min: number; max: number; value: number }
	/** A review time later than both when the data was made and now (see ReviewClock). */
	| { path: Path; code: 'future'; value: string; now: string; madeAt: string }
	/** A card record inside a review that belongs to another card than the review's `key`. */
	| { path: Path; code: 'keyMismatch'; key: string };

/** Receives the problems a check finds. */
export type ProblemSink = (problem: StateProblem) => void;

/**
 * The moments a review time in data from outside a live answer is judged
 * against (ISO instants): when the data says it was made, and now. A time
 * later than both cannot be true (see review-times.ts for the whole rule).
 */
export interface ReviewClock {
	now: string;
	madeAt: string;
}

/** The latest review time data can hold: the later of when it was made and now. */
export function latestReviewTime({ now, madeAt }: ReviewClock): string {
	return madeAt > now ? madeAt : now;
}

export interface CheckOptions {
	/** Review times later than latestReviewTime(clock) are problems (an import, a restore); stored records are checked without one. */
	clock?: ReviewClock | undefined;
	/** Receives every problem found; without it nothing is allocated. */
	sink?: ProblemSink | undefined;
	/** Where the checked value sits, for problem paths (default: it is the root). */
	at?: Path | undefined;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
/** Characters that set the direction of text (U+202E reverses what follows): no card key holds one, and shown in a message one could reorder it. */
const DIRECTION_CONTROL = /\p{Bidi_Control}/u;
const STATES = new Set<unknown>(CARD_STATES);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A time exactly as Date.prototype.toISOString writes it (UTC, milliseconds),
 * naming a real date and time (no Feb 30, no 24:00), from 1970 on. One
 * canonical form keeps string order equal to time order, which the log
 * relies on. Checked without creating a Date: this runs for every time in a
 * 100,000-review export.
 */
export function isInstant(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = ISO_INSTANT.exec(value);
	if (!match) return false;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	return year >= EARLIEST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Card keys are `${deck}/${id}`: bounded length, no control characters, nothing that sets the direction of text. */
export function isCardKey(value: unknown): value is string {
	return typeof value === 'string' && value.length >= 1 && value.length <= MAX_KEY_LENGTH && !CONTROL_CHARACTER.test(value) && !DIRECTION_CONTROL.test(value);
}

/** What is wrong with a value that is no card key: a key but for a direction control is told so, since nothing else shows it. */
function keyProblem(value: unknown): SimpleCode {
	return typeof value === 'string' && DIRECTION_CONTROL.test(value) && isCardKey(value.replace(new RegExp(DIRECTION_CONTROL, 'gu'), '')) ? 'directionControl' : 'notKey';
}

function isReviewId(value: unknown): boolean {
	return typeof value === 'string' && value.length >= 1 && value.length <= MAX_REVIEW_ID_LENGTH;
}

/** An answer's rating, or MANUAL (0) for the learner's change to a card (srs/card-changes.ts). */
function isLogRating(value: unknown): boolean {
	return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}

const ROOT: Path = [];

/** The fields of one object being checked; paths are built only when a problem is reported. */
class Fields {
	constructor(
		readonly object: Record<string, unknown>,
		readonly options: CheckOptions | undefined,
	) {}

	get at(): Path {
		return this.options?.at ?? ROOT;
	}

	report(name: string, problem: Record<string, unknown> & { code: StateProblem['code'] }): false {
		this.options?.sink?.({ path: [...this.at, name], ...problem } as StateProblem);
		return false;
	}

	/** A field `valid` accepts; otherwise `code` (or what `code` says of the value), or `missing` when absent. */
	is(name: string, valid: (value: unknown) => boolean, code: SimpleCode | ((value: unknown) => SimpleCode)): boolean {
		const value = this.object[name];
		return valid(value) || this.report(name, { code: value === undefined ? 'missing' : typeof code === 'function' ? code(value) : code });
	}

	number(name: string, range: { readonly min: number; readonly max: number }, whole = false): boolean {
		const value = this.object[name];
		if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isSafeInteger(value))) {
			return this.report(name, { code: value === undefined ? 'missing' : whole ? 'notWhole' : 'notNumber' });
		}
		return (value >= range.min && value <= range.max) || this.report(name, { code: 'outOfRange', min: range.min, max: range.max, value });
	}

	/** A time; a review time (when the learner answered) must not be later than options.clock allows. */
	time(name: string, kind: 'time' | 'review time' | 'optional review time'): boolean {
		if (kind === 'optional review time' && !(name in this.object)) return true;
		if (!this.is(name, isInstant, 'notDate')) return false;
		const value = this.object[name] as string;
		const clock = this.options?.clock;
		return kind === 'time' || clock === undefined || value <= latestReviewTime(clock) || this.report(name, { code: 'future', value, ...clock });
	}

	/**
	 * Difficulty and stability as ts-fsrs accepts them: 1–10 and S_MIN–S_MAX,
	 * or both 0 for a new card that has no memory state yet.
	 */
	memoryState(): boolean {
		const { state, difficulty, stability } = this.object;
		if (state === 'new' && difficulty === 0 && stability === 0) return true;
		const validDifficulty = this.number('difficulty', DIFFICULTY);
		return this.number('stability', STABILITY) && validDifficulty;
	}
}

/** Reports a value that should be an object but is not. */
function notAnObject(value: unknown, options: CheckOptions | undefined): false {
	options?.sink?.({ path: options.at ?? ROOT, code: value === undefined ? 'missing' : 'notObject' });
	return false;
}

export function checkCardRecord(value: unknown, options?: CheckOptions): value is CardRecord {
	if (!isObject(value)) return notAnObject(value, options);
	const fields = new Fields(value, options);
	// Every field is checked (no early return), so a learner hears of every problem at once.
	let valid = fields.is('key', isCardKey, keyProblem);
	valid = fields.is('state', (state) => STATES.has(state), 'notState') && valid;
	valid = fields.time('due', 'time') && valid;
	valid = fields.memoryState() && valid;
	for (const name of ['reps', 'lapses', 'learningSteps', 'version']) valid = fields.number(name, COUNT, true) && valid;
	valid = fields.time('lastReview', 'optional review time') && valid;
	valid = fields.number('elapsedDays', DAYS) && valid;
	valid = fields.is('suspended', (suspended) => suspended === undefined || suspended === true, 'notFlag') && valid;
	return fields.number('scheduledDays', DAYS) && valid;
}

/** A card record inside a review (`before` or `after`): valid, and about the review's card. */
function checkSide(review: Fields, side: 'before' | 'after'): boolean {
	const card = review.object[side];
	const options = review.options;
	// Paths matter only to a sink: without one the hot path builds none.
	if (!checkCardRecord(card, options?.sink ? { ...options, at: [...review.at, side] } : options)) return false;
	const key = review.object['key'];
	if (!isCardKey(key) || card.key === key) return true;
	options?.sink?.({ path: [...review.at, side, 'key'], code: 'keyMismatch', key });
	return false;
}

function backupReviewFields(fields: Fields): boolean {
	let valid = fields.is('id', isReviewId, 'notId');
	valid = fields.is('key', isCardKey, keyProblem) && valid;
	valid = fields.is('rating', isLogRating, 'notRating') && valid;
	valid = fields.time('reviewedAt', 'review time') && valid;
	return checkSide(fields, 'after') && valid;
}

/** A review as backups store it (without `before`). */
export function checkBackupReview(value: unknown, options?: CheckOptions): value is BackupReview {
	if (!isObject(value)) return notAnObject(value, options);
	return backupReviewFields(new Fields(value, options));
}

/** A log entry as the store keeps it: a backup review plus the card before the answer (null for a first answer). */
export function checkReviewRecord(value: unknown, options?: CheckOptions): value is ReviewRecord {
	if (!isObject(value)) return notAnObject(value, options);
	const fields = new Fields(value, options);
	const valid = backupReviewFields(fields);
	return (value['before'] === null || checkSide(fields, 'before')) && valid;
}

export function checkSettings(value: unknown, options?: CheckOptions): value is Settings {
	if (!isObject(value)) return notAnObject(value, options);
	const fields = new Fields(value, options);
	let valid = fields.number('desiredRetention', SETTINGS_LIMITS.desiredRetention);
	valid = fields.number('newCardsPerDay', SETTINGS_LIMITS.newCardsPerDay, true) && valid;
	valid = fields.number('dayStartMinutes', SETTINGS_LIMITS.dayStartMinutes, true) && valid;
	valid = (fields.object['leechThreshold'] === undefined || fields.number('leechThreshold', SETTINGS_LIMITS.leechThreshold, true)) && valid;
	valid = fields.is('keyShortcuts', (on) => on === undefined || typeof on === 'boolean', 'notBoolean') && valid;
	valid = parametersField(fields, 'previousParameters') && valid;
	return parametersField(fields, 'parameters') && valid;
}

/** Optional personal parameters (in use, or the previous ones kept to go back to): 21 numbers, each within its range. */
function parametersField(fields: Fields, name: 'parameters' | 'previousParameters'): boolean {
	const value = fields.object[name];
	if (value === undefined) return true;
	if (!Array.isArray(value) || value.length !== PARAMETER_RANGES.length) return fields.report(name, { code: 'notParameters' });
	let valid = true;
	value.forEach((entry: unknown, index) => {
		const [min, max] = PARAMETER_RANGES[index]!;
		if (typeof entry === 'number' && entry >= min && entry <= max) return;
		valid = false;
		const path = [...fields.at, name, index];
		fields.options?.sink?.(typeof entry === 'number' && Number.isFinite(entry) ? { path, code: 'outOfRange', min, max, value: entry } : { path, code: 'notNumber' });
	});
	return valid;
}

/** The fields of valid settings and nothing else (the store and imports drop unknown fields). */
export function cleanSettings(settings: Settings): Settings {
	const { desiredRetention, newCardsPerDay, dayStartMinutes, parameters, previousParameters, leechThreshold, keyShortcuts } = settings;
	return {
		desiredRetention,
		newCardsPerDay,
		dayStartMinutes,
		...(parameters ? { parameters: [...parameters] } : {}),
		...(previousParameters ? { previousParameters: [...previousParameters] } : {}),
		...(leechThreshold === undefined ? {} : { leechThreshold }),
		...(keyShortcuts === undefined ? {} : { keyShortcuts }),
	};
}

/** The fields of a valid card record and nothing else (imports drop unknown fields). */
export function cleanCardRecord(record: CardRecord): CardRecord {
	const { key, state, due, stability, difficulty, reps, lapses, lastReview, learningSteps, elapsedDays, scheduledDays, suspended, version } = record;
	return {
		key,
		state,
		due,
		stability,
		difficulty,
		reps,
		lapses,
		...(lastReview === undefined ? {} : { lastReview }),
		learningSteps,
		elapsedDays,
		scheduledDays,
		...(suspended ? { suspended } : {}),
		version,
	};
}
