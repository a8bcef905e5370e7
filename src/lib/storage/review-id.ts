/**
 * Review ids: 128 random bits as hex. crypto.getRandomValues works in
 * insecure contexts too (a course site on plain http), unlike randomUUID.
 */
export function newReviewId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
