import type { CryptoPort } from '@shared/crypto/crypto-port';
import { openRecordOrThrow, sealRecord } from '@shared/crypto/record-envelope';
import type { WorkspaceKeys } from '@shared/crypto/workspace-keys';
import { AppError } from '@shared/errors/app-error';
import { workspaceSchemaVersion, type SealedTableName, type StoredSealedRow } from '@shared/storage/workspace-schema';

/** Clear-text index values of a row: dates as epoch ms, statuses, kinds, blind indexes. */
export type IndexValues = Readonly<Record<string, string | number>>;

/** A row as the app writes it: sensitive fields and bytes go into the sealed payload. */
export type RecordInput<Fields> = Readonly<{ id: string; index: IndexValues; fields: Fields; body?: Uint8Array }>;

/** A row as the app reads it back, with the schema version it was sealed under. */
export type OpenedRow = Readonly<{ id: string; version: number; index: IndexValues; fields: unknown; body: Uint8Array }>;

/** Stored fields that are not index values: id, schema version, key generation (absent: 1) and the payload. */
const reservedFields = new Set(['id', 'v', 'k', 'sealed']);

/**
 * The keys rows are opened with: the current generation's, and during a key
 * rotation also the one before (rows not yet sealed again).
 */
export type RowKeys = Readonly<{ current: WorkspaceKeys; previous: WorkspaceKeys | null }>;

/** The key generation a stored row was sealed under (rows of the first key: 1, with no field). */
export function generationOfRow(stored: unknown): number {
  const generation = (stored as { k?: unknown } | undefined)?.k;
  return typeof generation === 'number' ? generation : 1;
}

function keysOfGeneration(keys: WorkspaceKeys | RowKeys, generation: number): WorkspaceKeys | null {
  if ('records' in keys) return keys.generation === generation ? keys : null;
  if (keys.current.generation === generation) return keys.current;
  return keys.previous !== null && keys.previous.generation === generation ? keys.previous : null;
}

/** Seals a row for storage, bound to this workspace, table, id and schema version (the current one, or a migration's). */
export async function encodeRow<Fields>(
  port: CryptoPort,
  keys: WorkspaceKeys,
  table: SealedTableName,
  input: RecordInput<Fields>,
  schemaVersion: number = workspaceSchemaVersion,
): Promise<StoredSealedRow> {
  for (const field of Object.keys(input.index)) {
    if (reservedFields.has(field)) throw new AppError('storage/invalid-row');
  }
  const context = { workspaceId: keys.workspaceId, table, rowId: input.id, schemaVersion, index: input.index };
  const sealed = await sealRecord(port, keys.records, context, input.fields, input.body);
  // Rows of the first key carry no generation, exactly as the first release wrote them.
  return keys.generation === 1 ? { ...input.index, id: input.id, v: schemaVersion, sealed } : { ...input.index, id: input.id, v: schemaVersion, k: keys.generation, sealed };
}

/**
 * Opens a stored row with the keys of the generation it was sealed under; a
 * row copied from elsewhere or altered throws `vault/record-unreadable`.
 */
export async function decodeRow(port: CryptoPort, keys: WorkspaceKeys | RowKeys, table: SealedTableName, stored: unknown): Promise<OpenedRow> {
  const row = stored as Partial<StoredSealedRow> | undefined;
  if (row === undefined || typeof row.id !== 'string' || typeof row.v !== 'number' || !(row.sealed instanceof Uint8Array)) {
    throw new AppError('vault/record-unreadable');
  }
  const generationKeys = keysOfGeneration(keys, generationOfRow(row));
  if (generationKeys === null) throw new AppError('vault/record-unreadable');
  const index: Record<string, string | number> = {};
  for (const [field, value] of Object.entries(row)) {
    if (reservedFields.has(field)) continue;
    if (typeof value !== 'string' && typeof value !== 'number') throw new AppError('vault/record-unreadable');
    index[field] = value;
  }
  const context = { workspaceId: generationKeys.workspaceId, table, rowId: row.id, schemaVersion: row.v, index };
  const opened = await openRecordOrThrow(port, generationKeys.records, context, row.sealed);
  return { id: row.id, version: row.v, index, fields: opened.fields, body: opened.body };
}
