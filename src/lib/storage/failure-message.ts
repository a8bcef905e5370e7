/**
 * A storage failure in the learner's words: the cause, and what to do about
 * it, in the page's language. Every message about a failed read or write
 * (saving an answer, the settings, an export, the optimizer and workload
 * panels, opening the store at all) is worded here, from the error's
 * DOMException name and the messages browsers are known to give, so none of
 * them shows the browser's own English text. An error no pattern knows is
 * named only by its DOMException name ("UnknownError"), which is enough for
 * support and holds nothing the page did not choose to show.
 */
import type { Translate } from '../trainer-session/interpolate';
import { CLOSED_CONNECTION, StorageChangedError, StorageFullError, storageErrorKey } from './errors';
import { isQuotaError } from './write';

/**
 * - `blocked`: the browser lets this site store nothing (site data or cookies blocked, some private windows);
 * - `closed`: the browser closed the connection under the page (site data cleared, the browser's storage process lost);
 * - `aborted`: the browser stopped a transaction or request before it finished;
 * - `browser`: any other failure inside the browser's storage (a damaged profile, a disk error);
 * - `unexpected`: not a storage failure at all (a bug, a worker that stopped).
 */
export type FailureCause = 'blocked' | 'closed' | 'aborted' | 'browser' | 'unexpected';

/** What the known browsers say when a site may not store data (Chromium, Firefox, Safari; old Firefox private windows). */
const BLOCKED = /denied|permission|insecure|blocked|did not allow mutations/i;

function domException(error: unknown): { name: string; message: string } | undefined {
	return typeof DOMException !== 'undefined' && error instanceof DOMException ? error : undefined;
}

/** The cause of a failure that has no message of its own (see storageErrorKey), and the DOMException's name where nothing more is known. */
export function failureCause(error: unknown): { cause: FailureCause; name?: string } {
	const dom = domException(error);
	if (!dom) return { cause: 'unexpected' };
	if (dom.name === 'SecurityError' || dom.name === 'NotAllowedError' || BLOCKED.test(dom.message)) return { cause: 'blocked' };
	if (CLOSED_CONNECTION.test(dom.message)) return { cause: 'closed' };
	if (dom.name === 'AbortError' || dom.name === 'TimeoutError') return { cause: 'aborted' };
	return { cause: 'browser', name: dom.name };
}

/** The key (trainer.json) of a failure that has a whole message of its own: a full disk, the database changed by another tab or version. */
function ownMessageKey(error: unknown): string | undefined {
	const key = storageErrorKey(error);
	if (key) return key;
	if (isQuotaError(error)) return storageErrorKey(new StorageFullError());
	return domException(error)?.name === 'VersionError' ? storageErrorKey(new StorageChangedError('newer')) : undefined;
}

/**
 * The message for a failed storage operation: a full disk or a database
 * changed under the page have messages of their own; anything else is
 * `otherKey` ("Saving failed and nothing was changed: {{reason}}") with its
 * cause and what to do as the reason.
 */
export function storageFailureMessage(t: Translate, error: unknown, otherKey: string): string {
	const own = ownMessageKey(error);
	if (own) return t(own);
	const { cause, name } = failureCause(error);
	return t(otherKey, { reason: t(`trainer.storage.cause.${cause}`, name === undefined ? undefined : { name }) });
}
