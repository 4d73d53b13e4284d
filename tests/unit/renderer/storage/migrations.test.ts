import { describe, expect, it } from 'vitest';
import { apiCredentialLedger } from '@shared/ledgers/definitions/api-credential.ledger';
import { emergencyDrillLedger } from '@shared/ledgers/definitions/emergency-drill.ledger';
import { managementPolicyLedger } from '@shared/ledgers/definitions/management-policy.ledger';
import { selfInspectionLedger } from '@shared/ledgers/definitions/self-inspection.ledger';
import { trainingLedger } from '@shared/ledgers/definitions/training.ledger';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { workspaceSchemaVersion } from '@shared/storage/workspace-schema';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { loadObligationSources, toObligationInput } from '@renderer/obligations/obligation-records';
import { listLetters } from '@renderer/signing/letters-repository';
import { listObjections, loadSigningDraft, readAttachment } from '@renderer/signing/signing-repository';
import { verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { hasPendingMigrations, migratedThrough, runWorkspaceMigrations, type MigrationProgress } from '@renderer/storage/migration-runner';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { restoreVerifiedBackup } from '@renderer/storage/restore';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';
import { rawWorkspaceDb } from '../../../support/open-test-store';
import { installVersion1Workspace, readVersion1Backup, readVersion1Fixture } from '../../../support/v1-fixture';

const port = createNodeCryptoPort();
const fixture = readVersion1Fixture();

function profile() {
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = Date.UTC(2026, 10, 29, 2);
  const vault = createWorkspaceVault({ registry, environment, port, now: () => (clock += 1000), appVersion: '0.2.0' });
  return { environment, registry, vault, now: () => clock };
}

/** Every record the version-1 workspace held, read through today's code. */
async function expectEveryRecordKept(store: WorkspaceStore): Promise<void> {
  const people = await createLedgerRepository(store, personalInformationLedger).all();
  expect(people.unreadable).toBe(0);
  expect(people.records.map((record) => record.payload.phone).sort()).toEqual(['13800000001', '13800000002', '13800000003']);
  expect(people.records.find((record) => record.payload.phone === '13800000001')?.payload).toMatchObject({ name: '赵一', scenario: 'verification-code', consent: 'written', source: '门店会员登记表' });

  // The completions of version 1 are records of today's ledgers, marked as recorded by an older version, their notes kept.
  const signedAt = Date.UTC(2026, 10, 20, 3);
  const only = async <Payload,>(definition: Parameters<typeof createLedgerRepository<Payload>>[1]) => {
    const found = await createLedgerRepository(store, definition).all();
    expect(found.unreadable).toBe(0);
    expect(found.records).toHaveLength(1);
    return found.records[0]!;
  };
  expect((await only(trainingLedger)).payload).toEqual({ heldAt: signedAt + 2 * 86_400_000, topics: [], attendeeIds: [], trainer: '', content: '全员培训', legacy: true });
  expect((await only(emergencyDrillLedger)).payload).toMatchObject({ planId: null, process: '', legacy: true });
  const inspection = await only(selfInspectionLedger);
  expect(inspection.payload).toMatchObject({ quarter: '2026-Q4', findings: '第四季度自查', legacy: true });
  expect(inspection.index).toMatchObject({ quarter: '2026-Q4' });
  const policy = await only(managementPolicyLedger);
  expect(policy.payload).toMatchObject({ version: 1, note: '制度已发布', legacy: true, withdrawnAt: null, supersededAt: null });
  expect(policy.index).toMatchObject({ status: 'current' });

  // The workspace-wide rotation of version 1 became a credential whose 90-day clock runs on from that day.
  const credentials = await createLedgerRepository(store, apiCredentialLedger).all();
  expect(credentials.records).toHaveLength(1);
  expect(credentials.records[0]?.payload).toMatchObject({ type: 'other', custodianId: '', rotations: [{ at: signedAt + 10 * 86_400_000, note: '更换了 API 密钥' }] });
  expect(await store.count('credentialRotations')).toBe(0);

  const letters = await listLetters(store);
  expect(letters.map((stored) => stored.letter.kind).sort()).toEqual(['digital', 'wet-ink']);
  const digital = letters.find((stored) => stored.letter.kind === 'digital')!;
  const pdf = await readAttachment(store, digital.letter.pdfAttachmentId!);
  expect(new TextDecoder().decode(pdf.data.subarray(0, 5))).toBe('%PDF-');
  expect(await store.count('attachments')).toBe(4);
  const draft = await loadSigningDraft(store, digital.letter.templateId, digital.letter.templateVersion);
  expect(draft.draft.step).toBe('read');
  expect((await listObjections(store, draft.id)).map((objection) => objection.status)).toEqual(['withdrawn']);

  const { clocks, letter } = toObligationInput(await loadObligationSources(store));
  expect(letter).toEqual({ signedAt, serviceEndedAt: null });
  expect(clocks.find((clock) => clock.obligation === 'training')?.doneAt).toBe(signedAt + 2 * 86_400_000);
  for (const obligation of ['emergency-drill', 'self-inspection', 'management-policy'] as const) expect(clocks.find((clock) => clock.obligation === obligation)?.doneAt).toEqual(expect.any(Number));
  expect(clocks.find((clock) => clock.obligation === 'credential-rotation')).toMatchObject({ startedAt: signedAt + 10 * 86_400_000, doneAt: signedAt + 10 * 86_400_000 });
  expect(await store.verifyAudit()).toMatchObject({ ok: true });
}

describe('the version-1 workspace of the first release', () => {
  it('opens with its passphrase, upgrades after unlock with progress, and keeps every record', async () => {
    const { environment, registry, vault, now } = profile();
    await installVersion1Workspace(environment, registry, now());
    const { store } = await vault.unlockWithPassphrase(fixture.workspaceId, fixture.passphrase);
    expect(await hasPendingMigrations(store)).toBe(true);
    const progress: MigrationProgress[] = [];
    expect(await runWorkspaceMigrations(store, '0.2.0', (step) => progress.push(step))).toEqual({ unreadable: 0 });
    expect(progress[0]).toEqual({ version: 2, done: 0, total: 5 });
    expect(progress.filter((step) => step.version === 2).at(-1)).toEqual({ version: 2, done: 5, total: 5 });
    expect(progress.filter((step) => step.version === 3).at(-1)).toEqual({ version: 3, done: 4, total: 4 });
    // Later versions that rewrite no row report nothing left to do.
    expect(progress.filter((step) => step.version > 3).every((step) => step.done === step.total)).toBe(true);
    expect(await migratedThrough(store)).toBe(workspaceSchemaVersion);
    await expectEveryRecordKept(store);

    // The tables version 1 had for ledgers it never built are gone; the rewritten rows are sealed under the last version that changed them.
    const db = await rawWorkspaceDb(environment, fixture.workspaceId);
    expect(db.tables.map((table) => table.name)).not.toContain('hazards');
    expect((await db.trainings.toArray()).map((row) => row['v'])).toEqual([3]);
    expect((await db.apiCredentials.toArray()).map((row) => row['v'])).toEqual([2]);
    expect((await db.personalInformation.toArray()).map((row) => row['v'])).toEqual([1, 1, 1]);
    db.close();
  });

  it('resumes a migration cut short, without doing any row twice', async () => {
    const { environment, registry, vault, now } = profile();
    await installVersion1Workspace(environment, registry, now());
    const first = await vault.unlockWithPassphrase(fixture.workspaceId, fixture.passphrase);
    const migrateRows = first.store.migrateRows.bind(first.store);
    let batches = 0;
    first.store.migrateRows = async (...args) => {
      batches += 1;
      if (batches === 3) throw new Error('the page was closed');
      return migrateRows(...args);
    };
    await expect(runWorkspaceMigrations(first.store, '0.2.0')).rejects.toThrow('the page was closed');
    first.store.close();

    const second = await vault.unlockWithPassphrase(fixture.workspaceId, fixture.passphrase);
    const progress: MigrationProgress[] = [];
    await runWorkspaceMigrations(second.store, '0.2.0', (step) => progress.push(step));
    expect(progress[0]).toEqual({ version: 2, done: 0, total: 3 });
    await expectEveryRecordKept(second.store);
  });

  it('restores from a version-1 backup, then upgrades and keeps every record', async () => {
    const { environment, registry, vault, now } = profile();
    const verified = await verifyBackupOrThrow(port, readVersion1Backup(), { kind: 'passphrase', value: fixture.passphrase });
    await restoreVerifiedBackup({ environment, registry, port, now }, verified);
    const { store } = await vault.unlockWithPassphrase(fixture.workspaceId, fixture.passphrase);
    await runWorkspaceMigrations(store, '0.2.0');
    await expectEveryRecordKept(store);
  });

  it('a new workspace has nothing to migrate', async () => {
    const { vault } = profile();
    const { store } = await vault.create('新门店', '老樟树下的青砖巷 Kq7!mz');
    expect(await hasPendingMigrations(store)).toBe(false);
  });
});
