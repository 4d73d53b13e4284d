import { Dexie, type Table } from 'dexie';
import { AppError } from '@shared/errors/app-error';
import { droppedTables } from '@shared/storage/migrations/migration-list';
import { workspaceSchemaVersion, workspaceTables, type WorkspaceTableName } from '@shared/storage/workspace-schema';
import type { IdbEnvironment } from './idb-environment';

/** The IndexedDB database of one workspace. */
export function workspaceDbName(workspaceId: string): string {
  return `sms-ca-workspace-${workspaceId}`;
}

/** Dexie's schema strings, from the shared table declarations (and `null` for the tables of older versions that are gone). */
export function toDexieStores(): Record<string, string | null> {
  const stores: Record<string, string | null> = Object.fromEntries(droppedTables().map((table) => [table, null]));
  for (const name of Object.keys(workspaceTables) as WorkspaceTableName[]) {
    const spec = workspaceTables[name];
    stores[name] = [spec.primaryKey, ...spec.indexes].join(', ');
  }
  return stores;
}

export type WorkspaceDb = Dexie & { readonly [T in WorkspaceTableName]: Table<Record<string, unknown>, string | number> };

/**
 * Opens a workspace's database with strict durability (a committed write is
 * on disk). An older layout gets the current tables and indexes here (rows
 * that must change are rewritten after unlock, see migration-runner); a
 * database written by a newer version of the app is refused.
 */
export async function openWorkspaceDbOrThrow(workspaceId: string, environment: IdbEnvironment): Promise<WorkspaceDb> {
  const db = new Dexie(workspaceDbName(workspaceId), {
    indexedDB: environment.indexedDB,
    IDBKeyRange: environment.IDBKeyRange,
    chromeTransactionDurability: 'strict',
  });
  db.version(workspaceSchemaVersion).stores(toDexieStores());
  try {
    await db.open();
  } catch (cause) {
    db.close();
    if (cause instanceof Dexie.VersionError) throw new AppError('storage/newer-version', { cause });
    throw new AppError('storage/open-failed', { cause });
  }
  // Dexie 4 opens a database of a higher version as it is instead of failing;
  // the app must not read (or write) what a newer version laid out.
  const written = (await db.table('meta').get('schema').catch(() => undefined)) as { value?: { version?: unknown } } | undefined;
  const writtenVersion = written?.value?.version;
  // Dexie stores version n as IndexedDB version n × 10.
  const installedVersion = db.backendDB().version / 10;
  if (installedVersion > workspaceSchemaVersion || (typeof writtenVersion === 'number' && writtenVersion > workspaceSchemaVersion)) {
    db.close();
    throw new AppError('storage/newer-version');
  }
  return db as WorkspaceDb;
}

/** Removes a workspace's database entirely. */
export async function deleteWorkspaceDb(workspaceId: string, environment: IdbEnvironment): Promise<void> {
  const db = new Dexie(workspaceDbName(workspaceId), { indexedDB: environment.indexedDB, IDBKeyRange: environment.IDBKeyRange });
  await db.delete();
}
