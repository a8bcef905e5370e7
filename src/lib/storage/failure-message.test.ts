import { describe, expect, it } from 'vitest';
import english from '../../i18n/en/trainer.json';
import turkish from '../../i18n/tr/trainer.json';
import { interpolate, type Translate } from '../trainer-session/interpolate';
import { StorageChangedError, storageFailure, storageFailureError, StorageFullError } from './errors';
import { failureCause, storageFailureMessage } from './failure-message';

function translator(strings: Readonly<Record<string, string>>): Translate {
	return (key, values) => {
		const template = strings[key];
		if (template === undefined) throw new Error(`no string ${key}`);
		return values ? interpolate(template, values) : template;
	};
}
const en = translator(english);
const tr = translator(turkish);

/** What browsers throw, as they word it (Chromium, Firefox, Safari). */
const denied = new DOMException('The user denied permission to access the database.', 'UnknownError');
const insecure = new DOMException('The operation is insecure.', 'SecurityError');
const closing = new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError');
const lost = new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
const aborted = new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError');
const backingStore = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const newer = new DOMException('The requested version (4) is less than the existing version (5).', 'VersionError');

describe('a storage failure in the learner’s words', () => {
	it('names the cause from the DOMException and the known messages', () => {
		expect(failureCause(denied)).toEqual({ cause: 'blocked' });
		expect(failureCause(insecure)).toEqual({ cause: 'blocked' });
		expect(failureCause(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))).toEqual({ cause: 'blocked' });
		expect(failureCause(closing)).toEqual({ cause: 'closed' });
		expect(failureCause(lost)).toEqual({ cause: 'closed' });
		expect(failureCause(aborted)).toEqual({ cause: 'aborted' });
		expect(failureCause(new DOMException('timed out', 'TimeoutError'))).toEqual({ cause: 'aborted' });
		expect(failureCause(backingStore)).toEqual({ cause: 'browser', name: 'UnknownError' });
		expect(failureCause(new DOMException('Data provided to an operation does not meet requirements.', 'DataError'))).toEqual({ cause: 'browser', name: 'DataError' });
		expect(failureCause(new TypeError("Cannot read properties of null (reading 'open')"))).toEqual({ cause: 'unexpected' });
	});

	it('says what happened and what to do in one sentence, in the page’s language, never with the browser’s text', () => {
		expect(storageFailureMessage(en, denied, 'trainer.storage.unavailable')).toBe(
			'Your progress cannot be stored in this browser: the browser does not let this site store data (site data or cookies are blocked for it, or this window keeps none): allow site data for this site in the browser’s settings and reload the page.',
		);
		expect(storageFailureMessage(tr, denied, 'trainer.storage.unavailable')).toBe(
			'İlerlemeniz bu tarayıcıda saklanamıyor: tarayıcı bu sitenin veri saklamasına izin vermiyor (site verileri ya da çerezler bu site için engellenmiş veya bu pencere hiçbir şey saklamıyor): tarayıcının ayarlarından bu siteye site verisi izni verin ve sayfayı yeniden yükleyin.',
		);
		expect(storageFailureMessage(en, backingStore, 'trainer.settings.notSaved')).toBe(
			'Settings not saved: the browser could not read or write its storage (UnknownError): reload the page, and if that does not help, restart the browser.',
		);
		for (const t of [en, tr]) {
			for (const key of ['trainer.storage.failed', 'trainer.storage.unavailable', 'trainer.settings.notSaved', 'trainer.backup.exportFailed', 'trainer.retention.failed', 'trainer.optimizer.failed', 'trainer.optimizer.notSaved']) {
				for (const error of [denied, insecure, closing, lost, aborted, backingStore, new RangeError('Invalid array length')]) {
					const text = storageFailureMessage(t, error, key);
					expect(text).not.toContain(error.message);
					expect(text).toMatch(/^[^.]*[^.]\.$/su);
				}
			}
		}
	});

	it('keeps the messages of their own: a full disk (however it arrives), a database a newer version upgraded, one changed under the page', () => {
		expect(storageFailureMessage(en, quota, 'trainer.storage.failed')).toBe(english['trainer.storage.full']);
		expect(storageFailureMessage(en, new StorageFullError({ cause: quota }), 'trainer.storage.failed')).toBe(english['trainer.storage.full']);
		expect(storageFailureMessage(en, newer, 'trainer.storage.unavailable')).toBe(english['trainer.storage.newer']);
		expect(storageFailureMessage(tr, new StorageChangedError('deleted'), 'trainer.storage.failed')).toBe(turkish['trainer.storage.deleted']);
	});

	it('words a failure a worker posted as the page would have: the DOMException’s name travels with it', () => {
		const carried = storageFailureError(structuredClone(storageFailure(backingStore)));
		expect(storageFailureMessage(en, carried, 'trainer.optimizer.failed')).toBe(storageFailureMessage(en, backingStore, 'trainer.optimizer.failed'));
		expect(failureCause(storageFailureError(structuredClone(storageFailure(denied))))).toEqual({ cause: 'blocked' });
	});
});
