/**
 * Corrupt records: values that fail validation are moved to the quarantine
 * store (kept, not deleted) and reported, so one bad record never stops the
 * rest from loading. The fast guards decide; zod explains why.
 */
import type { z } from 'zod';
import { isCardRecord, isReviewRecord } from '../srs/guards';
import { cardRecordSchema, reviewRecordSchema, settingsSchema } from '../srs/schema';
import { jsonPath } from '../backup/parse';
import type { Settings } from '../srs/types';
import { SETTINGS_KEY, type QuarantineEntry, type TrainerDatabase } from './database';
import type { CorruptRecord } from './types';
import { writeTransaction } from './write';

type CheckedStore = 'cards' | 'reviews' | 'settings';

const schemas: Record<CheckedStore, z.ZodType> = {
	cards: cardRecordSchema,
	reviews: reviewRecordSchema,
	settings: settingsSchema,
};

const guards: Record<CheckedStore, (value: unknown) => boolean> = {
	cards: isCardRecord,
	reviews: isReviewRecord,
	settings: (value) => checkedSettings(value) !== undefined,
};

/** Stored settings if they are valid. */
export function checkedSettings(value: unknown): Settings | undefined {
	const parsed = settingsSchema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

export interface Suspect extends CorruptRecord {
	store: CheckedStore;
	value: unknown;
}

/** Why zod rejects a value, e.g. "due: not a date; reps: Too small". */
export function rejectionReason(store: CheckedStore, value: unknown): string {
	const result = schemas[store].safeParse(value);
	if (result.success) return 'valid';
	return result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ');
}

export function quarantineEntry(store: CheckedStore, key: string, value: unknown, now = new Date()): QuarantineEntry {
	return { store, key, reason: rejectionReason(store, value), value, movedAt: now.toISOString() };
}

/** Splits values read with their keys into valid ones and suspects. */
export function sortOut<T>(store: CheckedStore, values: readonly unknown[], keys: readonly IDBValidKey[]): { valid: T[]; suspects: Suspect[] } {
	const valid: T[] = [];
	const suspects: Suspect[] = [];
	const guard = guards[store];
	values.forEach((value, index) => {
		if (guard(value)) valid.push(value as T);
		else suspects.push({ store, key: String(keys[index]), value, reason: rejectionReason(store, value) });
	});
	return { valid, suspects };
}

/**
 * Moves suspects to quarantine, re-checking each inside the transaction so a
 * record another tab has just repaired is left alone. Failing to move them
 * (e.g. a full disk) is not fatal: they are reported again next time.
 */
export async function quarantine(database: TrainerDatabase, suspects: readonly Suspect[], now: Date): Promise<void> {
	if (suspects.length === 0) return;
	try {
		await writeTransaction(database, ['cards', 'reviews', 'settings', 'quarantine'], async (transaction, track) => {
			for (const suspect of suspects) {
				const store = transaction.objectStore(suspect.store);
				const key = suspect.store === 'settings' ? SETTINGS_KEY : suspect.key;
				const current: unknown = await store.get(key);
				if (current === undefined || guards[suspect.store](current)) continue;
				track(transaction.objectStore('quarantine').add(quarantineEntry(suspect.store, suspect.key, current, now)));
				track(store.delete(key));
			}
		});
	} catch {
		// Left in place; load() reports them again and retries.
	}
}

export function reported(suspects: readonly Suspect[]): CorruptRecord[] {
	return suspects.map(({ store, key, reason }) => ({ store, key, reason }));
}
