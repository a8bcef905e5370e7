/**
 * Reads a backup file: size first (before reading), then its JSON shape
 * (before parsing), then format and version, then every entry against the
 * one definition of a valid state (srs/valid-state.ts), then duplicates.
 * Every problem names its JSON path and, where the entry names one, its
 * card; at most MAX_LISTED_PROBLEMS are kept, the rest only counted, so a
 * file with a million bad entries costs no more to report than one with
 * twenty. Imported strings are only ever data: nothing here renders them.
 */
import type { CardRecord } from '../srs/types';
import { checkBackupReview, checkCardRecord, checkSettings, cleanCardRecord, cleanSettings, isCardKey, isInstant, type Path, type ReviewClock } from '../srs/valid-state';
import { shapeProblem } from './json-shape';
import { MAX_BACKUP_BYTES, MAX_BACKUP_ENTRIES, MAX_DAMAGED_ITEMS } from './limits';
import { BackupError, ProblemList, type BackupProblem } from './problems';

export { BackupError };
import { BACKUP_FORMAT, BACKUP_VERSION, READABLE_BACKUP_VERSIONS, type Backup, type BackupReview } from './types';

/**
 * Structure no backup within the limits exceeds: the deepest value is a
 * review's card state (4 levels; the rest is room for later versions),
 * and each card is one object, each review two.
 */
const SHAPE_LIMITS = { depth: 16, entries: MAX_BACKUP_ENTRIES, containers: 3 * MAX_BACKUP_ENTRIES + 100 };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems that make checking the rest pointless: not a backup from this site, or not one this version reads. */
function envelopeProblem(data: unknown): BackupProblem | undefined {
	if (!isRecord(data) || data['format'] !== BACKUP_FORMAT) return { path: [], code: 'notBackup' };
	const version = data['version'];
	if (typeof version === 'number' && READABLE_BACKUP_VERSIONS.includes(version)) return undefined;
	if (typeof version === 'number' && Number.isSafeInteger(version) && version > BACKUP_VERSION) {
		return { path: ['version'], code: 'newerVersion', version, supported: BACKUP_VERSION };
	}
	// A file with both fields is a backup of this site's format, whatever its version says: not one it lacks them.
	return version === undefined ? { path: [], code: 'notBackup' } : { path: ['version'], code: 'unknownVersion', supported: BACKUP_VERSION };
}

/** Fields a backup of `version` did not have yet: any such field in it is not one, and is dropped before checking. */
function without(version: unknown, since: number, value: unknown, field: string): unknown {
	if (typeof version !== 'number' || version >= since || !isRecord(value) || !(field in value)) return value;
	const { [field]: _notThatField, ...rest } = value;
	return rest;
}

/** An older file's settings as this version reads them: personal parameters came in version 2, the leech threshold in 3. */
function migratedSettings(version: unknown, settings: unknown): unknown {
	return without(version, 3, without(version, 2, settings, 'parameters'), 'leechThreshold');
}

/** An older file's cards and reviews as this version reads them: suspension came in version 3. */
function migratedEntries(version: unknown, name: 'cards' | 'reviews', entries: unknown[] | undefined): unknown[] | undefined {
	if (typeof version !== 'number' || version >= 3 || !entries) return entries;
	return name === 'cards'
		? entries.map((card) => without(version, 3, card, 'suspended'))
		: entries.map((review) => (isRecord(review) ? { ...review, after: without(version, 3, review['after'], 'suspended') } : review));
}

/** The entries of `cards` or `reviews`, if that is a list within the limit. */
function entriesOf(data: Record<string, unknown>, name: 'cards' | 'reviews', problems: ProblemList): unknown[] | undefined {
	const list = data[name];
	if (!Array.isArray(list)) {
		problems.add(list === undefined ? { path: [name], code: 'missing' } : { path: [name], code: 'notList' });
		return undefined;
	}
	if (list.length > MAX_BACKUP_ENTRIES) {
		problems.add({ path: [name], code: 'tooMany', limit: MAX_BACKUP_ENTRIES });
		return undefined;
	}
	return list;
}

/** The file's `damaged` list (raw data, kept whatever each item holds) must be a list, if present, within its limit. */
function checkDamagedList(data: Record<string, unknown>, problems: ProblemList): void {
	const list = data['damaged'];
	if (list === undefined) return;
	if (!Array.isArray(list)) problems.add({ path: ['damaged'], code: 'notList' });
	else if (list.length > MAX_DAMAGED_ITEMS) problems.add({ path: ['damaged'], code: 'tooMany', limit: MAX_DAMAGED_ITEMS });
}

