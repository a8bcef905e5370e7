/**
 * Why a stored value failed its guard, in zod's words. The schemas (and zod)
 * are loaded only when something is actually broken, so the trainer page
 * does not ship them eagerly.
 */
import { jsonPath } from '../backup/json-path';

export type CheckedStore = 'cards' | 'reviews' | 'settings';

export async function rejectionReason(store: CheckedStore, value: unknown): Promise<string> {
	const { cardRecordSchema, reviewRecordSchema, settingsSchema } = await import('../srs/schema');
	const schema = { cards: cardRecordSchema, reviews: reviewRecordSchema, settings: settingsSchema }[store];
	const result = schema.safeParse(value);
	if (result.success) return 'valid';
	return result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ');
}
