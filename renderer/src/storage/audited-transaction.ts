import type { AuditEntryV2, AuditRowMark } from '@shared/audit/audit-chain';
import type { WorkspaceKeys } from '@shared/crypto/workspace-keys';
import { AppError } from '@shared/errors/app-error';
import type { WorkspaceTableName } from '@shared/storage/workspace-schema';
import { isQuotaExceededError } from '@renderer/errors/quota-exceeded';
import { isSameHead, readAuditHead, type AuditEvent, type AuditLog } from './audit-log';
import type { WorkspaceDb } from './workspace-db';

/** Who signs an entry when it is not the store's current key: the first entry under a new key, with its pin. */
export type EntrySigning = Readonly<{ keys: WorkspaceKeys; pin: AuditEntryV2['pin'] }>;

/**
 * One audited transaction: the mutation and the next audit entry (naming the
 * rows it wrote) commit together, or nothing does. The entry is prepared
 * before the transaction (WebCrypto cannot run inside one) from the head in
 * memory, which the transaction checks; when another window of the same
 * workspace moved the head first, its head is taken and the write retried.
 */
export async function runAuditedTransaction(
  db: WorkspaceDb,
  audit: AuditLog,
  keys: WorkspaceKeys,
  write: Readonly<{ tables: readonly WorkspaceTableName[]; event: AuditEvent; marks: readonly AuditRowMark[]; mutate: (db: WorkspaceDb) => Promise<void> }>,
  signing: EntrySigning | null = null,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const prepared = await audit.prepare(write.event, write.marks, signing?.pin ?? null, signing?.keys ?? keys);
    const expected = audit.currentHead;
    try {
      await db.transaction('rw', [...new Set([...write.tables, 'audit', 'meta'])], async () => {
        if (!isSameHead(await readAuditHead(db), expected)) throw new AppError('storage/concurrent-write');
        await write.mutate(db);
        await audit.writeInTransaction(prepared);
      });
      await audit.advance(prepared);
      return;
    } catch (error) {
      if (error instanceof AppError && error.code === 'storage/concurrent-write' && attempt < 3) {
        await audit.load();
        continue;
      }
      if (isQuotaExceededError(error)) throw new AppError('storage/quota-exceeded', { cause: error });
      throw error instanceof AppError ? error : new AppError('storage/write-failed', { cause: error });
    }
  }
}
