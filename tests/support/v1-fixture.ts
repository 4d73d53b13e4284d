import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Dexie } from 'dexie';
import { base64ToBytesOrThrow } from '@shared/encoding/base64';
import type { IdbEnvironment } from '@renderer/storage/idb-environment';
import type { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { workspaceDbName } from '@renderer/storage/workspace-db';

const directory = path.resolve(import.meta.dirname, '..', 'fixtures', 'workspace-v1');

/** The layout of the first release (schema version 1), as it declared its tables to IndexedDB. */
const version1Stores = {
  meta: 'key',
  personalInformation: 'id, [createdAt+id], [deletionDueAt+id], phoneIndex, status, batchId',
  importBatches: 'id, [createdAt+id]',
  contentReviews: 'id, [createdAt+id], [retainUntil+id], status',
  apiCredentials: 'id, [createdAt+id], [nextRotationDueAt+id], status',
  credentialRotations: 'id, [createdAt+id], credentialId',
  securityIncidents: 'id, [discoveredAt+id], status',
  incidentUpdates: 'id, [createdAt+id], incidentId',
  emergencyPlans: 'id, [createdAt+id]',
  drills: 'id, [heldAt+id]',
  trainings: 'id, [heldAt+id]',
  selfInspections: 'id, [inspectedAt+id]',
  hazards: 'id, [remediationDueAt+id], inspectionId, status',
  scopeChanges: 'id, [submittedAt+id], status',
  forceMajeureEvents: 'id, [occurredAt+id], status',
  policies: 'id, [createdAt+id]',
  letters: 'id, [signedAt+id], status',
  signingDrafts: 'id, [updatedAt+id]',
  objections: 'id, [createdAt+id], status, draftId',
  attachments: 'id, [createdAt+id], [ownerTable+ownerId]',
  signingKeys: 'id, [createdAt+id]',
  audit: 'seq, at',
};

export type Version1Fixture = Readonly<{
  workspaceId: string;
  label: string;
  passphrase: string;
  recoveryCode: string;
  tables: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}>;

/** The committed version-1 workspace, bytes restored from their base64 form. */
export function readVersion1Fixture(): Version1Fixture {
  const raw = JSON.parse(readFileSync(path.join(directory, 'workspace.json'), 'utf8'), (_key, value: unknown) =>
    typeof value === 'object' && value !== null && '$bytes' in value && typeof value.$bytes === 'string' ? base64ToBytesOrThrow(value.$bytes) : value,
  ) as Version1Fixture;
  return raw;
}

/** The committed version-1 backup file. */
export function readVersion1Backup(): Uint8Array {
  return new Uint8Array(readFileSync(path.join(directory, 'backup-v1.smsbak')));
}

/**
 * Puts the version-1 workspace into a profile exactly as the first release
 * left it on disk (IndexedDB version 1, its rows as stored), and lists it
 * in the profile's registry.
 */
export async function installVersion1Workspace(environment: IdbEnvironment, registry: WorkspaceRegistry, now: number): Promise<Version1Fixture> {
  const fixture = readVersion1Fixture();
  const db = new Dexie(workspaceDbName(fixture.workspaceId), { indexedDB: environment.indexedDB, IDBKeyRange: environment.IDBKeyRange });
  db.version(1).stores(version1Stores);
  await db.open();
  for (const [table, rows] of Object.entries(fixture.tables)) if (rows.length > 0) await db.table(table).bulkPut([...rows]);
  db.close();
  await registry.add(fixture.workspaceId, fixture.label, now);
  return fixture;
}
