import { ankiDeckText } from '../../lib/backup/anki';
import { giftText } from '../../lib/backup/gift';
import { BackupError, MAX_BACKUP_BYTES } from '../../lib/backup/parse';
import type { Backup } from '../../lib/backup/types';
import { presentCard } from '../../lib/decks/present';
import type { Card, Deck } from '../../lib/decks/types';
import { exportProgress } from './backup-export';
import { downloadText, el } from './dom';
import type { TrainerContext } from './progress';

/**
 * The backup section, loaded when first opened: export and import of the
 * learner's progress, the automatic backup an import keeps, and decks as
 * Anki text or Moodle GIFT for other systems.
 */
export function mountBackupPanel(body: HTMLElement, context: TrainerContext, decks: readonly Deck[], imported: () => void): void {
	const { t, fmt, store, locale } = context;
	const status = el('p', { role: 'status', class: 'trainer-backup-status' });
	const report = (text: string): void => {
		status.textContent = text;
	};

	const exportButton = el('button', { type: 'button' }, [t('trainer.backup.export')]);
	exportButton.addEventListener('click', () => {
		exportProgress(context).then((file) => report(t('trainer.backup.exported', { file })), context.reportStorageError);
	});

	const fileInput = el('input', { type: 'file', id: 'trainer-import-file', accept: 'application/json,.json' });
	const importButton = el('button', { type: 'button' }, [t('trainer.backup.import')]);
	const autoInfo = el('p', {});
	const restoreButton = el('button', { type: 'button', hidden: true }, [t('trainer.backup.restore')]);

	const apply = async (data: unknown): Promise<void> => {
		try {
			const result = await store.importBackup(data);
			report(t('trainer.backup.imported', { cards: fmt.number(result.cards), reviews: fmt.number(result.reviews), date: fmt.dateTime(new Date(result.autoBackupAt)) }));
			imported();
			await showAutoBackup();
		} catch (error) {
			if (error instanceof BackupError) report(t('trainer.backup.rejected', { reason: error.problems.join('; ') }));
			else context.reportStorageError(error);
		}
	};

	importButton.addEventListener('click', () => {
		const file = fileInput.files?.[0];
		if (!file) return report(t('trainer.backup.noFile'));
		// Refuse before reading: a huge file would freeze the tab while being parsed.
		if (file.size > MAX_BACKUP_BYTES) {
			return report(t('trainer.backup.rejected', { reason: t('trainer.backup.tooBig', { size: fmt.bytes(file.size), limit: fmt.bytes(MAX_BACKUP_BYTES) }) }));
		}
		void file.text().then((text) => {
			let data: unknown;
			try {
				data = JSON.parse(text);
			} catch {
				return report(t('trainer.backup.rejected', { reason: t('trainer.backup.notJson') }));
			}
			return apply(data);
		});
	});

	let auto: Backup | undefined;
	const showAutoBackup = async (): Promise<void> => {
		auto = await store.lastAutoBackup();
		autoInfo.textContent = auto
			? t('trainer.backup.auto', { date: fmt.dateTime(new Date(auto.exportedAt)), cards: fmt.number(auto.cards.length), reviews: fmt.number(auto.reviews.length) })
			: t('trainer.backup.noAuto');
		restoreButton.hidden = !auto;
	};
	restoreButton.addEventListener('click', () => {
		if (auto) void apply(auto);
	});

	const deckSelect = el(
		'select',
		{ id: 'trainer-export-deck' },
		decks.map((deck) => el('option', { value: deck.id }, [deck.title[locale] ?? deck.title.en ?? deck.id])),
	);
	const chosenDeck = (): Deck | undefined => decks.find((deck) => deck.id === deckSelect.value);
	const questionsFor = (card: Card) => presentCard(card, locale, 0);
	const ankiButton = el('button', { type: 'button' }, [t('trainer.backup.anki')]);
	ankiButton.addEventListener('click', () => {
		const deck = chosenDeck();
		if (deck) downloadText(`${deck.id}-${locale}.anki.txt`, ankiDeckText(deck, questionsFor, locale), 'text/plain');
	});
	const giftButton = el('button', { type: 'button' }, [t('trainer.backup.gift')]);
	giftButton.addEventListener('click', () => {
		const deck = chosenDeck();
		if (deck) downloadText(`${deck.id}-${locale}.gift.txt`, giftText(deck, questionsFor, locale), 'text/plain');
	});

	body.replaceChildren(
		el('div', { class: 'trainer-backup-row' }, [exportButton]),
		el('div', { class: 'trainer-backup-row' }, [el('label', { for: fileInput.id }, [t('trainer.backup.importFile')]), fileInput, importButton]),
		status,
		autoInfo,
		el('div', { class: 'trainer-backup-row' }, [restoreButton]),
		el('h3', {}, [t('trainer.backup.deckHeading')]),
		el('div', { class: 'trainer-backup-row' }, [el('label', { for: deckSelect.id }, [t('trainer.backup.deck')]), deckSelect, ankiButton, giftButton]),
	);
	void showAutoBackup();
}
