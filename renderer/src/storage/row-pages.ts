import { workspaceTables, type WorkspaceTableName } from '@shared/storage/workspace-schema';
import type { WorkspaceDb } from './workspace-db';

/** Bytes a page of rows may hold, about: attachments are read a few at a time, small rows by the thousand. */
export const rowPageBudgetBytes = 4 * 1024 * 1024;

const largestPage = 2_000;

/** Rough size of a stored row: its bytes plus a little for the clear fields. */
export function storedRowBytes(row: Readonly<Record<string, unknown>>): number {
  let bytes = 64;
  for (const value of Object.values(row)) bytes += value instanceof Uint8Array ? value.byteLength : typeof value === 'string' ? value.length * 2 : 8;
  return bytes;
}

/**
 * Every row of a table in primary-key order, one page at a time, so that a
 * table of scans is never read whole. Each page is its own read transaction:
 * a caller that needs one consistent picture holds the writes meanwhile
 * (`WorkspaceStore.holdingWrites`). The first page is one row; then pages are
 * as large as the budget allows for the largest row seen so far. `start`:
 * begin after this key.
 */
export async function* pagesOfTable(
  db: WorkspaceDb,
  table: WorkspaceTableName,
  budgetBytes = rowPageBudgetBytes,
  start?: string | number,
): AsyncGenerator<Record<string, unknown>[]> {
  const primaryKey = workspaceTables[table].primaryKey;
  let after: string | number | undefined = start;
  let limit = 1;
  let largest = 1;
  for (;;) {
    const collection = after === undefined ? db[table].toCollection() : db[table].where(':id').above(after);
    const rows = await collection.limit(limit).toArray();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < limit) return;
    after = rows[rows.length - 1]![primaryKey] as string | number;
    for (const row of rows) largest = Math.max(largest, storedRowBytes(row));
    limit = Math.max(1, Math.min(largestPage, Math.floor(budgetBytes / largest)));
  }
}
