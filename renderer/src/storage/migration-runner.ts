import { AppError } from '@shared/errors/app-error';
import { ledgerDefinitionOfTable } from '@shared/ledgers/ledger-registry';
import { workspaceMigrations } from '@shared/storage/migrations/migration-list';
import type { WorkspaceMigration } from '@shared/storage/migrations/workspace-migration';
import { isSealedTableName, workspaceSchemaVersion, type SealedTableName } from '@shared/storage/workspace-schema';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import type { RecordInput, WorkspaceStore } from './workspace-store';

/** The meta row that says which layout the rows follow. */
export const schemaMetaKey = 'schema';

export type SchemaMeta = Readonly<{ version: number; writtenBy: string; migratedThrough: number }>;
export type MigrationProgress = Readonly<{ version: number; done: number; total: number }>;

const batchSize = 200;

/** The last migration whose rows are all rewritten (a workspace of the first release: 1). */
export async function migratedThrough(store: WorkspaceStore): Promise<number> {
  const meta = (await store.readMeta(schemaMetaKey)) as Partial<SchemaMeta> | undefined;
  if (typeof meta?.migratedThrough === 'number') return meta.migratedThrough;
  return typeof meta?.version === 'number' ? meta.version : 1;
}

/** True when the unlocked workspace still has rows to rewrite. */
export async function hasPendingMigrations(store: WorkspaceStore): Promise<boolean> {
  return (await migratedThrough(store)) < workspaceSchemaVersion;
}

/**
 * Rewrites, after unlock, the rows that a newer layout changes: each is
 * opened under the version it was sealed with, turned into its new form,
 * checked by its ledger's schema and sealed under the migration's version.
 * Batches commit one by one with an audit entry, and a row done is never
 * done again (its version says so), so a run cut short resumes at the next
 * unlock. Rows that will not open are left as they are and reported.
 */
export async function runWorkspaceMigrations(store: WorkspaceStore, appVersion: string, onProgress: (progress: MigrationProgress) => void = () => undefined): Promise<Readonly<{ unreadable: number }>> {
  let unreadable = 0;
  const through = await migratedThrough(store);
  for (const migration of workspaceMigrations) {
    if (migration.version <= through) continue;
    unreadable += await runMigration(store, migration, onProgress);
    await store.writeMeta(schemaMetaKey, { version: workspaceSchemaVersion, writtenBy: appVersion, migratedThrough: migration.version } satisfies SchemaMeta, {
      action: 'records-migrated',
      table: 'meta',
      recordId: `v${migration.version}`,
      count: 0,
    });
  }
  return { unreadable };
}

async function runMigration(store: WorkspaceStore, migration: WorkspaceMigration, onProgress: (progress: MigrationProgress) => void): Promise<number> {
  const tables = migration.rewrites.filter(isSealedTableName);
  const skip = new Set<string>();
  let total = 0;
  for (const table of tables) total += await store.countSealedBefore(table, migration.version, skip);
  let done = 0;
  onProgress({ version: migration.version, done, total });
  for (const table of tables) {
    for (;;) {
      const batch = await store.rowsSealedBefore(table, migration.version, batchSize, skip);
      for (const id of batch.unreadableIds) skip.add(id);
      if (batch.rows.length === 0) {
        if (batch.unreadableIds.length === 0) break;
        continue;
      }
      const writes: { table: SealedTableName; input: RecordInput<unknown> }[] = [];
      const removals: { table: SealedTableName; id: string }[] = [];
      for (const row of batch.rows) {
        const migrated = migration.migrateRow({ table, id: row.id, version: row.version, index: row.index, fields: row.fields, body: row.body });
        const definition = migrated === null ? null : ledgerDefinitionOfTable(migrated.table);
        if (migrated !== null && definition === null) throw new AppError('storage/invalid-row');
        // A row whose new form its ledger refuses stays as it was, reported, rather than lost or blocking the unlock.
        const write = migrated === null || definition === null ? null : await createLedgerRepository(store, definition).toRowWrite(migrated.id, migrated.payload).catch(() => undefined);
        if (write === undefined) {
          skip.add(row.id);
          continue;
        }
        if (migrated === null || migrated.table !== table || migrated.id !== row.id) removals.push({ table, id: row.id });
        if (write !== null) writes.push({ table: write.table, input: migrated?.body === undefined ? write.input : { ...write.input, body: migrated.body } });
      }
      if (writes.length > 0 || removals.length > 0) {
        await store.migrateRows(writes, removals, migration.version, { action: 'records-migrated', table, recordId: `v${migration.version}`, count: batch.rows.length });
      }
      done += batch.rows.length;
      onProgress({ version: migration.version, done, total });
    }
  }
  return skip.size;
}
