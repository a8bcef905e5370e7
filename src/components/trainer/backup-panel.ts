import { exportDeck, type DeckExportFormat } from '../../lib/backup/deck-export';
import type { LackingAnswers } from '../../lib/backup/auto-backups';
import type { AutoBackupSummary, ImportResult } from '../../lib/backup/import-file';
import { MAX_BACKUP_BYTES } from '../../lib/backup/limits';
import type { Deck } from '../../lib/decks/types';
import { StorageFullError } from '../../lib/storage/errors';
import type { LoadResult } from '../../lib/storage/types';
import { exportProgress } from './backup-export';
import { whileBusy } from './busy';
import { askFirst, confirmStep } from './confirm-step';
import { downloadText, el } from './dom';
import { ImportClient } from './import-client';
import { showRefusal } from './import-problems';
import type { TrainerContext } from './progress';

/**
 * The backup section, loaded when first opened: export and import of the
 * learner's progress, the automatic backups imports and restores keep, and decks as
 * Anki text or Moodle GIFT for other systems. Files are read, checked and
 * stored by a worker (import-client.ts), so no file freezes the page.
 */
export function mountBackupPanel(body: HTMLElement, context: TrainerContext, decks: readonly Deck[], imported: (progress: LoadResult) => void): void {
	const { t, fmt, store, timeZone } = context;
	const locale = context.locale.code;
	const status = el('p', { role: 'status', class: 'trainer-backup-status' });
	// Problems with a refused file: listed here, outside the live region, which only gets a summary.
	const problems = el('div', { class: 'trainer-import-problems' });
	const report = (text: string): void => {
		status.textContent = text;
		problems.replaceChildren();
	};

	const exportButton = el('button', { type: 'button' }, [t('trainer.backup.export')]);
	exportButton.addEventListener('click', () => {
		exportProgress(context).then(report, (error: unknown) => context.reportStorageError(error, 'trainer.backup.exportFailed'));
	});

	const importer = new ImportClient(store.name, () => store.closedBy(), context.handleStorage);
	const fileInput = el('input', { type: 'file', id: 'trainer-import-file', accept: 'application/json,.json', 'aria-describedby': 'trainer-import-limit' });
	const limit = el('p', { id: 'trainer-import-limit', class: 'trainer-hint' }, [t('trainer.backup.limit', { limit: fmt.bytes(MAX_BACKUP_BYTES) })]);
	const importButton = el('button', { type: 'button' }, [t('trainer.backup.import')]);
	const autoList = el('div', { class: 'trainer-auto-backups' });

	// Asked when an import or a restore would replace answers (or damaged data kept aside) the data lacks; nothing is replaced without it.
	const replace = askFirst(t('trainer.backup.replace'), t('trainer.backup.keepProgress'));
	let replacing: (() => void) | undefined;
	replace.confirm.addEventListener('click', () => {
		replace.confirmation.hidden = true;
		replacing?.();
	});
	replace.keep.addEventListener('click', () => report(t('trainer.backup.notReplaced')));

	/** Runs one import (of a file) or restore (of an automatic backup made on `restoredFrom`) at a time; the buttons stay focusable but say they are busy, and so does the status (data-busy). */
	const run = (importing: (confirmed?: LackingAnswers) => Promise<ImportResult>, back: HTMLElement, restoredFrom?: string, confirmed?: LackingAnswers): Promise<void> =>
		whileBusy([importButton, ...autoList.querySelectorAll('button')], async () => {
			replace.confirmation.hidden = true;
			status.dataset['busy'] = '';
			report(t('trainer.backup.checking'));
			try {
				const { outcome, progress } = await importing(confirmed);
				if (!outcome) {
					report(t('trainer.backup.autoGone'));
					await showAutoBackups();
				} else if (outcome.kind === 'refused') showRefusal(status, problems, outcome.problems, outcome.count, context, restoredFrom === undefined ? 'file' : 'autoBackup');
				else if (outcome.kind === 'confirm') {
					report('');
					const { count, newestAt, changes = 0, setAside = 0 } = outcome.lacking;
					replacing = () => {
						back.focus();
						void run(importing, back, restoredFrom, outcome.lacking);
					};
					const from = restoredFrom === undefined ? 'File' : 'Auto';
					const question = [
						count > 0 ? t(`trainer.backup.lackingReviews${from}`, { count: fmt.number(count), date: fmt.dateTime(new Date(newestAt)) }) : '',
						changes > 0 ? t(`trainer.backup.lackingChanges${from}`, { count: fmt.number(changes) }) : '',
						setAside > 0 ? t(`trainer.backup.lackingSetAside${from}`, { count: fmt.number(setAside) }) : '',
						t(restoredFrom === undefined ? 'trainer.backup.confirmImport' : 'trainer.backup.confirmRestore'),
					];
					replace.ask(question.filter((sentence) => sentence !== '').join(' '), back);
				} else {
					const { cards, reviews, autoBackupAt, keptEarlier, clockAheadUntil } = outcome.report;
					const values = { cards: fmt.number(cards), reviews: fmt.number(reviews), date: fmt.dateTime(new Date(autoBackupAt)) };
					const done =
						restoredFrom === undefined
							? t(keptEarlier ? 'trainer.backup.importedKeptEarlier' : 'trainer.backup.imported', values)
							: t('trainer.backup.restored', { ...values, restored: restoredFrom });
					report(clockAheadUntil === undefined ? done : `${done} ${t('trainer.backup.clockAhead', { date: fmt.dateTime(new Date(clockAheadUntil)) })}`);
					store.announceChange();
					if (progress) imported(progress);
					await showAutoBackups();
				}
			} catch (error) {
				// Said here too, next to the button the learner pressed; the alert at the top explains.
				report(error instanceof StorageFullError ? t('trainer.backup.storageFull') : '');
				context.reportStorageError(error);
			} finally {
				delete status.dataset['busy'];
			}
		});

	importButton.addEventListener('click', () => {
		const file = fileInput.files?.[0];
		if (!file) report(t('trainer.backup.noFile'));
		else
			void run(async (confirmed) => {
				const result = await importer.importFile(file, timeZone, confirmed);
				// A second click must not import the same file again over what it brought in.
				if (result.outcome?.kind === 'imported') fileInput.value = '';
				return result;
			}, importButton);
	});

	/** One automatic backup in the list: what it holds, Restore, and Delete after a second step. */
	const autoItem = (auto: AutoBackupSummary): HTMLElement => {
		if ('damaged' in auto) return el('li', {}, [el('p', {}, [t('trainer.backup.autoDamaged')])]);
		const date = fmt.dateTime(new Date(auto.exportedAt));
		const restore = el('button', { type: 'button', 'aria-label': t('trainer.backup.restoreLabel', { date }) }, [t('trainer.backup.restore')]);
		restore.addEventListener('click', () => void run((confirmed) => importer.restore(auto.key, timeZone, confirmed), restore, date));
		const remove = el('button', { type: 'button', 'aria-label': t('trainer.backup.deleteLabel', { date }) }, [t('trainer.backup.delete')]);
		const { confirmation, confirm } = confirmStep(remove, t('trainer.backup.confirmDelete'), t('trainer.backup.deleteForGood'), t('trainer.backup.keep'));
		confirm.addEventListener('click', () =>
			whileBusy([importButton, ...autoList.querySelectorAll('button')], async () => {
				try {
					await importer.deleteAutoBackup(auto.key);
					store.announceChange();
					report(t('trainer.backup.deleted', { date }));
					await showAutoBackups();
				} catch (error) {
					context.reportStorageError(error);
				}
			}),
		);
		const holds = t('trainer.backup.auto', { date, cards: fmt.number(auto.cards), reviews: fmt.number(auto.reviews) });
		const setAside = auto.setAside === undefined ? '' : ` ${t('trainer.backup.autoSetAside', { count: fmt.number(auto.setAside) })}`;
		return el('li', {}, [el('p', {}, [holds + setAside]), el('div', { class: 'trainer-backup-row' }, [restore, remove]), confirmation]);
	};

	/** Lists the automatic backups kept; focus that was in the list goes to its first button, or to Import. */
	const showAutoBackups = async (): Promise<void> => {
		const autos = await importer.describeAutoBackups();
		const hadFocus = autoList.contains(document.activeElement);
		autoList.replaceChildren(autos.length === 0 ? el('p', {}, [t('trainer.backup.noAuto')]) : el('ul', { class: 'trainer-auto-list' }, autos.map(autoItem)));
		if (hadFocus) (autoList.querySelector('button') ?? importButton).focus();
	};
	// An import, restore or deletion in another tab changes the automatic backups: the list follows, so it never offers one that is gone.
	store.onExternalChange(() => void showAutoBackups().catch(context.reportStorageError));

	const deckSelect = el(
		'select',
		{ id: 'trainer-export-deck' },
		decks.map((deck) => el('option', { value: deck.id }, [deck.title[locale] ?? deck.title.en ?? deck.id])),
	);
	const chosenDeck = (): Deck | undefined => decks.find((deck) => deck.id === deckSelect.value);
	const deckExportButton = (format: DeckExportFormat) => {
		const button = el('button', { type: 'button' }, [t(`trainer.backup.${format}`)]);
		button.addEventListener('click', () => {
			const deck = chosenDeck();
			if (!deck) return;
			const { fileName, text } = exportDeck(deck, locale, format);
			downloadText(fileName, text, 'text/plain');
		});
		return button;
	};
	const ankiButton = deckExportButton('anki');
	const giftButton = deckExportButton('gift');

	body.replaceChildren(
		el('div', { class: 'trainer-backup-row' }, [exportButton]),
		el('div', { class: 'trainer-backup-row' }, [el('label', { for: fileInput.id }, [t('trainer.backup.importFile')]), fileInput, importButton]),
		limit,
		status,
		problems,
		replace.confirmation,
		el('h3', {}, [t('trainer.backup.autoHeading')]),
		el('p', { class: 'trainer-hint' }, [t('trainer.backup.autoHelp')]),
		autoList,
		el('h3', {}, [t('trainer.backup.deckHeading')]),
		el('div', { class: 'trainer-backup-row' }, [el('label', { for: deckSelect.id }, [t('trainer.backup.deck')]), deckSelect, ankiButton, giftButton]),
	);
	showAutoBackups().catch(context.reportStorageError);
}
