/**
 * The trainer page opens its database and starts reading every card bucket
 * from a small inline script at the top of its head (placed by
 * src/integrations/trainer-head.ts), while the page is still being
 * parsed and the trainer's code loads: measured in headless Chromium at
 * 10,000 cards, opening took 50–120 ms and reading the buckets 100–180 ms,
 * all of it waited for after the code had loaded. The buckets are read as
 * load.ts reads them when this script could not (requestBuckets in
 * card-buckets.ts). The trainer then takes the open connection and the
 * buckets as read (unchecked: load.ts checks them like any other read).
 *
 * The script only opens a database that already exists at the trainer's
 * version: creating or upgrading one stays with the trainer's own code
 * (database.ts), so an open that would need it is aborted, which leaves the
 * database as it was. An upgrade another tab blocks (an older build's, which
 * keeps its connection open) blocks this open first, and the trainer's own
 * open waits behind it without being told: the script says so at once
 * (`{ blocked: true }`), and takeEarlyOpen passes it on. In a frame it does
 * nothing: there the trainer decides whose storage to use
 * (src/lib/embedding/storage-access.ts).
 */

import { BUCKET_READ_PARTS, CARD_BUCKETS, requestBuckets, type BucketsRead } from './card-buckets';

export interface EarlyOpen {
	database: IDBDatabase;
	/** Undefined when the read failed: the trainer reads again. */
	cards: Promise<BucketsRead | undefined>;
}

/** What the inline script found: the open connection, a wait for another tab (`blocked`), or nothing to take. */
type EarlyResult = EarlyOpen | { blocked: true } | undefined;

/** Where the inline script leaves its promise for the trainer's code. */
export const EARLY_OPEN_GLOBAL = 'transferTrainerEarlyOpen';

/**
 * Opens `name` at `version` if it exists at that version and starts reading
 * `cardStore` (`buckets` of them, in `parts` ranges, with `read`: requestBuckets). Serialized
 * into the page with Function.prototype.toString, so it refers to nothing
 * outside itself and its arguments.
 */
export function openEarly(name: string, version: number, cardStore: string, buckets: number, parts: number, read: typeof requestBuckets): Promise<EarlyResult> {
	return new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		try {
			request = indexedDB.open(name, version);
		} catch {
			resolve(undefined);
			return;
		}
		request.onupgradeneeded = () => request.transaction?.abort();
		// Only an upgrade can be blocked, and this open aborts it once it is no longer blocked.
		request.onblocked = () => resolve({ blocked: true });
		request.onerror = (event) => {
			event.preventDefault();
			resolve(undefined);
		};
		request.onsuccess = () => {
			const database = request.result;
			// Another tab upgrading the database must not wait for this connection.
			database.onversionchange = () => database.close();
			const cards = new Promise<BucketsRead | undefined>((done) => {
				try {
					const transaction = database.transaction(cardStore, 'readonly');
					read(transaction.objectStore(cardStore), buckets, parts).then(done, () => done(undefined));
					transaction.onabort = () => done(undefined);
				} catch {
					done(undefined);
				}
			});
			resolve({ database, cards });
		};
	});
}

/** The inline script: starts openEarly unless the page is framed, and leaves its promise under EARLY_OPEN_GLOBAL. */
export function earlyOpenScript(name: string, version: number, cardStore: string): string {
	const args = [name, version, cardStore, CARD_BUCKETS, BUCKET_READ_PARTS].map((value) => JSON.stringify(value)).join(',');
	return `self.${EARLY_OPEN_GLOBAL}=self===top&&self.indexedDB?(${openEarly.toString()})(${args},${requestBuckets.toString()}):undefined;`;
}

/** The inline script's connection is still open: it closes it when another tab upgrades or deletes the database. */
export function stillOpen(early: EarlyOpen): boolean {
	try {
		early.database.transaction('cardBuckets', 'readonly').abort();
		return true;
	} catch {
		return false;
	}
}

/** The inline script's connection, once (a second caller opens the database itself); `blocked` is called when the script's open waits for another tab. */
export async function takeEarlyOpen(blocked?: () => void, scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<EarlyOpen | undefined> {
	const early = scope[EARLY_OPEN_GLOBAL] as Promise<EarlyResult> | undefined;
	scope[EARLY_OPEN_GLOBAL] = undefined;
	const result = await early;
	if (result && 'blocked' in result) {
		blocked?.();
		return undefined;
	}
	return result;
}
