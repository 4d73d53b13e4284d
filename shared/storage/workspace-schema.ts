import { ledgerRegistry, type LedgerTableName } from '../ledgers/ledger-registry';
import { retainedTables } from './migrations/migration-list';

export { workspaceSchemaVersion } from './migrations/migration-list';

/** A table of the workspace store: its key, its clear-text indexes, whether rows are sealed. */
export type TableSpec = Readonly<{
  primaryKey: string;
  /** Clear-text index fields: dates, statuses, kinds, blind indexes; never personal data. */
  indexes: readonly string[];
  sealed: boolean;
}>;

const sealedTable = (indexes: readonly string[]): TableSpec => ({ primaryKey: 'id', indexes, sealed: true });

/** The workspace's own tables: the letter, its signing, files, keys; then every ledger's. */
const systemSealedTables = {
  letters: sealedTable(['[signedAt+id]', 'status']),
  signingDrafts: sealedTable(['[updatedAt+id]']),
  objections: sealedTable(['[createdAt+id]', 'status', 'draftId']),
  attachments: sealedTable(['[createdAt+id]', '[ownerTable+ownerId]']),
  signingKeys: sealedTable(['[createdAt+id]']),
  /** Every document the app generated (plan, policy, reports, letters): what it is, for which record, which kept file. */
  generatedDocuments: sealedTable(['[generatedAt+id]', '[ownerTable+ownerId]']),
} as const;

export type SystemSealedTableName = keyof typeof systemSealedTables;
export type SealedTableName = SystemSealedTableName | LedgerTableName | 'credentialRotations';
export type WorkspaceTableName = SealedTableName | 'meta' | 'audit';

/**
 * Every table of a workspace, in the order backups write them: meta, the
 * workspace's own tables, one per ledger of the registry, the tables kept for
 * migrations, and the audit log last.
 */
export const workspaceTables: Readonly<Record<WorkspaceTableName, TableSpec>> = buildTables();

function buildTables(): Record<WorkspaceTableName, TableSpec> {
  const tables: Partial<Record<WorkspaceTableName, TableSpec>> = { meta: { primaryKey: 'key', indexes: [], sealed: false }, ...systemSealedTables };
  for (const definition of ledgerRegistry) tables[definition.table] = sealedTable(definition.indexes);
  for (const [table, indexes] of Object.entries(retainedTables())) tables[table as SealedTableName] = sealedTable(indexes);
  tables.audit = { primaryKey: 'seq', indexes: ['at'], sealed: false };
  // Every name of WorkspaceTableName was set above: the system tables, the registry's, the retained ones.
  return tables as Record<WorkspaceTableName, TableSpec>;
}

/** All table names, in a stable order (backups write them in this order). */
export const workspaceTableNames = Object.keys(workspaceTables) as WorkspaceTableName[];

/** True when the name is one of the workspace's sealed tables. */
export function isSealedTableName(name: string): name is SealedTableName {
  return Object.hasOwn(workspaceTables, name) && workspaceTables[name as WorkspaceTableName]?.sealed === true;
}

/** A sealed row as stored: id, schema version, clear index fields, and the sealed payload. */
export type StoredSealedRow = Readonly<{
  id: string;
  v: number;
  sealed: Uint8Array;
  [indexField: string]: unknown;
}>;
