import type { SealedTableName } from '@shared/storage/workspace-schema';
import { encodeRow } from './record-codec';
import type { NewRecord, WorkspaceStore } from './workspace-store';

export type ImportOptions = Readonly<{
  /** Audit record id of the import (an import batch row, or a generated id). */
  importId?: string;
  onProgress?: (written: number) => void;
}>;

/**
 * Writes many rows, batch by batch: while one batch is being written, the
 * next is prepared (blind indexes, sealing), so the crypto hides behind the
 * disk. Each batch commits with one audit entry (`records-imported`); a
 * failure leaves the batches before it written and reports how many.
 */
export async function importRecordBatches<Fields>(
  store: WorkspaceStore,
  table: SealedTableName,
  batches: AsyncIterable<readonly NewRecord<Fields>[]> | Iterable<readonly NewRecord<Fields>[]>,
  options: ImportOptions = {},
): Promise<number> {
  const importId = options.importId ?? store.newId();
  const keys = store.requireKeys();
  let written = 0;
  let inFlight: Promise<void> = Promise.resolve();
  for await (const batch of batches) {
    const sealed = await Promise.all(batch.map((input) => encodeRow(store.cryptoPort, keys, table, { ...input, id: input.id ?? store.newId() })));
    await inFlight;
    inFlight = store
      .addSealedRows(table, sealed, { action: 'records-imported', table, recordId: importId, count: sealed.length })
      .then(() => {
        written += sealed.length;
        options.onProgress?.(written);
      });
  }
  await inFlight;
  return written;
}

/** Splits a list into batches of `size`. */
export function* inBatches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Writes a list of rows in batches of 2,000. */
export function importRecords<Fields>(
  store: WorkspaceStore,
  table: SealedTableName,
  inputs: readonly NewRecord<Fields>[],
  options: ImportOptions & { batchSize?: number } = {},
): Promise<number> {
  return importRecordBatches(store, table, inBatches(inputs, options.batchSize ?? 2_000), options);
}
