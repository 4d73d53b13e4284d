import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import type { ImportSetup } from '@shared/import/personal-information-rows';
import { exportLedgerXlsx } from '@renderer/export/ledger-export';
import { workerTableReader } from '@renderer/import/import-worker-client';
import { createImportBatch, runImportBatch } from '@renderer/import/personal-information-import';
import type { AppServices } from '@renderer/session/app-services';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { openRawPersonalInformationDb } from './raw-ledger-db';

// An import of a real file through the app's own code (the worker parses and
// checks; the page seals and stores), the raw IndexedDB puts of the same rows
// beside it, and the export of the stored ledger. Driven by
// tests/bench/import.bench.ts. Never shipped.

let file: Uint8Array<ArrayBuffer> = new Uint8Array(0);
let store: WorkspaceStore | null = null;

/** The rows the import stores, as raw IndexedDB puts of their fields and the same clear indexes, in one transaction. */
async function rawPuts(rows: readonly { phone: string; name: string; source: string }[]): Promise<number> {
  const name = `bench-import-raw-${Date.now()}`;
  const db = await openRawPersonalInformationDb(name);
  const at = Date.now();
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('personalInformation', 'readwrite', { durability: 'strict' });
    const objects = transaction.objectStore('personalInformation');
    rows.forEach((row, i) => {
      objects.put({ ...row, scenario: 'verification-code', consent: 'written', usage: '', evidenceIds: [], id: `r${String(i).padStart(8, '0')}`, createdAt: at, deletionDueAt: 0, status: 'active', phoneIndex: row.phone, batchId: 'b' });
    });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
  });
  const elapsed = performance.now() - started;
  db.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  return elapsed;
}

export function createImportBench(services: AppServices, passphrase: string) {
  return {
    /** Fetches the file the bench wrote beside the harness. */
    load: async (name: string): Promise<number> => {
      file = new Uint8Array(await (await fetch(`./${name}`)).arrayBuffer());
      return file.byteLength;
    },
    /** Raw IndexedDB puts of the rows the import stores (the file's good rows, parsed outside the timing). */
    rawPutsOfGoodRows: async (goodRows: readonly { phone: string; name: string; source: string }[]): Promise<number> => rawPuts(goodRows),
    /** The import in a new workspace, from 开始导入: file kept, parsed, checked and sealed in the worker, deduplicated, stored. */
    importFile: async (): Promise<{ ms: number; stored: number; refused: number; total: number }> => {
      store?.close();
      const created = await services.vault.create(`import-bench-${Date.now() % 100_000}`, passphrase);
      store = created.store;
      // The mapping step (the file read once to show its columns) comes before the import starts.
      const inspection = await workerTableReader.inspect(file);
      const started = performance.now();
      const now = Date.now();
      const plan: ImportSetup = { mapping: inspection.mapping, defaults: { scenario: 'verification-code', consent: 'written', source: '门店会员登记表', usage: '', collectedAt: now - 60_000 }, now };
      const batchId = await createImportBatch(store, { name: '会员名单.csv', data: file }, inspection, plan);
      const result = await runImportBatch(store, batchId, { reader: workerTableReader, now: () => Date.now() });
      return { ms: performance.now() - started, stored: result.stored, refused: result.refused, total: result.totalRows };
    },
    /** The stored ledger exported to xlsx (masked numbers). */
    exportXlsx: async (): Promise<{ ms: number; rows: number; bytes: number }> => {
      if (store === null) throw new Error('no store');
      const started = performance.now();
      const made = await exportLedgerXlsx(store, personalInformationLedger, { fullNumbers: false, now: Date.now() });
      return { ms: performance.now() - started, rows: made.rows, bytes: made.data.byteLength };
    },
  };
}

export type ImportBenchApi = ReturnType<typeof createImportBench>;
