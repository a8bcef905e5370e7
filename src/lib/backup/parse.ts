/**
 * Reads a backup file: size limits first (cheap), then format and version,
 * then every field with zod, then cross-record checks. Every problem is
 * reported with the JSON path of the bad field ("cards[3].due: not a date").
 * Imported strings are only ever data: nothing here or in the store renders them.
 */
import { z } from 'zod';
import { backupReviewSchema, cardRecordSchema, isoInstantSchema, settingsSchema } from '../srs/schema';
import { jsonPath } from './json-path';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './types';

export { jsonPath };

export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
export const MAX_BACKUP_REVIEWS = 1_000_000;
/** More problems than this are summarized as "… and N more". */
const MAX_LISTED_PROBLEMS = 20;

export class BackupError extends Error {
	readonly problems: readonly string[];
	constructor(problems: readonly string[]) {
		const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
		const more = problems.length - listed.length;
		super(`Not a usable backup file: ${listed.join('; ')}${more > 0 ? `; … and ${more} more` : ''}`);
		this.name = 'BackupError';
		this.problems = problems;
	}
}

const backupSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.literal(BACKUP_VERSION),
	exportedAt: isoInstantSchema,
	settings: settingsSchema,
	cards: z.array(cardRecordSchema),
	reviews: z.array(backupReviewSchema),
});

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems that make checking the rest pointless (or too costly). */
function envelopeProblems(data: unknown): string[] {
	if (!isRecord(data)) return ['(top level): expected a JSON object'];
	if (data['format'] !== BACKUP_FORMAT) {
		return [`format: expected "${BACKUP_FORMAT}" (this is not a trainer backup file)`];
	}
	if (data['version'] !== BACKUP_VERSION) {
		return [`version: unsupported backup version ${JSON.stringify(data['version'])} (this site reads version ${BACKUP_VERSION})`];
	}
	const reviews = data['reviews'];
	if (Array.isArray(reviews) && reviews.length > MAX_BACKUP_REVIEWS) {
		return [`reviews: ${reviews.length} entries is more than the limit of ${MAX_BACKUP_REVIEWS}`];
	}
	return [];
}

function duplicateProblems(backup: Backup): string[] {
	const problems: string[] = [];
	const cardIndex = new Map<string, number>();
	backup.cards.forEach((card, index) => {
		const first = cardIndex.get(card.key);
		if (first === undefined) cardIndex.set(card.key, index);
		else problems.push(`cards[${index}].key: duplicate key (same as cards[${first}])`);
	});
	const reviewIndex = new Map<string, number>();
	backup.reviews.forEach((review, index) => {
		const first = reviewIndex.get(review.id);
		if (first === undefined) reviewIndex.set(review.id, index);
		else problems.push(`reviews[${index}].id: duplicate id (same as reviews[${first}])`);
	});
	return problems;
}

/** Validates parsed JSON as a backup; throws BackupError listing every problem found. */
export function parseBackup(data: unknown): Backup {
	const early = envelopeProblems(data);
	if (early.length > 0) throw new BackupError(early);
	const result = backupSchema.safeParse(data);
	if (!result.success) {
		throw new BackupError(result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`));
	}
	const backup: Backup = result.data;
	const duplicates = duplicateProblems(backup);
	if (duplicates.length > 0) throw new BackupError(duplicates);
	return backup;
}

/** The size check for a file before it is read (File.size is in bytes). */
export function checkBackupSize(bytes: number): void {
	if (bytes > MAX_BACKUP_BYTES) {
		throw new BackupError([
			`(file): ${(bytes / 1024 / 1024).toFixed(1)} MB is larger than the limit of ${MAX_BACKUP_BYTES / 1024 / 1024} MB`,
		]);
	}
}

/** Parses a backup file's text (size limit, JSON syntax, then parseBackup). */
export function parseBackupText(text: string): Backup {
	// A UTF-16 length can only undercount UTF-8 bytes, so this never rejects a file within the limit.
	checkBackupSize(text.length);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new BackupError([`(file): not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
	}
	return parseBackup(data);
}
