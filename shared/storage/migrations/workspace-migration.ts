import type { IndexValues } from '../../ledgers/ledger-definition';

/** A stored row opened under the schema version it was sealed with. */
export type RowToMigrate = Readonly<{ table: string; id: string; version: number; index: IndexValues; fields: unknown; body: Uint8Array }>;

/** What an old row becomes: a ledger record (payload checked and indexed by its definition), or nothing. */
export type MigratedRow = Readonly<{ table: string; id: string; payload: unknown; body?: Uint8Array }>;

/**
 * One numbered change of the workspace's layout. Tables and indexes are
 * changed by IndexedDB when the database opens (before unlock); rows whose
 * sealed payload or index values change are rewritten after unlock, because
 * only then can they be opened and sealed again.
 */
export type WorkspaceMigration = Readonly<{
  /** The schema version this migration brings a workspace to. */
  version: number;
  /** Tables kept only so that this migration can read them (empty once it ran). */
  retainedTables?: Readonly<Record<string, readonly string[]>>;
  /** Tables of older versions that no longer exist (they never held rows). */
  droppedTables?: readonly string[];
  /** Tables whose rows sealed under an older version this migration rewrites. */
  rewrites: readonly string[];
  /** An old row's new form; null removes it. Must not depend on anything but the row. */
  migrateRow(row: RowToMigrate): MigratedRow | null;
}>;
