/**
 * The rules that keep automatic backups from losing answers. An import (or a
 * restore) replaces the learner's progress: when the progress holds answers
 * the incoming data lacks, nothing is replaced until the learner has agreed
 * to exactly that (`answersLacking`, `confirmationCovers`). The automatic
 * backup taken of the progress replaces an earlier one only when it holds
 * every answer the earlier one holds (`replaceable`); otherwise both are kept,
 * until the learner deletes one.
 */
import { AUTOBACKUP_KEY } from '../storage/database';

/** Answers the progress holds that the incoming data lacks: how many, and when the newest was given. */
export interface LackingAnswers {
	count: number;
	newestAt: string;
}

/** Thrown, with nothing changed, by an import or restore that would replace answers the learner has not agreed to replace. */
export class ReplacesAnswersError extends Error {
	constructor(readonly lacking: LackingAnswers) {
		super(`the import would replace ${lacking.count} answers the data does not hold`);
		this.name = 'ReplacesAnswersError';
	}
}

/** The answers in `progress` (ids and times, as stored) whose ids `incoming` lacks; undefined when it lacks none. */
export function answersLacking(progress: Iterable<{ id: string; reviewedAt: string }>, incoming: ReadonlySet<string>): LackingAnswers | undefined {
	let count = 0;
	let newestAt = '';
	for (const { id, reviewedAt } of progress) {
		if (incoming.has(id)) continue;
		count += 1;
		if (reviewedAt > newestAt) newestAt = reviewedAt;
	}
	return count === 0 ? undefined : { count, newestAt };
}

/**
 * Whether what the learner agreed to replace (`confirmed`) is what would be
 * replaced now: the same number of answers, the newest the same. An answer
 * given in another tab after the question asks it again.
 */
export function confirmationCovers(lacking: LackingAnswers | undefined, confirmed: LackingAnswers | undefined): boolean {
	return lacking === undefined || (confirmed?.count === lacking.count && confirmed.newestAt === lacking.newestAt);
}

/** Whether an automatic backup holding answers `backupIds` may give way to one of progress holding `progressIds`: only if nothing is lost. */
export function replaceable(backupIds: Iterable<string>, progressIds: ReadonlySet<string>): boolean {
	for (const id of backupIds) if (!progressIds.has(id)) return false;
	return true;
}

/** The prefix of the keys of earlier automatic backups, kept beside the newest (AUTOBACKUP_KEY, as every version of the store wrote it). */
const EARLIER_PREFIX = 'earlier-';

/** Whether a key of the `autobackup` store holds an automatic backup (the store also keeps the last import's checksum). */
export function isAutoBackupKey(key: string): boolean {
	return key === AUTOBACKUP_KEY || (key.startsWith(EARLIER_PREFIX) && /^\d+$/.test(key.slice(EARLIER_PREFIX.length)));
}

/** A key for an earlier automatic backup that none of `keys` uses. */
export function earlierKey(keys: readonly string[]): string {
	const numbers = keys.filter((key) => key !== AUTOBACKUP_KEY && isAutoBackupKey(key)).map((key) => Number(key.slice(EARLIER_PREFIX.length)));
	return `${EARLIER_PREFIX}${Math.max(0, ...numbers) + 1}`;
}

/** The automatic backups in the order the panel lists them: the newest (as taken), then the earlier ones, newest first; unreadable ones last. */
export function listOrder<T extends { key: string; exportedAt?: string }>(backups: readonly T[]): T[] {
	const rank = (backup: T) => (backup.key === AUTOBACKUP_KEY ? 0 : backup.exportedAt === undefined ? 2 : 1);
	return [...backups].sort((a, b) => rank(a) - rank(b) || (b.exportedAt ?? '').localeCompare(a.exportedAt ?? '') || a.key.localeCompare(b.key));
}
