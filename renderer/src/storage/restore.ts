import type { CryptoPort } from '@shared/crypto/crypto-port';
import { workspaceTableNames } from '@shared/storage/workspace-schema';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import type { VerifiedBackup } from './backup-reader';
import type { IdbEnvironment } from './idb-environment';
import type { WorkspaceRegistry } from './registry-db';
import { openWorkspaceDbOrThrow } from './workspace-db';
import { WorkspaceStore } from './workspace-store';

export type RestoreDependencies = Readonly<{
  registry: WorkspaceRegistry;
  environment: IdbEnvironment;
  port: CryptoPort;
  now: () => number;
}>;

/**
 * Replaces (or creates) the workspace with a verified backup in one
 * transaction: either every table holds the backup's rows, or nothing changed.
 * The workspace must not be open elsewhere; it stays locked afterwards.
 */
export async function restoreVerifiedBackup(deps: RestoreDependencies, backup: VerifiedBackup): Promise<WorkspaceSummary> {
  const { id, label } = backup.header.workspace;
  const db = await openWorkspaceDbOrThrow(id, deps.environment);
  try {
    await db.transaction('rw', workspaceTableNames, async () => {
      for (const table of workspaceTableNames) {
        await db[table].clear();
        const rows = backup.rows.get(table);
        if (rows !== undefined && rows.length > 0) await db[table].bulkPut(rows);
      }
    });
    const store = await WorkspaceStore.open(db, deps.port, backup.keys, 'system', deps.now);
    await store.appendAudit({ action: 'workspace-restored', table: 'meta', recordId: id, count: backup.rowCount });
    store.close();
  } finally {
    db.close();
  }
  const existing = await deps.registry.get(id);
  if (existing === null) return deps.registry.add(id, label, deps.now());
  await deps.registry.update(id, { label });
  return { ...existing, label };
}
