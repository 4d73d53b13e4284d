import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import type { PersonalInformationFields } from '@shared/ledgers/personal-information.schema';
import { normalizeChineseMobile } from '@shared/phone/phone-number';
import { importRecordBatches, inBatches, type ImportOptions } from '@renderer/storage/bulk-import';
import type { PageCursor, WorkspaceStore } from '@renderer/storage/workspace-store';
import { createLedgerRepository, type LedgerFound } from './ledger-repository';

export type PersonalInformationRow = Readonly<{ id: string; fields: PersonalInformationFields }>;
export type PersonalInformationPage = Readonly<{ rows: PersonalInformationRow[]; unreadable: number; next: PageCursor | null }>;

const repositoryOf = (store: WorkspaceStore) => createLedgerRepository(store, personalInformationLedger);
const toRows = (found: LedgerFound<PersonalInformationFields>): PersonalInformationRow[] => found.records.map((record) => ({ id: record.id, fields: record.payload }));

/** A page of the ledger, newest collection time first; rows that do not open are counted. */
export async function pagePersonalInformation(store: WorkspaceStore, after: PageCursor | null, limit = 50): Promise<PersonalInformationPage> {
  const page = await repositoryOf(store).page(after, limit);
  return { rows: toRows(page), unreadable: page.unreadable, next: page.next };
}

/** Every entry for one phone number, found through the blind index. */
export async function findPersonalInformationByPhone(store: WorkspaceStore, input: string): Promise<PersonalInformationRow[] | null> {
  const phone = normalizeChineseMobile(input);
  if (phone === null) return null;
  return toRows(await repositoryOf(store).find('phoneIndex', await store.phoneIndex(phone)));
}

/**
 * Imports many entries (already validated and normalised): blind indexes and
 * sealing of each batch overlap with the writing of the one before.
 */
export function importPersonalInformation(
  store: WorkspaceStore,
  entries: readonly PersonalInformationFields[],
  options: ImportOptions & { batchSize?: number } = {},
): Promise<number> {
  const repository = repositoryOf(store);
  async function* batches() {
    for (const batch of inBatches(entries, options.batchSize ?? 2_000)) {
      yield await Promise.all(batch.map((fields) => repository.toValidatedRow(store.newId(), fields)));
    }
  }
  return importRecordBatches(store, 'personalInformation', batches(), options);
}
