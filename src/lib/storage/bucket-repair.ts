/**
 * Writes that read a card's bucket (answer, undo, restore) never write over
 * damage: they throw DamagedBucketError and write nothing. Then the bucket is
 * repaired in a transaction of its own (set aside, rebuilt from the review
 * log; repair.ts, loaded only then) and the write runs again.
 */
import { DamagedBucketError } from './card-buckets';
import { noFindings } from './damage';
import type { TrainerDatabase } from './database';
import type { DamageReport } from './types';

/** Another tab may damage the bucket again meanwhile; past this the error stands. */
const ATTEMPTS = 3;

export async function repairingBuckets<T>(database: TrainerDatabase, write: () => Promise<T>, repaired: (report: DamageReport) => void): Promise<T> {
	for (let attempt = 1; ; attempt += 1) {
		try {
			return await write();
		} catch (error) {
			if (!(error instanceof DamagedBucketError) || attempt >= ATTEMPTS) throw error;
			const { repair } = await import('./repair');
			const findings = noFindings();
			findings.buckets.set(error.bucket, error.reason);
			repaired((await repair(database, findings, new Date())).report);
		}
	}
}
