/**
 * What the platform remembers for the course between launches and devices,
 * in `suspend_data`: which lessons the learner has opened and which decks
 * they have studied, as short fixed-width hashes of their ids, so a course
 * that adds or reorders lessons keeps what learners had done. Never review
 * history: that stays in the trainer's own storage on the device.
 *   "1|<lesson hashes>|<deck hashes>", each hash 4 base-36 characters.
 */

export interface CourseProgress {
	lessons: Set<string>;
	decks: Set<string>;
}

/** `cmi.suspend_data` limits: SCORM 1.2 allows 4,096 characters, 2004 64,000. */
export const SUSPEND_DATA_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

const FORMAT = '1';
const HASH_WIDTH = 4;

/** FNV-1a, 32 bits, as 4 base-36 characters: about 1.7 million values, so a course of 1,000 lessons has few collisions. */
export function shortHash(id: string): string {
	let hash = 0x811c9dc5;
	for (const char of id) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return (hash % 36 ** HASH_WIDTH).toString(36).padStart(HASH_WIDTH, '0');
}

const hashes = (ids: Iterable<string>) => [...new Set([...ids].map(shortHash))].sort().join('');

/**
 * The text to store, never longer than `limit`: lessons beyond what fits
 * (more than about a thousand in SCORM 1.2) are left out, decks first kept.
 */
export function encodeProgress(progress: CourseProgress, limit: number): string {
	const decks = hashes(progress.decks);
	const fixed = `${FORMAT}||${decks}`.length;
	const room = Math.max(0, Math.floor((limit - fixed) / HASH_WIDTH) * HASH_WIDTH);
	return `${FORMAT}|${hashes(progress.lessons).slice(0, room)}|${decks}`.slice(0, limit);
}

function chunks(text: string | undefined): Set<string> {
	const out = new Set<string>();
	for (let i = 0; text && i + HASH_WIDTH <= text.length; i += HASH_WIDTH) out.add(text.slice(i, i + HASH_WIDTH));
	return out;
}

/** Whether the stored text is this course's (or nothing yet): anything else may be a later version's, not to be overwritten. */
export function isKnownProgress(stored: string): boolean {
	return stored === '' || stored.split('|')[0] === FORMAT;
}

/** The ids of `lessons` and `decks` that the stored text marks as done; anything unreadable counts as nothing done. */
export function decodeProgress(stored: string, lessons: readonly string[], decks: readonly string[]): CourseProgress {
	const [format, lessonPart, deckPart] = stored.split('|');
	if (format !== FORMAT) return { lessons: new Set(), decks: new Set() };
	const lessonHashes = chunks(lessonPart);
	const deckHashes = chunks(deckPart);
	return {
		lessons: new Set(lessons.filter((id) => lessonHashes.has(shortHash(id)))),
		decks: new Set(decks.filter((id) => deckHashes.has(shortHash(id)))),
	};
}
