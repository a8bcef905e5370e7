import { exportDeck, type DeckExportFormat } from '../../lib/backup/deck-export';
import type { ImportResult } from '../../lib/backup/import-file';
import { MAX_BACKUP_BYTES } from '../../lib/backup/limits';
import type { Deck } from '../../lib/decks/types';
import { StorageFullError } from '../../lib/storage/errors';
import type { LoadResult } from '../../lib/storage/types';
import { exportProgress } from './backup-export';
import { whileBusy } from './busy';
import { downloadText, el } from './dom';
import { ImportClient } from './import-client';
import { showRefusal } from './import-problems';
import type { TrainerContext } from './progress';

/**
 * The backup section, loaded when first opened: export and import of the
 * learner's progress, the automatic backup an import keeps, and decks as
 * Anki text or Moodle GIFT for other systems. Files are read, checked and
 * stored by a worker (import-client.ts), so no file freezes the page.
 */
export function mountBackupPanel(body: HTMLElement, context: TrainerContext, decks: readonly Deck[], imported: (progress: LoadResult) => void): void {
	const { t, fmt, store, locale, timeZone } = context;
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
	const autoInfo = el('p', {});
	const restoreButton = el('button', { type: 'button', hidden: true }, [t('trainer.backup.restore')]);

	/** Runs one import (of a file) or restore (of the automatic backup) at a time; the buttons stay focusable but say they are busy, and so does the status (data-busy). */
	const run = (source: 'file' | 'autoBackup', importing: () => Promise<ImportResult>): Promise<void> =>
		whileBusy([importButton, restoreButton], async () => {
			status.dataset['busy'] = '';
			report(t('trainer.backup.checking'));
			try {
				const { outcome, progress } = await importing();
				if (!outcome) report(t('trainer.backup.noAuto'));
				else if (outcome.kind === 'refused') showRefusal(status, problems, outcome.problems, outcome.count, context, source);
				else {
					const { cards, reviews, autoBackupAt, keptEarlier, clockAheadUntil } = outcome.report;
					const done = t(keptEarlier ? 'trainer.backup.importedKeptEarlier' : 'trainer.backup.imported', { cards: fmt.number(cards), reviews: fmt.number(reviews), date: fmt.dateTime(new Date(autoBackupAt)) });
					report(clockAheadUntil === undefined ? done : `${done} ${t('trainer.backup.clockAhead', { date: fmt.dateTime(new Date(clockAheadUntil)) })}`);
					store.announceChange();
					if (progress) imported(progress);
					await showAutoBackup();
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
			void run('file', async () => {
				const result = await importer.importFile(file, timeZone);
				// A second click must not import the same file again over what it brought in.
				if (result.outcome?.kind === 'imported') fileInput.value = '';
				return result;
			});
	});

	const showAutoBackup = async (): Promise<void> => {
		const auto = await importer.describeAutoBackup();
		if (!auto) autoInfo.textContent = t('trainer.backup.noAuto');
		else if ('damaged' in auto) autoInfo.textContent = t('trainer.backup.autoDamaged');
		else autoInfo.textContent = t('trainer.backup.auto', { date: fmt.dateTime(new Date(auto.exportedAt)), cards: fmt.number(auto.cards), reviews: fmt.number(auto.reviews) });
		restoreButton.hidden = !auto || 'damaged' in auto;
	};
	restoreButton.addEventListener('click', () => void run('autoBackup', () => importer.restore(timeZone)));
	// An import or restore in another tab replaces the automatic backup: the line and the button follow, so neither offers the old one.
	store.onExternalChange(() => void showAutoBackup().catch(context.reportStorageError));

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
		autoInfo,
		el('div', { class: 'trainer-backup-row' }, [restoreButton]),
		el('h3', {}, [t('trainer.backup.deckHeading')]),
		el('div', { class: 'trainer-backup-row' }, [el('label', { for: deckSelect.id }, [t('trainer.backup.deck')]), deckSelect, ankiButton, giftButton]),
	);
	showAutoBackup().catch(context.reportStorageError);
}
