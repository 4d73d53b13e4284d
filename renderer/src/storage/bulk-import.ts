import type { SealedTableName } from '@shared/storage/workspace-schema';
import { encodeRow } from './record-codec';
import type { NewRecord, WorkspaceStore } from './workspace-store';

export type ImportOptions = Readonly<{
  batchSize?: number;
  /** Audit record id of the import (an import batch row, or a generated id). */
  importId?: string;
  onProgress?: (written: number) => void;
}>;

/**
 * Writes many rows: each batch is sealed while the previous one is being
 * written, and each batch commits with one audit entry (`records-imported`).
 * A failure leaves the batches before it written and reports how many.
 */
export async function importRecords<Fields>(
  store: WorkspaceStore,
  table: SealedTableName,
  inputs: readonly NewRecord<Fields>[],
  options: ImportOptions = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 2_000;
  const importId = options.importId ?? store.newId();
  const keys = store.requireKeys();
  let written = 0;
  let inFlight: Promise<void> = Promise.resolve();
  for (let start = 0; start < inputs.length; start += batchSize) {
    const batch = inputs.slice(start, start + batchSize);
    const sealed = await Promise.all(batch.map((input) => encodeRow(store.cryptoPort, keys, table, { ...input, id: input.id ?? store.newId() })));
    await inFlight;
    inFlight = store
      .writeWithAudit([table], { action: 'records-imported', table, recordId: importId, count: sealed.length }, async () => {
        await store.db[table].bulkPut(sealed);
      })
      .then(() => {
        written += sealed.length;
        options.onProgress?.(written);
      });
  }
  await inFlight;
  return written;
}
