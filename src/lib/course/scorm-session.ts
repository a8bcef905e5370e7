/**
 * One launch of the course as the platform sees it, over either version of
 * the SCORM run-time API: initialise, read what the platform kept, set
 * progress, completion, score and session time, commit, terminate.
 * The caller decides when to commit; this class never commits by itself
 * except when it finishes.
 * A platform's answer is not taken on trust: completion and the score count
 * as reported only once SetValue returned "true"; a refused one is offered
 * again at the next report, commit or finish, up to MAX_REFUSALS times in a
 * row. A call that throws counts as refused. Each refusal is asked about
 * (GetLastError, GetErrorString), as the run-time expects, and logged once
 * for whoever diagnoses the platform.
 * What the platform holds is not overwritten blind: when the status or
 * suspend_data cannot be read, or suspend_data is in a format this course
 * does not know (a later version's), the launch sets neither "incomplete"
 * nor suspend_data, and says so once.
 */
import type { FoundApi, ScormVersion } from './api-discovery';
import { isKnownProgress, SUSPEND_DATA_LIMIT } from './progress-state';

interface Elements {
	initialize: string;
	terminate: string;
	get: string;
	set: string;
	commit: string;
	lastError: string;
	errorString: string;
	suspendData: string;
	location: string;
	locationLimit: number;
	status: string;
	entry: string;
	exit: string;
	sessionTime: string;
}

const ELEMENTS: Record<ScormVersion, Elements> = {
	'1.2': {
		initialize: 'LMSInitialize',
		terminate: 'LMSFinish',
		get: 'LMSGetValue',
		set: 'LMSSetValue',
		commit: 'LMSCommit',
		lastError: 'LMSGetLastError',
		errorString: 'LMSGetErrorString',
		suspendData: 'cmi.suspend_data',
		location: 'cmi.core.lesson_location',
		locationLimit: 255,
		status: 'cmi.core.lesson_status',
		entry: 'cmi.core.entry',
		exit: 'cmi.core.exit',
		sessionTime: 'cmi.core.session_time',
	},
	'2004': {
		initialize: 'Initialize',
		terminate: 'Terminate',
		get: 'GetValue',
		set: 'SetValue',
		commit: 'Commit',
		lastError: 'GetLastError',
		errorString: 'GetErrorString',
		suspendData: 'cmi.suspend_data',
		location: 'cmi.location',
		locationLimit: 1000,
		status: 'cmi.completion_status',
		entry: 'cmi.entry',
		exit: 'cmi.exit',
		sessionTime: 'cmi.session_time',
	},
};

/** Statuses a platform may hold that mean the learner is done: never reported back to "incomplete". */
const DONE = new Set(['completed', 'passed', 'failed']);

/** How many times in a row a value may be refused before this launch stops offering it. */
export const MAX_REFUSALS = 3;

