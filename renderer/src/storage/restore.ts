import { Dexie } from 'dexie';
import type { BackupRow } from '@shared/backup/backup-records';
import type { CryptoPort } from '@shared/crypto/crypto-port';
import { bytesToHex } from '@shared/encoding/hex';
import { AppError } from '@shared/errors/app-error';
import { workspaceTableNames, workspaceTables, type WorkspaceTableName } from '@shared/storage/workspace-schema';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { readStoredAuditHead } from './audit-log';
import { unlockWithKeysOrThrow, type VerifiedBackup } from './backup-reader';
import { openBackupStreamOrThrow } from './backup-stream';
import type { IdbEnvironment } from './idb-environment';
import type { WorkspaceRegistry } from './registry-db';
import { deleteWorkspaceDb, openWorkspaceDbOrThrow } from './workspace-db';
import { WorkspaceStore } from './workspace-store';

export type RestoreDependencies = Readonly<{
  registry: WorkspaceRegistry;
  environment: IdbEnvironment;
  port: CryptoPort;
  now: () => number;
}>;

/** The meta row a restore writes with the data: which restore it was, so one cut short can be finished. */
export const restoreMarkerKey = 'restoredFrom';

/**
 * Replaces (or creates) the workspace with a verified backup in one
 * transaction: either every table holds the backup's rows, or nothing
 * changed. The file is read a second time, piece by piece, inside that
 * transaction (kept open meanwhile), and must be the file verified. The
 * registry learns of the restore before and is updated after; a restore cut
 * short between the two is finished at the next start
 * (`reconcilePendingRestores`). The workspace must not be open elsewhere; it
 * stays locked afterwards.
 */
export async function restoreVerifiedBackup(deps: RestoreDependencies, backup: VerifiedBackup, onProgress: (rows: number) => void = () => undefined): Promise<WorkspaceSummary> {
  const { id, label } = backup.header.workspace;
  const pending = { workspaceId: id, label, restoreId: bytesToHex(deps.port.randomBytes(16)), at: deps.now() };
  const stream = await openBackupStreamOrThrow(deps.port, backup.source, (header) => unlockWithKeysOrThrow(deps.port, header, backup.keys));
  if (bytesToHex(await deps.port.sha256(stream.headerBytes)) !== backup.headerDigest) throw new AppError('backup/damaged');
  await deps.registry.beginRestore(pending);
  const db = await openWorkspaceDbOrThrow(id, deps.environment);
  try {
    await db.transaction('rw', workspaceTableNames, async () => {
      for (const table of workspaceTableNames) await db[table].clear();
      let rows = 0;
      // Reading and decrypting are not IndexedDB requests: waitFor keeps the transaction open meanwhile.
      for (let batch = await Dexie.waitFor(Dexie.ignoreTransaction(() => stream.next())); batch !== null; batch = await Dexie.waitFor(Dexie.ignoreTransaction(() => stream.next()))) {
        for (const [table, tableRows] of byTable(batch)) await db[table].bulkPut(tableRows);
        rows += batch.length;
        onProgress(rows);
      }
      if (rows !== backup.rowCount) throw new AppError('backup/damaged');
      await db.meta.put({ key: restoreMarkerKey, value: { restoreId: pending.restoreId, at: pending.at } });
    });
  } catch (error) {
    db.close();
    await deps.registry.dropRestore(id);
    throw error instanceof AppError ? error : new AppError('storage/write-failed', { cause: error });
  }
  try {
    const summary = await deps.registry.completeRestore(pending, await readStoredAuditHead(db), deps.now());
    const store = await WorkspaceStore.open(db, deps.port, backup.keys, 'system', deps.now, { anchorMirror: deps.registry.anchorMirror(id) });
    await store.appendAudit({ action: 'workspace-restored', table: 'meta', recordId: id, count: backup.rowCount });
    return summary;
  } finally {
    db.close();
  }
}

/**
 * At start: a restore the registry noted but did not see finish is finished
 * when the database holds its data (its marker), and forgotten otherwise; an
 * empty database it left for a workspace the device never had goes.
 */
export async function reconcilePendingRestores(deps: Pick<RestoreDependencies, 'registry' | 'environment' | 'now'>): Promise<void> {
  for (const pending of await deps.registry.pendingRestores()) {
    const db = await openWorkspaceDbOrThrow(pending.workspaceId, deps.environment);
    let empty: boolean;
    try {
      const marker = (await db.meta.get(restoreMarkerKey)) as { value?: { restoreId?: unknown } } | undefined;
      if (marker?.value?.restoreId === pending.restoreId) {
        await deps.registry.completeRestore(pending, await readStoredAuditHead(db), deps.now());
        continue;
      }
      await deps.registry.dropRestore(pending.workspaceId);
      empty = (await db.meta.count()) === 0 && (await deps.registry.get(pending.workspaceId)) === null;
    } finally {
      db.close();
    }
    if (empty) await deleteWorkspaceDb(pending.workspaceId, deps.environment);
  }
}

function byTable(rows: readonly BackupRow[]): Map<WorkspaceTableName, Record<string, unknown>[]> {
  const tables = new Map<WorkspaceTableName, Record<string, unknown>[]>();
  for (const { t, r } of rows) {
    if (!Object.hasOwn(workspaceTables, t)) throw new AppError('backup/damaged');
    const table = t as WorkspaceTableName;
    const list = tables.get(table) ?? [];
    if (list.length === 0) tables.set(table, list);
    list.push(r);
  }
  return tables;
}
