import type { ReviewRecord } from '../../lib/srs/types';
import { trainerStorageKey } from '../../lib/storage/store-name';

type Answer = Pick<ReviewRecord, 'id' | 'key' | 'reviewedAt'>;

/** Enough to undo a long session answer by answer. */
const KEPT = 200;

/**
 * The answers given in this tab to the trainer of the site at `base`, newest last: what undo may take
 * back here (each tab undoes its own). sessionStorage is one per tab, and survives reloading it.
 */
export class TabAnswers {
	private readonly key: string;
	private readonly answers: Answer[];

	constructor(base: string) {
		this.key = trainerStorageKey(base, 'tab-answers');
		this.answers = read(this.key);
	}

	add({ id, key, reviewedAt }: Answer): void {
		this.answers.push({ id, key, reviewedAt });
		this.answers.splice(0, this.answers.length - KEPT);
		this.save();
	}

	newest(): Answer | undefined {
		return this.answers.at(-1);
	}

	dropNewest(): void {
		this.answers.pop();
		this.save();
	}

	private save(): void {
		try {
			sessionStorage.setItem(this.key, JSON.stringify(this.answers));
		} catch {
			// Without sessionStorage, undo covers this page's answers only.
		}
	}
}

function read(key: string): Answer[] {
	try {
		const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
		return Array.isArray(stored) ? stored.filter(isAnswer) : [];
	} catch {
		return [];
	}
}

function isAnswer(value: unknown): value is Answer {
	const { id, key, reviewedAt } = (typeof value === 'object' && value !== null ? value : {}) as Partial<Answer>;
	return typeof id === 'string' && typeof key === 'string' && typeof reviewedAt === 'string';
}
