import { apiCredentialLedger, type ApiCredentialPayload, type Rotation } from '@shared/ledgers/definitions/api-credential.ledger';
import { credentialLeakLedger, type CredentialLeakPayload, type Step } from '@shared/ledgers/definitions/credential-leak.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { createLedgerRepository } from './ledger-repository';

// 一(三)2: a credential is rotated at least every 90 days, and at once after
// a suspected leak; each rotation starts its 90 days again.

const withRotation = (payload: ApiCredentialPayload, rotation: Rotation): ApiCredentialPayload => ({ ...payload, rotations: [...payload.rotations, rotation] });

/** Records a rotation of a credential (audited). */
export async function recordRotation(store: WorkspaceStore, credential: LedgerRecord<ApiCredentialPayload>, rotation: Rotation): Promise<void> {
  await createLedgerRepository(store, apiCredentialLedger).update(credential.id, withRotation(credential.payload, rotation));
}

/**
 * Records the reset after a suspected leak. The reset is a rotation of the
 * leaked credential: both are written in one audited transaction (the leak
 * alone when its credential is gone).
 */
export async function recordLeakReset(store: WorkspaceStore, leak: LedgerRecord<CredentialLeakPayload>, credential: LedgerRecord<ApiCredentialPayload> | null, step: Step): Promise<void> {
  const leaks = createLedgerRepository(store, credentialLeakLedger);
  const updated = { ...leak.payload, reset: step };
  if (credential === null) return leaks.update(leak.id, updated);
  const rotation: Rotation = { at: step.at, fingerprint: null, note: step.note, leakId: leak.id };
  const writes = [await leaks.toRowWrite(leak.id, updated), await createLedgerRepository(store, apiCredentialLedger).toRowWrite(credential.id, withRotation(credential.payload, rotation))];
  await store.writeRows(writes, { action: 'record-updated', table: credentialLeakLedger.table, recordId: leak.id });
}
