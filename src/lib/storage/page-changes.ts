/** `"rating":0` (MANUAL), then `,` or `}`: a quote inside a string is escaped, so only a review's own rating field matches. */
const MANUAL_RATING = [...'"rating":0'].map((char) => char.charCodeAt(0));
const COMMA = 0x2c;
const CLOSING_BRACE = 0x7d;

/** How many card changes (rating MANUAL) a sound page's JSON bytes hold, without parsing them. */
export function changesIn(bytes: Uint8Array): number {
	let count = 0;
	const [first] = MANUAL_RATING;
	for (let at = bytes.indexOf(first!); at >= 0; at = bytes.indexOf(first!, at + 1)) {
		if (!MANUAL_RATING.every((byte, index) => bytes[at + index] === byte)) continue;
		const after = bytes[at + MANUAL_RATING.length];
		if (after === COMMA || after === CLOSING_BRACE) count += 1;
	}
	return count;
}
