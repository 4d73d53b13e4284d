import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { workspaceDbName } from '@renderer/storage/workspace-db';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';
import { rawWorkspaceDb } from '../../../support/open-test-store';

const passphrase = '老樟树下的青砖巷 Kq7!mz';

function setUp() {
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = Date.UTC(2026, 10, 28);
  const vault = createWorkspaceVault({ registry, environment, port: createNodeCryptoPort(), now: () => clock, appVersion: '0.1.0' });
  return { environment, registry, vault, advance: (ms: number) => (clock += ms) };
}

describe('workspace vault', () => {
  it('refuses a weak passphrase before creating anything', async () => {
    const { vault, registry } = setUp();
    await expect(vault.create('门店', '12345678')).rejects.toMatchObject({ code: 'vault/weak-passphrase' });
    expect(await registry.list()).toEqual([]);
  });

  it('unlocks with the passphrase and with the recovery code, not with a wrong one', async () => {
    const { vault } = setUp();
    const { store, summary, recoveryCode } = await vault.create('门店', passphrase);
    await store.putRecord('trainings', { index: { heldAt: 1 }, fields: { topic: '法规' } });
    store.close();
    await expect(vault.unlockWithPassphrase(summary.id, 'wrong passphrase 123')).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    const byPassphrase = await vault.unlockWithPassphrase(summary.id, passphrase);
    expect(await byPassphrase.store.count('trainings')).toBe(1);
    byPassphrase.store.close();
    const byCode = await vault.unlockWithRecoveryCode(summary.id, recoveryCode);
    expect(await byCode.store.count('trainings')).toBe(1);
  });

  it('rate-limits unlock attempts after three failures, across reloads', async () => {
    const { vault, registry, advance } = setUp();
    const { store, summary } = await vault.create('门店', passphrase);
    store.close();
    for (let i = 0; i < 3; i += 1) await expect(vault.unlockWithPassphrase(summary.id, `wrong ${i} passphrase`)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    expect((await registry.get(summary.id))?.failedAttempts).toBe(3);
    await expect(vault.unlockWithPassphrase(summary.id, passphrase)).rejects.toMatchObject({ code: 'vault/too-many-attempts' });
    advance(31_000);
    const unlocked = await vault.unlockWithPassphrase(summary.id, passphrase);
    expect((await registry.get(summary.id))?.failedAttempts).toBe(0);
    unlocked.store.close();
  });

  it('changes the passphrase without touching the data or the recovery code', async () => {
    const { vault } = setUp();
    const { store, summary, recoveryCode } = await vault.create('门店', passphrase);
    await store.putRecord('trainings', { index: { heldAt: 1 }, fields: { topic: '法规' } });
    await vault.changePassphrase(store, passphrase, '河埠头晒着蓝印花布 Wd4$');
    store.close();
    await expect(vault.unlockWithPassphrase(summary.id, passphrase)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    const unlocked = await vault.unlockWithPassphrase(summary.id, '河埠头晒着蓝印花布 Wd4$');
    expect(await unlocked.store.count('trainings')).toBe(1);
    unlocked.store.close();
    (await vault.unlockWithRecoveryCode(summary.id, recoveryCode)).store.close();
  });

  it('unlocks with a device key only when it is the right data key', async () => {
    const { vault } = setUp();
    const { store, summary } = await vault.create('门店', passphrase);
    const dataKey = await vault.exportDataKeyForDevice(store, passphrase);
    store.close();
    await expect(vault.unlockWithDeviceKey(summary.id, new Uint8Array(32))).rejects.toMatchObject({ code: 'vault/keychain-failed' });
    (await vault.unlockWithDeviceKey(summary.id, dataKey)).store.close();
  });

  it('refuses a database written by a newer version and leaves it as it is', async () => {
    const { vault, environment } = setUp();
    const { store, summary } = await vault.create('门店', passphrase);
    store.close();
    const newer = new Dexie(workspaceDbName(summary.id), { indexedDB: environment.indexedDB, IDBKeyRange: environment.IDBKeyRange });
    newer.version(99).stores({ meta: 'key', future: 'id' });
    await newer.open();
    newer.close();
    await expect(vault.unlockWithPassphrase(summary.id, passphrase)).rejects.toMatchObject({ code: 'storage/newer-version' });
  });

  it('refuses a store whose meta says a newer version wrote it', async () => {
    const { vault, environment } = setUp();
    const { store, summary } = await vault.create('门店', passphrase);
    const raw = await rawWorkspaceDb(environment, summary.id);
    await raw.meta.put({ key: 'schema', value: { version: 7, writtenBy: '9.0.0' } });
    raw.close();
    store.close();
    await expect(vault.unlockWithPassphrase(summary.id, passphrase)).rejects.toMatchObject({ code: 'storage/newer-version' });
  });

  it('deletes a workspace only with its passphrase, what the host keeps first, and keeps a record of the deletion on the device', async () => {
    const { vault, registry } = setUp();
    const { store, summary } = await vault.create('门店', passphrase);
    store.close();
    const forget = vi.fn(async () => undefined);
    await expect(vault.remove(summary.id, 'wrong passphrase 123', forget)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    expect(forget).not.toHaveBeenCalled();
    expect(await registry.get(summary.id)).toMatchObject({ failedAttempts: 1 });

    await vault.remove(summary.id, passphrase, forget);
    expect(forget).toHaveBeenCalledWith(summary.id);
    expect(await registry.list()).toEqual([]);
    expect(await registry.events()).toMatchObject([{ kind: 'workspace-deleted', workspaceId: summary.id }]);
    await expect(vault.unlockWithPassphrase(summary.id, passphrase)).rejects.toMatchObject({ code: 'vault/workspace-missing' });
  });

  it('keeps the workspace whole when the host could not forget its files', async () => {
    const { vault, registry } = setUp();
    const { store, summary } = await vault.create('门店', passphrase);
    store.close();
    await expect(vault.remove(summary.id, passphrase, () => Promise.reject(new Error('EBUSY')))).rejects.toThrow('EBUSY');
    expect(await registry.get(summary.id)).not.toBeNull();
    (await vault.unlockWithPassphrase(summary.id, passphrase)).store.close();
  });
});
