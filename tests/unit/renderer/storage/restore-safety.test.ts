import { describe, expect, it } from 'vitest';
import { takeSafetySnapshot } from '@renderer/features/security/safety-snapshot';
import { inspectExistingWorkspace } from '@renderer/pages/workspaces/existing-workspace';
import type { AppServices } from '@renderer/session/app-services';
import { verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { createBackup } from '@renderer/storage/backup-writer';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { reconcilePendingRestores, restoreVerifiedBackup } from '@renderer/storage/restore';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { createFakeStreamsHost } from '../../../support/fake-streams-host';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';

const passphrase = '老樟树下的青砖巷 Kq7!mz';
const laterPassphrase = '河埠头晒着蓝印花布 Wd4$';
const port = createNodeCryptoPort();

function profile(snapshots: boolean) {
  const fake = createFakeStreamsHost({ snapshots });
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = Date.UTC(2026, 10, 28, 2);
  const now = () => (clock += 1000);
  const vault = createWorkspaceVault({ registry, environment, port, now, appVersion: '0.2.0' });
  const services = { host: fake.host, port, environment, registry, vault, now, appVersion: '0.2.0' } as AppServices;
  return { services, fake };
}

/** A workspace with two trainings, a backup of it, then a third training added after the backup. */
async function workspaceAfterItsBackup(services: AppServices) {
  const { store, summary } = await services.vault.create('门店 A', passphrase);
  for (const note of ['一月培训', '二月培训']) await store.putRecord('trainings', { index: { heldAt: 1 }, fields: { at: 1, note } });
  const backup = await createBackup(store, { label: summary.label, appVersion: '0.2.0', now: services.now() });
  await store.putRecord('trainings', { index: { heldAt: 3 }, fields: { at: 3, note: '三月培训（备份之后）' } });
  return { store, summary, backup };
}

async function notes(services: AppServices, workspaceId: string, secret = passphrase): Promise<string[]> {
  const { store } = await services.vault.unlockWithPassphrase(workspaceId, secret);
  const found = (await store.readAll('trainings')).rows.map((row) => (row.fields as { note: string }).note).sort();
  store.close();
  return found;
}

describe('restoring over a workspace of this device', () => {
  it('first saves a safety snapshot of what it replaces (desktop: with the snapshots), which restores it', async () => {
    const { services, fake } = profile(true);
    const { store, summary, backup } = await workspaceAfterItsBackup(services);
    store.close();
    const verified = await verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: passphrase });
    const existing = await inspectExistingWorkspace(services, null, verified);
    expect(existing).toMatchObject({ keyDifference: 'same', access: 'keys', safetyTo: 'snapshots' });

    expect(await takeSafetySnapshot(services, existing!.summary, { kind: 'keys', keys: verified.keys })).toMatchObject({ kind: 'snapshot' });
    expect(fake.snapshots.map((file) => file.kind)).toEqual(['before-restore']);
    await restoreVerifiedBackup(services, verified);
    expect(await notes(services, summary.id)).toEqual(['一月培训', '二月培训']);

    // The safety snapshot brings back what the restore replaced.
    const safety = await verifyBackupOrThrow(port, fake.snapshots[0]!.bytes, { kind: 'passphrase', value: passphrase });
    await restoreVerifiedBackup(services, safety);
    expect(await notes(services, summary.id)).toEqual(['一月培训', '三月培训（备份之后）', '二月培训']);
    const { store: reopened } = await services.vault.unlockWithPassphrase(summary.id, passphrase);
    // The registry's copy of the audit head followed each restore: the log verifies.
    expect(await reopened.verifyAudit()).toMatchObject({ ok: true });
  }, 30_000);

  it('in the browser, hands the safety backup to the downloads; a changed passphrase is warned of and its own secret opens it', async () => {
    const { services, fake } = profile(false);
    const { store, backup } = await workspaceAfterItsBackup(services);
    await services.vault.changePassphrase(store, passphrase, laterPassphrase);
    store.close();
    const verified = await verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: passphrase });
    const existing = await inspectExistingWorkspace(services, null, verified);
    expect(existing).toMatchObject({ keyDifference: 'wraps-differ', access: 'keys', safetyTo: 'downloads' });
    await expect(takeSafetySnapshot(services, existing!.summary, { kind: 'secret', secret: { kind: 'passphrase', value: passphrase } })).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    expect(await takeSafetySnapshot(services, existing!.summary, { kind: 'secret', secret: { kind: 'passphrase', value: laterPassphrase } })).toMatchObject({ kind: 'download', name: '门店 A-替换前的安全备份-2026-11-28.smsbak' });
    expect(fake.files).toHaveLength(1);
  }, 30_000);

  it('says the data key differs after a key rotation', async () => {
    const { services } = profile(true);
    const { store, backup } = await workspaceAfterItsBackup(services);
    const prepared = await services.vault.prepareKeyRotation(store, passphrase, laterPassphrase);
    await prepared.commit();
    const { runKeyRotation } = await import('@renderer/storage/key-rotation');
    await runKeyRotation(store);
    store.close();
    const verified = await verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: passphrase });
    expect(await inspectExistingWorkspace(services, null, verified)).toMatchObject({ keyDifference: 'key-differs', access: 'secret' });
  }, 30_000);
});

describe('a restore cut short', () => {
  it('after its data is in, is finished at the next start: listed with the backup\'s name, its audit log intact', async () => {
    const source = profile(true);
    const { store, summary, backup } = await workspaceAfterItsBackup(source.services);
    store.close();
    const { services } = profile(true);
    const verified = await verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: passphrase });
    const complete = services.registry.completeRestore.bind(services.registry);
    services.registry.completeRestore = async () => {
      throw new Error('the page was closed');
    };
    await expect(restoreVerifiedBackup(services, verified)).rejects.toThrow('the page was closed');
    expect(await services.registry.list()).toEqual([]);

    services.registry.completeRestore = complete;
    await reconcilePendingRestores(services);
    expect((await services.registry.list()).map((workspace) => workspace.label)).toEqual(['门店 A']);
    expect(await notes(services, summary.id)).toEqual(['一月培训', '二月培训']);
    const { store: opened } = await services.vault.unlockWithPassphrase(summary.id, passphrase);
    expect(await opened.verifyAudit()).toMatchObject({ ok: true });
  }, 30_000);

  it('before its data is in, changes nothing, and the next start forgets it', async () => {
    const { services } = profile(true);
    const { store, summary, backup } = await workspaceAfterItsBackup(services);
    store.close();
    const verified = await verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: passphrase });
    // The file changed on the disk after it was checked: its end is gone.
    const broken = { ...verified, source: { size: verified.source.size, read: async (offset: number, length: number) => (await verified.source.read(offset, length)).subarray(0, length - 100) } };
    await expect(restoreVerifiedBackup(services, broken)).rejects.toMatchObject({ code: 'backup/truncated' });
    await reconcilePendingRestores(services);
    expect(await services.registry.pendingRestores()).toEqual([]);
    expect(await notes(services, summary.id)).toEqual(['一月培训', '三月培训（备份之后）', '二月培训']);
  }, 30_000);
});