/** GetLastError codes that say nothing went wrong: none, and 2004's "value not initialized" for an element never set. */
const NO_ERROR = new Set(['', '0', '403']);

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`. */
export function scorm12Duration(ms: number): string {
	const centiseconds = Math.max(0, Math.round(ms / 10));
	const hours = Math.min(9999, Math.floor(centiseconds / 360000));
	const minutes = Math.floor(centiseconds / 6000) % 60;
	const seconds = (centiseconds % 6000) / 100;
	return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), `PT1H2M3.5S`. */
export function scorm2004Duration(ms: number): string {
	const centiseconds = Math.max(0, Math.round(ms / 10));
	const hours = Math.floor(centiseconds / 360000);
	const minutes = Math.floor(centiseconds / 6000) % 60;
	const seconds = (centiseconds % 6000) / 100;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** A call as a warning names it: `LMSSetValue("cmi.core.lesson_status", "completed")`. */
const describeCall = (method: string, args: string[]) => `${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;

export interface StoredState {
	suspendData: string;
	location: string;
	completed: boolean;
}

export class ScormSession {
	readonly version: ScormVersion;
	readonly suspendDataLimit: number;
	readonly #api: FoundApi['api'];
	readonly #names: Elements;
	readonly #startedAt: number;
	readonly #now: () => number;
	readonly #warn: (message: string) => void;
	readonly #warned = new Set<string>();
	#open = false;
	/** The platform's status or suspend_data unread or not understood: both stay as the platform holds them. */
	#keepStored = false;
	/** Completion asked for (it may still be waiting for the platform to accept it). */
	#completed = false;
	#score: number | undefined;
	/** Values the platform has not accepted yet, by element, in the order they were asked for. */
	readonly #pending = new Map<string, string>();
	readonly #refusals = new Map<string, number>();

	constructor(found: FoundApi, now: () => number = Date.now, warn: (message: string) => void = (message) => console.warn(message)) {
		this.version = found.version;
		this.suspendDataLimit = SUSPEND_DATA_LIMIT[found.version];
		this.#api = found.api;
		this.#names = ELEMENTS[found.version];
		this.#now = now;
		this.#warn = warn;
		this.#startedAt = now();
	}

	/** The platform's answer as text, or undefined when the call threw (a platform's bug must not take the course down). */
	#invoke(method: string, ...args: string[]): string | undefined {
		try {
			return String(this.#api[method]?.(...args) ?? '');
		} catch (error) {
			this.#note(`${method} ${args[0]} threw`, `${describeCall(method, args)} threw ${String(error)}`);
			return undefined;
		}
	}

	/** Each problem (call, element, error) once: a platform that refuses everything would otherwise log on every page. */
	#note(problem: string, message: string): void {
		if (this.#warned.has(problem)) return;
		this.#warned.add(problem);
		this.#warn(`Course platform: ${message}`);
	}

	/** Asks the platform why its last call failed and notes the answer; true when it names an error. */
	#diagnose(method: string, ...args: string[]): boolean {
		const code = this.#invoke(this.#names.lastError) ?? '';
		if (NO_ERROR.has(code)) return false;
		const text = this.#invoke(this.#names.errorString, code) ?? '';
		this.#note(`${method} ${args[0]} ${code}`, `${describeCall(method, args)} failed with error ${code}${text ? ` (${text})` : ''}`);
		return true;
	}

	/** A call that answers "true" or "false"; true only when the platform said "true". */
	#call(method: string, ...args: string[]): boolean {
		const answer = this.#invoke(method, ...args);
		if (answer === 'true') return true;
		if (answer !== undefined) this.#diagnose(method, ...args);
		return false;
	}

	/** The platform's value; undefined when the call threw or failed. An empty answer may be either: only the last error tells. */
	#get(element: string): string | undefined {
		const value = this.#invoke(this.#names.get, element);
		return value === '' && this.#diagnose(this.#names.get, element) ? undefined : value;
	}

	#set(element: string, value: string): boolean {
		return this.#call(this.#names.set, element, value);
	}

	/** Asks for values to be reported; they are offered by the next #flush. */
	#want(values: Record<string, string>): void {
		for (const [element, value] of Object.entries(values)) this.#pending.set(element, value);
	}

	/** Offers every value not yet accepted, skipping those refused too often; true when the platform accepted any. */
	#flush(): boolean {
		let accepted = false;
		for (const [element, value] of this.#pending) {
			const refusals = this.#refusals.get(element) ?? 0;
			if (refusals >= MAX_REFUSALS) continue;
			if (this.#set(element, value)) {
				this.#pending.delete(element);
				this.#refusals.delete(element);
				accepted = true;
			} else this.#refusals.set(element, refusals + 1);
		}
		return accepted;
	}

	/** Opens the session; undefined when the platform refuses (or throws). */
	start(): StoredState | undefined {
		if (!this.#call(this.#names.initialize, '')) return undefined;
		this.#open = true;
		const status = this.#get(this.#names.status);
		const suspendData = this.#get(this.#names.suspendData);
		const location = this.#get(this.#names.location) ?? '';
		this.#completed = DONE.has(status ?? '');
		const unknown =
			status === undefined ? `${this.#names.status} could not be read`
			: suspendData === undefined ? `${this.#names.suspendData} could not be read`
			: isKnownProgress(suspendData) ? undefined
			: `${this.#names.suspendData} ${JSON.stringify(suspendData.slice(0, 40))} is in a format this course does not know`;
		if (unknown) {
			this.#keepStored = true;
			this.#note('kept', `${unknown}: this launch leaves ${this.#names.status} and ${this.#names.suspendData} as the platform holds them`);
		} else if (!this.#completed) {
			this.#want({ [this.#names.status]: 'incomplete' });
			this.#flush();
		}
		return { suspendData: this.#keepStored ? '' : suspendData!, location, completed: this.#completed };
	}

	/** Where the learner is (an empty location is not one: 2004 refuses it) and what the platform must remember, within its limits; no commit. */
	saveProgress(suspendData: string, location: string): void {
		if (!this.#open) return;
		if (!this.#keepStored) this.#set(this.#names.suspendData, suspendData.slice(0, this.suspendDataLimit));
		if (location && location.length <= this.#names.locationLimit) this.#set(this.#names.location, location);
	}

	/**
	 * Completion and score (a share, 0–1; undefined leaves the platform's as it is).
	 * Returns whether the platform accepted anything new, i.e. whether its gradebook should hear of it now.
	 */
	report(completed: boolean, score: number | undefined): boolean {
		if (!this.#open) return false;
		if (completed && !this.#completed) {
			this.#completed = true;
			this.#want({ [this.#names.status]: 'completed' });
		}
		if (score !== undefined && score !== this.#score) {
			this.#score = score;
			const prefix = this.version === '1.2' ? 'cmi.core.score' : 'cmi.score';
			if (this.version === '2004') this.#want({ 'cmi.score.scaled': String(Math.round(score * 10000) / 10000) });
			this.#want({ [`${prefix}.raw`]: String(Math.round(score * 100)), [`${prefix}.min`]: '0', [`${prefix}.max`]: '100' });
		}
		return this.#flush();
	}

	/** Offers again what the platform refused so far, then commits. */
	commit(): void {
		if (!this.#open) return;
		this.#flush();
		this.#call(this.#names.commit, '');
	}

	/**
	 * Session time, "suspend" (the next launch resumes), terminate; once only.
	 * Terminate commits by itself (both versions' run-time rules say the
	 * platform persists on it); a separate commit while the page unloads is
	 * the request browsers cut short, so there is none.
	 */
	finish(): void {
		if (!this.#open) return;
		this.#flush();
		const elapsed = this.#now() - this.#startedAt;
		this.#set(this.#names.sessionTime, this.version === '1.2' ? scorm12Duration(elapsed) : scorm2004Duration(elapsed));
		this.#set(this.#names.exit, 'suspend');
		this.#call(this.#names.terminate, '');
		this.#open = false;
	}
}
