import type { CryptoPort, KeyHandle } from '@shared/crypto/crypto-port';
import { computeBlindIndex, type WorkspaceKeys } from '@shared/crypto/workspace-keys';
import { createRecordIdGenerator } from '@shared/encoding/record-id';
import type { ImportedEntry } from '@shared/import/personal-information-rows';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { isBlindValue } from '@shared/ledgers/ledger-definition';
import type { PersonalInformationFields } from '@shared/ledgers/personal-information.schema';
import type { StoredSealedRow } from '@shared/storage/workspace-schema';
import { encodeRow } from '@renderer/storage/record-codec';

/**
 * The two keys an import needs, and nothing else of the workspace: rows are
 * sealed and blind-indexed where the file is read (the import worker), so
 * the page only writes. Both stay non-extractable CryptoKeys in the worker;
 * rows carry the generation of the key that sealed them.
 */
export type ImportKeys = Readonly<{ workspaceId: string; generation: number; records: KeyHandle; blindIndex: KeyHandle }>;

/** An entry of the file sealed as a ledger row, with its blind index for the duplicate check. */
export type SealedEntry = Readonly<{ row: number; phoneIndex: string; stored: StoredSealedRow }>;

/** Seals the entries of one chunk as rows of a batch; ids ordered by time, as the store makes them. */
export function createEntrySealer(port: CryptoPort, keys: ImportKeys, batchId: string, now: () => number) {
  const nextId = createRecordIdGenerator(now, (length) => port.randomBytes(length));
  // computeBlindIndex reads only the blind-index key; the worker is given no other.
  const blindKeys = { workspaceId: keys.workspaceId, blindIndex: keys.blindIndex } as Pick<WorkspaceKeys, 'workspaceId' | 'blindIndex'> as WorkspaceKeys;
  return async (entries: readonly Readonly<{ row: number; entry: ImportedEntry }>[]): Promise<SealedEntry[]> =>
    Promise.all(
      entries.map(async ({ row, entry }) => {
        const payload: PersonalInformationFields = { ...entry, evidenceIds: [], batchId };
        const phoneIndex = await computeBlindIndex(port, blindKeys, 'phone', entry.phone);
        // The index is the ledger's own (its one derivation), the blind value computed here.
        const index = Object.fromEntries(Object.entries(personalInformationLedger.index(payload)).map(([field, value]) => [field, isBlindValue(value) ? phoneIndex : value]));
        const fields = personalInformationLedger.codec?.pack(payload) ?? payload;
        const stored = await encodeRow(port, keys, personalInformationLedger.table, { id: nextId(), index, fields });
        return { row, phoneIndex, stored };
      }),
    );
}
