/**
 * Yes/no checks for stored records, for the store's hot paths (loading
 * 10,000 cards, exporting 100,000 reviews). They are the checks of
 * valid-state.ts, the one definition of a valid state, without a problem
 * sink; call those with a sink to learn what is wrong.
 */
import type { BackupReview } from '../backup/types';
import type { CardRecord, ReviewRecord, Settings } from './types';
import { checkBackupReview, checkCardRecord, checkReviewRecord, checkSettings } from './valid-state';

export { isCardKey, isInstant } from './valid-state';

export function isCardRecord(value: unknown): value is CardRecord {
	return checkCardRecord(value);
}

/** A review as backups store it (without `before`). */
export function isBackupReview(value: unknown): value is BackupReview {
	return checkBackupReview(value);
}

export function isReviewRecord(value: unknown): value is ReviewRecord {
	return checkReviewRecord(value);
}

export function isSettings(value: unknown): value is Settings {
	return checkSettings(value);
}
