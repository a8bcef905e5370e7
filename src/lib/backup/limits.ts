/** How large a backup file may be: the import, the backup panel and docs/trainer.md state the same limits. */

/** 50 MB as the interface writes it (Intl's megabyte is 1,000,000 bytes); larger files are refused before they are read. */
export const MAX_BACKUP_BYTES = 50_000_000;
/** Entries in `cards` or in `reviews`. */
export const MAX_BACKUP_ENTRIES = 1_000_000;
