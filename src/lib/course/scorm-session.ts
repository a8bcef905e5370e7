/**
 * One launch of the course as the platform sees it, over either version of
 * the SCORM run-time API: initialise, read what the platform kept, set
 * progress, completion, score and session time, commit, terminate.
 * The caller decides when to commit; this class never commits by itself
 * except when it finishes.
 */
import type { FoundApi, ScormVersion } from './api-discovery';
import { SUSPEND_DATA_LIMIT } from './progress-state';

interface Elements {
	initialize: string;
	terminate: string;
	get: string;
	set: string;
	commit: string;
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
	#open = false;
	#completed = false;
	#score: number | undefined;

	constructor(found: FoundApi, now: () => number = Date.now) {
		this.version = found.version;
		this.suspendDataLimit = SUSPEND_DATA_LIMIT[found.version];
		this.#api = found.api;
		this.#names = ELEMENTS[found.version];
		this.#now = now;
		this.#startedAt = now();
	}

	#call(method: string, ...args: string[]): string {
		return String(this.#api[method]?.(...args) ?? '');
	}

	#get(element: string): string {
		return this.#call(this.#names.get, element);
	}

	#set(element: string, value: string): void {
		this.#call(this.#names.set, element, value);
	}

	/** Opens the session; undefined when the platform refuses. */
	start(): StoredState | undefined {
		if (this.#call(this.#names.initialize, '') !== 'true') return undefined;
		this.#open = true;
		const status = this.#get(this.#names.status);
		this.#completed = DONE.has(status);
		if (!this.#completed) this.#set(this.#names.status, 'incomplete');
		return { suspendData: this.#get(this.#names.suspendData), location: this.#get(this.#names.location), completed: this.#completed };
	}

	/** Where the learner is (an empty location is not one: 2004 refuses it) and what the platform must remember, within its limits; no commit. */
	saveProgress(suspendData: string, location: string): void {
		if (!this.#open) return;
		this.#set(this.#names.suspendData, suspendData.slice(0, this.suspendDataLimit));
		if (location && location.length <= this.#names.locationLimit) this.#set(this.#names.location, location);
	}

	/**
	 * Completion and score (a share, 0–1; undefined leaves the platform's as it is).
	 * Returns whether either changed, i.e. whether the platform's gradebook should hear of it now.
	 */
	report(completed: boolean, score: number | undefined): boolean {
		if (!this.#open) return false;
		let changed = false;
		if (completed && !this.#completed) {
			this.#completed = true;
			this.#set(this.#names.status, 'completed');
			changed = true;
		}
		if (score !== undefined && score !== this.#score) {
			this.#score = score;
			const raw = String(Math.round(score * 100));
			const prefix = this.version === '1.2' ? 'cmi.core.score' : 'cmi.score';
			if (this.version === '2004') this.#set('cmi.score.scaled', String(Math.round(score * 10000) / 10000));
			this.#set(`${prefix}.raw`, raw);
			this.#set(`${prefix}.min`, '0');
			this.#set(`${prefix}.max`, '100');
			changed = true;
		}
		return changed;
	}

	commit(): void {
		if (this.#open) this.#call(this.#names.commit, '');
	}

	/**
	 * Session time, "suspend" (the next launch resumes), terminate; once only.
	 * Terminate commits by itself (both versions' run-time rules say the
	 * platform persists on it); a separate commit while the page unloads is
	 * the request browsers cut short, so there is none.
	 */
	finish(): void {
		if (!this.#open) return;
		const elapsed = this.#now() - this.#startedAt;
		this.#set(this.#names.sessionTime, this.version === '1.2' ? scorm12Duration(elapsed) : scorm2004Duration(elapsed));
		this.#set(this.#names.exit, 'suspend');
		this.#call(this.#names.terminate, '');
		this.#open = false;
	}
}
