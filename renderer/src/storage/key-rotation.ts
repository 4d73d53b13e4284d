import { finishRotationKeyFile } from '@shared/crypto/key-file';
import { AppError } from '@shared/errors/app-error';
import { isBlindValue } from '@shared/ledgers/ledger-definition';
import { ledgerDefinitionOfTable } from '@shared/ledgers/ledger-registry';
import { isSealedTableName, workspaceTableNames, type SealedTableName, type StoredSealedRow } from '@shared/storage/workspace-schema';
import { keyFileMetaKey, readStoreKeyFileOrThrow } from '@renderer/vault/workspace-vault';
import { encodeRow, generationOfRow, type IndexValues, type OpenedRow } from './record-codec';
import type { WorkspaceStore } from './workspace-store';

/** The meta row that says how far a key rotation got: the table and the last row id done. */
export const keyRotationProgressKey = 'keyRotation';

type RotationProgress = Readonly<{ generation: number; table: string; after: string }>;

export type KeyRotationProgress = Readonly<{ done: number; total: number }>;

/** True while the unlocked workspace is between two data keys (a rotation begun and not finished). */
export function hasPendingKeyRotation(store: WorkspaceStore): boolean {
  return store.rotatingFrom !== null;
}

/**
 * The index a row gets under the new key: the same clear values, with each
 * blind index computed again under the new blind-index key (a ledger's
 * definition says which fields are blind). A row whose payload its ledger no
 * longer parses keeps its index as it was.
 */
async function rekeyedIndex(store: WorkspaceStore, table: SealedTableName, row: OpenedRow): Promise<IndexValues> {
  const definition = ledgerDefinitionOfTable(table);
  if (definition === null) return row.index;
  const raw = definition.codec === undefined ? row.fields : definition.codec.unpack(row.fields, row.index);
  const parsed = definition.payload.safeParse(raw);
  if (!parsed.success) return row.index;
  const index: Record<string, string | number> = { ...row.index };
  for (const [field, value] of Object.entries(definition.index(parsed.data))) {
    if (isBlindValue(value) && field in index) index[field] = await store.phoneIndex(value.value);
  }
  return index;
}

/**
 * 更换数据密钥, second step: every sealed row is opened with the old key and
 * sealed again with the new one (blind indexes computed again), table by
 * table, in batches that commit one by one with their progress and an audit
 * entry naming the rows. A row already under the new key is skipped, so a run
 * cut short (the page closed, the workspace locked) goes on from where it
 * stopped at the next unlock. When every row is done, the key file keeps only
 * the new key. Rows that will not open under the old key are left as they
 * were (they could not be read before either) and counted.
 */
export async function runKeyRotation(store: WorkspaceStore, onProgress: (progress: KeyRotationProgress) => void = () => undefined): Promise<Readonly<{ unreadable: number }>> {
  if (store.rotatingFrom === null) return { unreadable: 0 };
  const target = store.requireKeys().generation;
  const tables = workspaceTableNames.filter(isSealedTableName);
  const saved = (await store.readMeta(keyRotationProgressKey)) as Partial<RotationProgress> | null | undefined;
  const resume = saved?.generation === target && typeof saved.table === 'string' && typeof saved.after === 'string' ? (saved as RotationProgress) : null;
  let total = 0;
  for (const table of tables) total += await store.count(table);
  let done = 0;
  let unreadable = 0;
  onProgress({ done, total });

  for (const [position, table] of tables.entries()) {
    const resumeHere = resume !== null && resume.table === table;
    if (resume !== null && position < tables.indexOf(resume.table as SealedTableName)) {
      done += await store.count(table);
      continue;
    }
    for await (const page of store.storedPages(table, resumeHere ? resume.after : undefined)) {
      const rewritten: StoredSealedRow[] = [];
      for (const stored of page) {
        if (generationOfRow(stored) === target) continue;
        const opened = await store.openStoredRow(table, stored).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'vault/record-unreadable') return null;
          throw error;
        });
        if (opened === null) {
          unreadable += 1;
          continue;
        }
        const input = { id: opened.id, index: await rekeyedIndex(store, table, opened), fields: opened.fields, body: opened.body };
        rewritten.push(await encodeRow(store.cryptoPort, store.requireKeys(), table, input, opened.version));
      }
      done += page.length;
      if (rewritten.length > 0) {
        const progress: RotationProgress = { generation: target, table, after: String(page[page.length - 1]!['id']) };
        await store.replaceSealedRows(table, rewritten, { key: keyRotationProgressKey, value: progress }, { action: 'records-rekeyed', table, recordId: `k${target}`, count: rewritten.length });
      }
      onProgress({ done: Math.min(done, total), total });
    }
  }

  const keyFile = finishRotationKeyFile(await readStoreKeyFileOrThrow(store));
  const writes = [
    { key: keyFileMetaKey, value: keyFile },
    { key: keyRotationProgressKey, value: null },
  ];
  await store.finishKeyRotation(writes, { action: 'key-rotation-finished', table: 'meta', recordId: `k${target}`, count: done - unreadable });
  return { unreadable };
}
