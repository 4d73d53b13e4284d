import type { LedgerKind } from '../ledgers/ledger-kinds';

/**
 * Version of the workspace store's layout. Raising it needs a migration; a
 * store written with a higher version is refused (`storage/newer-version`).
 */
export const workspaceSchemaVersion = 1;

/** A table of the workspace store: its key, its clear-text indexes, whether rows are sealed. */
export type TableSpec = Readonly<{
  primaryKey: string;
  /** Clear-text index fields: dates, statuses, kinds, blind indexes; never personal data. */
  indexes: readonly string[];
  sealed: boolean;
  ledger: LedgerKind | null;
}>;

const sealedTable = (ledger: LedgerKind | null, indexes: readonly string[]) =>
  ({ primaryKey: 'id', indexes, sealed: true, ledger }) as const satisfies TableSpec;

/**
 * Every table of a workspace, declared once for all the ledgers of PRODUCT.md
 * §4 so that no ledger needs a storage redesign. `[date+id]` compound indexes
 * serve keyset pagination (newest first, or by due date).
 */
export const workspaceTables = {
  meta: { primaryKey: 'key', indexes: [], sealed: false, ledger: null },
  personalInformation: sealedTable('personal-information', ['[createdAt+id]', '[deletionDueAt+id]', 'phoneIndex', 'status', 'batchId']),
  importBatches: sealedTable('personal-information', ['[createdAt+id]']),
  contentReviews: sealedTable('content-review', ['[createdAt+id]', '[retainUntil+id]', 'status']),
  apiCredentials: sealedTable('api-credential', ['[createdAt+id]', '[nextRotationDueAt+id]', 'status']),
  credentialRotations: sealedTable('api-credential', ['[createdAt+id]', 'credentialId']),
  securityIncidents: sealedTable('security-incident', ['[discoveredAt+id]', 'status']),
  incidentUpdates: sealedTable('security-incident', ['[createdAt+id]', 'incidentId']),
  emergencyPlans: sealedTable('emergency-drill', ['[createdAt+id]']),
  drills: sealedTable('emergency-drill', ['[heldAt+id]']),
  trainings: sealedTable('training', ['[heldAt+id]']),
  selfInspections: sealedTable('self-inspection', ['[inspectedAt+id]']),
  hazards: sealedTable('self-inspection', ['[remediationDueAt+id]', 'inspectionId', 'status']),
  scopeChanges: sealedTable('scope-change', ['[submittedAt+id]', 'status']),
  forceMajeureEvents: sealedTable('force-majeure', ['[occurredAt+id]', 'status']),
  policies: sealedTable('management-policy', ['[createdAt+id]']),
  letters: sealedTable(null, ['[signedAt+id]', 'status']),
  signingDrafts: sealedTable(null, ['[updatedAt+id]']),
  objections: sealedTable(null, ['[createdAt+id]', 'status', 'draftId']),
  attachments: sealedTable(null, ['[createdAt+id]', '[ownerTable+ownerId]']),
  signingKeys: sealedTable(null, ['[createdAt+id]']),
  audit: { primaryKey: 'seq', indexes: ['at'], sealed: false, ledger: null },
} as const satisfies Record<string, TableSpec>;

export type WorkspaceTableName = keyof typeof workspaceTables;

/** Tables whose rows are sealed (everything but meta and audit). */
export type SealedTableName = {
  [T in WorkspaceTableName]: (typeof workspaceTables)[T]['sealed'] extends true ? T : never;
}[WorkspaceTableName];

/** All table names, in a stable order (backups write them in this order). */
export const workspaceTableNames = Object.keys(workspaceTables) as WorkspaceTableName[];

/** True when the name is one of the workspace's sealed tables. */
export function isSealedTableName(name: string): name is SealedTableName {
  return name in workspaceTables && workspaceTables[name as WorkspaceTableName].sealed;
}

/** A sealed row as stored: id, schema version, clear index fields, and the sealed payload. */
export type StoredSealedRow = Readonly<{
  id: string;
  v: number;
  sealed: Uint8Array;
  [indexField: string]: unknown;
}>;
