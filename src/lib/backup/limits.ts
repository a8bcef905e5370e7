/** How large a backup file may be: the import, the backup panel and docs/trainer.md state the same limits. */

/** 50 MB as the interface writes it (Intl's megabyte is 1,000,000 bytes); larger files are refused before they are read. */
export const MAX_BACKUP_BYTES = 50_000_000;
/** Entries in `cards` or in `reviews`. */
export const MAX_BACKUP_ENTRIES = 1_000_000;
/**
 * Items in a backup's `damaged` list. A store holds one per damaged card
 * bucket (100), log page (500 at a million reviews), tail entry (100) or
 * settings record, so a real backup carries far fewer; the limit keeps a
 * hostile list from costing minutes to store item by item.
 */
export const MAX_DAMAGED_ITEMS = 10_000;
