/**
 * Checksums of stored text: FNV-1a (32 bits) over UTF-16 code units, or over
 * bytes where the text is stored as UTF-8 (a log page's reviews). Not a
 * defence against someone who recomputes it, but any edit made behind the
 * store's back (a damaged disk, a hand edit in the browser's tools) that
 * keeps the JSON valid changes it with near certainty. Hashing 60 million
 * characters (the whole log at 100,000 reviews) takes 100–200 ms.
 */

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;
/** Between parts, so that moving text from one part into the next changes the sum. */
const SEPARATOR = 0x1f;

/** The running state of a checksum over several parts, for hashing large texts in slices. */
export class Checksum {
	#hash = OFFSET_BASIS;

	/** Adds part[start, end) of one part. */
	add(part: string | Uint8Array, start = 0, end = part.length): this {
		let hash = this.#hash;
		if (typeof part === 'string') {
			for (let index = start; index < end; index += 1) {
				hash ^= part.charCodeAt(index);
				hash = Math.imul(hash, PRIME);
			}
		} else {
			for (let index = start; index < end; index += 1) {
				hash ^= part[index]!;
				hash = Math.imul(hash, PRIME);
			}
		}
		this.#hash = hash;
		return this;
	}

	/** Ends a part. */
	next(): this {
		this.#hash = Math.imul(this.#hash ^ SEPARATOR, PRIME);
		return this;
	}

	digest(): string {
		return (this.#hash >>> 0).toString(16);
	}
}

/** The checksum of `parts`, each ended by a separator. */
export function textChecksum(...parts: readonly (string | Uint8Array)[]): string {
	const checksum = new Checksum();
	for (const part of parts) checksum.add(part).next();
	return checksum.digest();
}

/** Characters (or bytes) hashed between two pauses: a few milliseconds of work. */
const SLICE = 1 << 18;

/** textChecksum, pausing between slices so a page stays responsive while 60 MB are hashed. */
export async function textChecksumInSlices(parts: readonly (string | Uint8Array)[], pause: () => Promise<void>): Promise<string> {
	const checksum = new Checksum();
	for (const part of parts) {
		for (let start = 0; start < part.length; start += SLICE) {
			checksum.add(part, start, Math.min(part.length, start + SLICE));
			if (start + SLICE < part.length) await pause();
		}
		checksum.next();
	}
	return checksum.digest();
}
