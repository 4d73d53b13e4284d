import type { CryptoPort } from '@shared/crypto/crypto-port';
import { AppError } from '@shared/errors/app-error';
import type { SealedTableName, StoredSealedRow } from '@shared/storage/workspace-schema';
import { decodeRow, type OpenedRow, type RowKeys } from './record-codec';
import type { WorkspaceDb } from './workspace-db';

export type PageCursor = Readonly<{ key: string | number; id: string }>;
export type PageRequest = Readonly<{ index: string; after?: PageCursor | null; limit: number; direction: 'asc' | 'desc' }>;
/** Rows opened; rows that would not open (altered, copied from elsewhere) are counted, not shown. */
export type Found = Readonly<{ rows: OpenedRow[]; unreadable: number }>;

/** Opens stored rows; an altered or foreign row is counted and left out, any other failure (a lock) is the caller's. */
export async function openRows(port: CryptoPort, keys: RowKeys, table: SealedTableName, stored: readonly unknown[]): Promise<Found> {
  const opened = await Promise.all(
    stored.map((row) =>
      decodeRow(port, keys, table, row).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'vault/record-unreadable') return null;
        throw error;
      }),
    ),
  );
  const rows = opened.filter((row): row is OpenedRow => row !== null);
  return { rows, unreadable: opened.length - rows.length };
}

/** One page of stored rows over a `[field+id]` index, and the cursor of the next (keyset pagination). */
export async function readPage(db: WorkspaceDb, table: SealedTableName, request: PageRequest): Promise<Readonly<{ stored: Record<string, unknown>[]; next: PageCursor | null }>> {
  const source = db[table];
  const after = request.after;
  const collection =
    after === undefined || after === null
      ? source.orderBy(request.index)
      : request.direction === 'desc'
        ? source.where(request.index).below([after.key, after.id])
        : source.where(request.index).above([after.key, after.id]);
  const stored = await (request.direction === 'desc' ? collection.reverse() : collection).limit(request.limit).toArray();
  const field = request.index.slice(1, request.index.indexOf('+'));
  const last = stored[stored.length - 1] as Partial<StoredSealedRow> | undefined;
  const lastKey = last?.[field];
  const next =
    stored.length === request.limit && last !== undefined && typeof last.id === 'string' && (typeof lastKey === 'number' || typeof lastKey === 'string')
      ? { key: lastKey, id: last.id }
      : null;
  return { stored, next };
}

/** True for a row sealed under a schema version older than `version` (and not skipped). */
export function isSealedBefore(row: Record<string, unknown>, version: number, skip: ReadonlySet<string>): boolean {
  return typeof row['v'] === 'number' && row['v'] < version && !skip.has(String(row['id']));
}
