/**
 * Validation of stored and imported trainer data (zod). The store checks
 * every record it reads with these; the backup parser checks whole files.
 * Inferred types must stay identical to the interfaces in types.ts.
 */
import { z } from 'zod';
import { isCardKey, isInstant } from './guards';
import type { CardRecord, ReviewRecord, Settings } from './types';

export const isoInstantSchema = z
	.string()
	.refine(isInstant, { error: 'not a date (expected an ISO 8601 UTC time with milliseconds, such as 2025-01-01T00:00:00.000Z)' });

/** Card keys are `${deck}/${id}`: bounded length, no control characters. */
export const cardKeySchema = z
	.string()
	.refine(isCardKey, { error: 'not a card key (1–200 characters, no control characters)' });

const count = z.int().min(0).max(1_000_000_000);
const days = z.number().min(0).max(1_000_000);

export const settingsSchema = z.object({
	desiredRetention: z.number().min(0.7).max(0.99),
	newCardsPerDay: z.int().min(0).max(10_000),
	dayStartMinutes: z.int().min(0).max(1439),
});

export const cardRecordSchema = z.object({
	key: cardKeySchema,
	state: z.enum(['new', 'learning', 'review', 'relearning']),
	due: isoInstantSchema,
	stability: z.number().min(0).max(1_000_000),
	difficulty: z.number().min(0).max(10),
	reps: count,
	lapses: count,
	lastReview: isoInstantSchema.exactOptional(),
	learningSteps: count,
	elapsedDays: days,
	scheduledDays: days,
	version: count,
});

export const ratingSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
	error: 'must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)',
});

const reviewFields = {
	id: z.string().min(1).max(100),
	key: cardKeySchema,
	rating: ratingSchema,
	reviewedAt: isoInstantSchema,
	after: cardRecordSchema,
};

/** A check that the card records inside a review belong to the review's card. */
function sameCardAs(sides: readonly ('before' | 'after')[]) {
	return (ctx: z.core.ParsePayload<{ key: string; before?: CardRecord | null; after: CardRecord }>) => {
		for (const side of sides) {
			const card = ctx.value[side];
			if (card && card.key !== ctx.value.key) {
				ctx.issues.push({
					code: 'custom',
					input: card.key,
					path: [side, 'key'],
					message: `does not match the review's key "${ctx.value.key}"`,
				});
			}
		}
	};
}

/** The log entry as a backup stores it (see BackupReview). */
export const backupReviewSchema = z.object(reviewFields).check(sameCardAs(['after']));

export const reviewRecordSchema = z
	.object({ ...reviewFields, before: cardRecordSchema.nullable() })
	.check(sameCardAs(['before', 'after']));

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that the schemas and the contract types agree. */
export const schemasMatchTypes: [
	Same<z.infer<typeof settingsSchema>, Settings>,
	Same<z.infer<typeof cardRecordSchema>, CardRecord>,
	Same<z.infer<typeof reviewRecordSchema>, ReviewRecord>,
] = [true, true, true];
