/**
 * The automatic backups an import keeps (backup/auto-backups.ts says which):
 * reading them as stored, each with the answers it holds, and the learner's
 * own choices to restore or delete one.
 */
import { holdings, isAutoBackupKey, type Holdings } from '../backup/auto-backups';
import { BACKUP_FORMAT, READABLE_BACKUP_VERSIONS, type Backup } from '../backup/types';
import type { BackupWithDamage } from './backup-io';
import { AUTOBACKUP_KEY, type TrainerDatabase } from './database';
import { writeTransaction } from './write';

/** An automatic backup as stored, with what it holds when it can be read. */
export interface StoredAutoBackup {
	key: string;
	value: unknown;
	exportedAt?: string;
	holds?: Holdings;
}

export async function readAutoBackups(store: { getAll(): Promise<unknown[]>; getAllKeys(): Promise<string[]> }): Promise<StoredAutoBackup[]> {
	const [values, keys] = await Promise.all([store.getAll(), store.getAllKeys()]);
	return keys.flatMap((key, index) => {
		if (!isAutoBackupKey(key)) return [];
		const value = values[index];
		const backup = readableAutoBackup(value);
		return [backup ? { key, value, exportedAt: backup.exportedAt, holds: holdings(backup) } : { key, value }];
	});
}

/** The newest automatic backup, if any; importBackup validates it again on restore. */
export async function lastAutoBackup(database: TrainerDatabase): Promise<BackupWithDamage | undefined> {
	return readableAutoBackup(await database.get('autobackup', AUTOBACKUP_KEY));
}

/** The automatic backup stored under `key` (an automatic backup's key), as its text and the backup it holds; undefined when there is none or it cannot be read. */
export async function storedAutoBackup(database: TrainerDatabase, key: string): Promise<{ text: string; backup: BackupWithDamage } | undefined> {
	if (!isAutoBackupKey(key)) return undefined;
	const saved: unknown = await database.get('autobackup', key);
	const backup = readableAutoBackup(saved);
	return backup && typeof saved === 'string' ? { text: saved, backup } : undefined;
}

/** Every automatic backup stored, read once: each one's key, and the backup when it can be read (a damaged one the next import sets aside). */
export async function storedAutoBackups(database: TrainerDatabase): Promise<{ key: string; backup?: BackupWithDamage }[]> {
	const transaction = database.transaction('autobackup', 'readonly');
	const [values, keys] = await Promise.all([transaction.store.getAll(), transaction.store.getAllKeys(), transaction.done]);
	return keys.flatMap((key, index) => {
		if (!isAutoBackupKey(key)) return [];
		const backup = readableAutoBackup(values[index]);
		return [backup ? { key, backup } : { key }];
	});
}

/** Deletes the automatic backup stored under `key`, the learner's choice. */
export async function deleteAutoBackup(database: TrainerDatabase, key: string): Promise<void> {
	if (!isAutoBackupKey(key)) return;
	await writeTransaction(database, ['autobackup'], async (transaction, track) => {
		track(transaction.objectStore('autobackup').delete(key));
	});
}

export function readableAutoBackup(saved: unknown): BackupWithDamage | undefined {
	let backup: Partial<Backup> | undefined;
	try {
		backup = typeof saved === 'string' ? (JSON.parse(saved) as Partial<Backup>) : undefined;
	} catch {
		backup = undefined;
	}
	return backup?.format === BACKUP_FORMAT && typeof backup.version === 'number' && READABLE_BACKUP_VERSIONS.includes(backup.version) ? (backup as BackupWithDamage) : undefined;
}
