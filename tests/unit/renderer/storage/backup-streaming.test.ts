import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { backupChunkBytes } from '@shared/backup/backup-format';
import { beginSaveOrNull, beginSnapshotOrNull } from '@renderer/host/file-streams';
import type { AppServices } from '@renderer/session/app-services';
import { checkSnapshot, snapshotFailureKey } from '@renderer/session/use-automatic-snapshots';
import { verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { saveCheckedBackup } from '@renderer/storage/backup-save';
import { createBackup } from '@renderer/storage/backup-writer';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { restoreVerifiedBackup } from '@renderer/storage/restore';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { createFakeStreamsHost } from '../../../support/fake-streams-host';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';
import { rawWorkspaceDb } from '../../../support/open-test-store';

const passphrase = '老樟树下的青砖巷 Kq7!mz';
const port = createNodeCryptoPort();

async function profile(host = createFakeStreamsHost({ snapshots: true }).host) {
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = Date.UTC(2026, 10, 28, 2);
  const now = () => (clock += 1000);
  const vault = createWorkspaceVault({ registry, environment, port, now, appVersion: '0.2.0' });
  const services = { host, port, environment, registry, vault, now, appVersion: '0.2.0' } as AppServices;
  return services;
}

/** A workspace with three scans of 1 MiB each (random: nothing to compress) and a few rows. */
async function workspaceWithScans(services: AppServices) {
  const { store, summary } = await services.vault.create('扫描件门店', passphrase);
  const scans = [0, 1, 2].map(() => new Uint8Array(randomBytes(1024 * 1024)));
  for (const scan of scans) await store.putRecord('attachments', { index: { createdAt: 1, ownerTable: 'letters', ownerId: 'l1' }, fields: { name: '扫描件.pdf' }, body: scan });
  for (let i = 0; i < 5; i += 1) await store.putRecord('trainings', { index: { heldAt: i }, fields: { at: i, note: `培训 ${i}` } });
  return { store, workspace: summary, scans };
}

async function auditActions(services: AppServices, workspaceId: string): Promise<string[]> {
  const db = await rawWorkspaceDb(services.environment, workspaceId);
  const actions = (await db.audit.orderBy('seq').toArray()).map((entry) => String(entry['action']));
  db.close();
  return actions;
}

describe('backups without a size limit', () => {
  it('keeps scans as bytes and hands the backup to the host a frame at a time; it restores whole', async () => {
    const fake = createFakeStreamsHost({ snapshots: false });
    const services = await profile(fake.host);
    const { store, workspace, scans } = await workspaceWithScans(services);
    const target = await beginSaveOrNull(services.host, { suggestedName: '备份.smsbak', filters: [] });
    await saveCheckedBackup(store, { label: workspace.label, appVersion: '0.2.0', now: services.now() }, target!);
    const [file] = fake.files;
    // Base64 would make 3 MiB of scans at least 4 MiB.
    expect(file!.bytes.byteLength).toBeLessThan(3.2 * 1024 * 1024);
    expect(file!.pieces).toBeGreaterThanOrEqual(4);
    expect(file!.largestPiece).toBeLessThanOrEqual(backupChunkBytes + 64);

    const target2 = await profile();
    const verified = await verifyBackupOrThrow(port, file!.bytes, { kind: 'passphrase', value: passphrase });
    await restoreVerifiedBackup(target2, verified);
    const { store: restored } = await target2.vault.unlockWithPassphrase(workspace.id, passphrase);
    const bodies = (await restored.readAll('attachments')).rows.map((row) => Buffer.from(row.body));
    expect(bodies.map((body) => scans.some((scan) => body.equals(Buffer.from(scan))))).toEqual([true, true, true]);
    expect(await restored.verifyAudit()).toMatchObject({ ok: true });
  }, 30_000);

  it('records backup-created only once the file is saved', async () => {
    const failing = createFakeStreamsHost({ snapshots: true, failSnapshotAt: 'finish' });
    const services = await profile(failing.host);
    const { store, workspace } = await workspaceWithScans(services);
    await createBackup(store, { label: workspace.label, appVersion: '0.2.0', now: services.now() });
    expect(await auditActions(services, workspace.id)).not.toContain('backup-created');

    const session = { workspace, store, generation: 1 };
    expect(await checkSnapshot(services, session)).toMatchObject({ code: 'backup/verify-failed' });
    expect(await auditActions(services, workspace.id)).not.toContain('backup-created');

    const working = createFakeStreamsHost({ snapshots: true });
    expect(await checkSnapshot({ ...services, host: working.host }, session)).toBe('taken');
    expect((await auditActions(services, workspace.id)).at(-1)).toBe('backup-created');
    expect(working.snapshots).toHaveLength(1);
  }, 30_000);

  it('abandons the file when the backup fails its check on the way, leaving nothing half-written', async () => {
    const fake = createFakeStreamsHost({ snapshots: true });
    const services = await profile(fake.host);
    const { store, workspace } = await workspaceWithScans(services);
    const db = await rawWorkspaceDb(services.environment, workspace.id);
    await db.audit.update(2, { at: 7 });
    db.close();
    const target = await beginSnapshotOrNull(services.host, workspace.id, 'daily');
    await expect(saveCheckedBackup(store, { label: workspace.label, appVersion: '0.2.0', now: services.now() }, target!)).rejects.toMatchObject({ code: 'backup/audit-broken' });
    expect(fake.snapshots).toHaveLength(0);
    expect(fake.open()).toBe(0);
    expect(fake.closed).toHaveLength(1);
  }, 30_000);
});

describe('a snapshot that failed', () => {
  it('is kept in the device settings until one succeeds', async () => {
    const failing = createFakeStreamsHost({ snapshots: true, failSnapshotAt: 'write' });
    const services = await profile(failing.host);
    const { store, workspace } = await workspaceWithScans(services);
    const session = { workspace, store, generation: 1 };
    expect(await checkSnapshot(services, session)).toMatchObject({ code: 'files/write-failed' });
    expect(await services.registry.getSetting(snapshotFailureKey(workspace.id))).toMatchObject({ code: 'files/write-failed' });
    // A lock during the snapshot is no failure.
    const begun = createFakeStreamsHost({ snapshots: true, failSnapshotAt: 'begin' });
    await services.registry.setSetting(snapshotFailureKey(workspace.id), null);
    expect(await checkSnapshot({ ...services, host: begun.host }, session, () => true)).toMatchObject({ code: 'files/write-failed' });
    expect(await services.registry.getSetting(snapshotFailureKey(workspace.id))).toBeNull();

    expect(await checkSnapshot(services, session)).toMatchObject({ code: 'files/write-failed' });
    const working = createFakeStreamsHost({ snapshots: true });
    expect(await checkSnapshot({ ...services, host: working.host }, session)).toBe('taken');
    expect(await services.registry.getSetting(snapshotFailureKey(workspace.id))).toBeNull();
  }, 30_000);
});
