import { nextVersionNumber, type VersionFields } from '@shared/ledgers/document-versions';
import type { LedgerDefinition, LedgerRecord } from '@shared/ledgers/ledger-definition';
import type { RowWrite, WorkspaceStore } from '@renderer/storage/workspace-store';
import { createLedgerRepository } from './ledger-repository';

// Issuing and withdrawing versions of a document kept in versions (the
// emergency plan, the management policy); one version is in force at a time.

/** The number the next version of a document gets. */
export async function nextVersionOf<Payload extends VersionFields>(store: WorkspaceStore, definition: LedgerDefinition<Payload>): Promise<number> {
  const found = await createLedgerRepository(store, definition).all();
  return nextVersionNumber(found.records.map((record) => record.payload));
}

/** The writes that put a draft in force at `now`: it is issued, and the version in force until then is superseded. */
export async function issueVersionWrites<Payload extends VersionFields>(store: WorkspaceStore, definition: LedgerDefinition<Payload>, draft: LedgerRecord<Payload>, now: number): Promise<RowWrite[]> {
  const repository = createLedgerRepository(store, definition);
  const current = await repository.find('status', 'current');
  const superseded = current.records.filter((record) => record.id !== draft.id).map((record) => repository.toRowWrite(record.id, { ...record.payload, supersededAt: now }));
  return Promise.all([repository.toRowWrite(draft.id, { ...draft.payload, issuedAt: now }), ...superseded]);
}

/** Withdraws the version in force: none is in force afterwards, until a new one is issued. */
export async function withdrawVersion<Payload extends VersionFields>(store: WorkspaceStore, definition: LedgerDefinition<Payload>, record: LedgerRecord<Payload>, now: number): Promise<void> {
  await createLedgerRepository(store, definition).update(record.id, { ...record.payload, withdrawnAt: now });
}
