import type { ApiCredentialPayload } from '../../ledgers/definitions/api-credential.ledger';
import type { LegacyCompletion } from '../../ledgers/definitions/legacy-completion';
import type { RowToMigrate, WorkspaceMigration } from './workspace-migration';

// Version 1 had tables for every ledger but screens for one. 首页 recorded
// "done" for a recurring duty as a row {obligation, note} in the duty's table,
// and one rotation clock ran for the whole workspace.

const completionTables: Readonly<Record<string, string>> = { trainings: 'heldAt', drills: 'heldAt', selfInspections: 'inspectedAt', policies: 'createdAt' };

function noteOf(fields: unknown): string {
  const note = (fields as { note?: unknown } | null)?.note;
  return typeof note === 'string' ? note.slice(0, 500) : '';
}

function migrateCompletion(row: RowToMigrate, field: string): LegacyCompletion | null {
  const at = row.index[field];
  return typeof at === 'number' ? { at, note: noteOf(row.fields) } : null;
}

// A rotation recorded for the whole workspace becomes a credential of its own,
// so its 90-day clock runs on from that day as it did; its custodian and scope
// are left for the merchant to fill in, which the ledger asks for.
function migrateWorkspaceRotation(row: RowToMigrate): ApiCredentialPayload | null {
  const at = row.index['createdAt'];
  if (typeof at !== 'number') return null;
  return {
    name: '旧版首页记录的凭证更换',
    type: 'other',
    custodianId: '',
    scope: '',
    issuedAt: at,
    fingerprint: null,
    rotations: [{ at, fingerprint: null, note: noteOf(row.fields), leakId: null }],
    retiredAt: null,
    note: '由旧版首页的“记录已完成”转来，请补填名称、保管人和权限范围。',
  };
}

/** Version 2: one definition per ledger; the completions of version 1 become records of their ledgers. */
export const migration002 = {
  version: 2,
  retainedTables: { credentialRotations: ['[createdAt+id]', 'credentialId'] },
  droppedTables: ['importBatches', 'contentReviews', 'incidentUpdates', 'emergencyPlans', 'hazards', 'scopeChanges'],
  rewrites: ['trainings', 'drills', 'selfInspections', 'policies', 'credentialRotations'],
  migrateRow: (row) => {
    if (row.table === 'credentialRotations') {
      const payload = migrateWorkspaceRotation(row);
      return payload === null ? null : { table: 'apiCredentials', id: row.id, payload };
    }
    const field = completionTables[row.table];
    const payload = field === undefined ? null : migrateCompletion(row, field);
    return payload === null ? null : { table: row.table, id: row.id, payload };
  },
} as const satisfies WorkspaceMigration;