/** Checks each entry; problems carry the card key the entry names. Returns the valid entries, or undefined if any is not. */
function checkEntries<T>(
	name: 'cards' | 'reviews',
	entries: readonly unknown[],
	check: (value: unknown, options: { clock: ReviewClock; sink: (problem: BackupProblem) => void; at: Path }) => value is T,
	clock: ReviewClock,
	problems: ProblemList,
): T[] | undefined {
	const valid: T[] = [];
	entries.forEach((entry, index) => {
		const key = isRecord(entry) && isCardKey(entry['key']) ? entry['key'] : undefined;
		const sink = key === undefined ? problems.add : (problem: BackupProblem) => problems.add({ ...problem, key });
		if (check(entry, { clock, sink, at: [name, index] })) valid.push(entry);
	});
	return valid.length === entries.length ? valid : undefined;
}

/** The second and later entries with the same card key (cards) or review id (reviews). */
function duplicates(name: 'cards' | 'reviews', ids: readonly string[], keys: readonly string[], problems: ProblemList): void {
	const first = new Map<string, number>();
	ids.forEach((id, index) => {
		const earlier = first.get(id);
		if (earlier === undefined) first.set(id, index);
		else problems.add({ path: [name, index, name === 'cards' ? 'key' : 'id'], code: 'duplicate', first: [name, earlier], key: keys[index] ?? '' });
	});
}

/**
 * Validates parsed JSON as a backup; returns it with unknown fields dropped,
 * or throws a BackupError. Its review times are judged against `now` and the
 * moment it was made (srs/review-times.ts): its `exportedAt`, unless
 * `madeAt` says otherwise (the automatic backup, import-file.ts).
 */
export function parseBackup(data: unknown, now: Date, madeAt?: string): Backup {
	const envelope = envelopeProblem(data);
	if (envelope || !isRecord(data)) throw new BackupError(envelope ? [envelope] : []);
	const problems = new ProblemList();
	const exportedAt = data['exportedAt'];
	if (!isInstant(exportedAt)) problems.add({ path: ['exportedAt'], code: exportedAt === undefined ? 'missing' : 'notDate' });
	const settings = migratedSettings(data['version'], data['settings']);
	checkSettings(settings, { sink: problems.add, at: ['settings'] });
	const nowIso = now.toISOString();
	const clock: ReviewClock = { now: nowIso, madeAt: madeAt ?? (isInstant(exportedAt) ? exportedAt : nowIso) };
	const cardEntries = migratedEntries(data['version'], 'cards', entriesOf(data, 'cards', problems));
	const reviewEntries = migratedEntries(data['version'], 'reviews', entriesOf(data, 'reviews', problems));
	checkDamagedList(data, problems);
	const cards = cardEntries && checkEntries<CardRecord>('cards', cardEntries, checkCardRecord, clock, problems);
	const reviews = reviewEntries && checkEntries<BackupReview>('reviews', reviewEntries, checkBackupReview, clock, problems);
	if (cards && reviews) {
		const cardKeys = cards.map((card) => card.key);
		duplicates('cards', cardKeys, cardKeys, problems);
		duplicates('reviews', reviews.map((review) => review.id), reviews.map((review) => review.key), problems);
	}
	if (problems.count > 0 || !cards || !reviews) throw new BackupError(problems.listed, problems.count);
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: exportedAt as string,
		settings: cleanSettings(settings as Backup['settings']),
		cards: cards.map(cleanCardRecord),
		reviews: reviews.map(({ id, key, rating, reviewedAt, after }) => ({ id, key, rating, reviewedAt, after: cleanCardRecord(after) })),
	};
}

/** The size check for a file before it is read (File.size is in bytes). */
export function checkBackupSize(bytes: number): void {
	if (bytes > MAX_BACKUP_BYTES) throw new BackupError([{ path: [], code: 'tooBig', bytes, limit: MAX_BACKUP_BYTES }]);
}

/** A backup file's text as JSON, if its size and shape allow a backup (not yet validated: see parseBackup). */
export function readBackupJson(text: string): unknown {
	// A UTF-16 length can only undercount UTF-8 bytes, so this never rejects a file within the limit.
	checkBackupSize(text.length);
	const shape = shapeProblem(text, SHAPE_LIMITS);
	if (shape) throw new BackupError([shape]);
	try {
		return JSON.parse(text);
	} catch {
		throw new BackupError([{ path: [], code: 'notJson' }]);
	}
}

/** Parses a backup file's text: size, shape, JSON syntax, then parseBackup. */
export function parseBackupText(text: string, now: Date): Backup {
	return parseBackup(readBackupJson(text), now);
}
