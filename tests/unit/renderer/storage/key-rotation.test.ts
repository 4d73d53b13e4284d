import { describe, expect, it } from 'vitest';
import { createBackupFileReader, openBackupFrameOrThrow } from '@shared/backup/backup-format';
import { parseKeyFileOrThrow, unwrapWithPassphraseOrThrow } from '@shared/crypto/key-file';
import { deriveBackupKeyFromDataKey } from '@shared/crypto/workspace-keys';
import { base64ToBytesOrThrow } from '@shared/encoding/base64';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { workspaceSchemaVersion } from '@shared/storage/workspace-schema';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { findPersonalInformationByPhone } from '@renderer/ledgers/personal-information.repository';
import { verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { createBackup } from '@renderer/storage/backup-writer';
import { hasPendingKeyRotation, runKeyRotation, type KeyRotationProgress } from '@renderer/storage/key-rotation';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { createWorkspaceVault, readStoreKeyFileOrThrow } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';
import { rawWorkspaceDb } from '../../../support/open-test-store';

const oldPassphrase = '老樟树下的青砖巷 Kq7!mz';
const newPassphrase = '河埠头晒着蓝印花布 Wd4$';
const port = createNodeCryptoPort();

async function filledWorkspace() {
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = Date.UTC(2026, 10, 28, 2);
  const vault = createWorkspaceVault({ registry, environment, port, now: () => (clock += 1000), appVersion: '0.2.0' });
  const { store, summary, recoveryCode } = await vault.create('门店 A', oldPassphrase);
  const people = createLedgerRepository(store, personalInformationLedger);
  for (let i = 0; i < 12; i += 1) {
    await people.add({ phone: `1380000${String(i).padStart(4, '0')}`, name: `测试${i}`, scenario: 'verification-code', source: '登记表', consent: 'written', collectedAt: 1_700_000_000_000 + i, usage: '验证码', evidenceIds: [] });
  }
  await store.putRecord('attachments', { index: { createdAt: 1, ownerTable: 'personalInformation', ownerId: 'x' }, fields: { name: '同意书.png' }, body: Uint8Array.from({ length: 50_000 }, (_, i) => i % 256) });
  for (let i = 0; i < 5; i += 1) await store.putRecord('trainings', { index: { heldAt: i }, fields: { at: i, note: `培训 ${i}` } });
  const oldBackup = await createBackup(store, { label: summary.label, appVersion: '0.2.0', now: clock });
  return { environment, registry, vault, store, workspaceId: summary.id, recoveryCode, oldBackup };
}

async function generationsOf(environment: ReturnType<typeof createFakeIdbEnvironment>, workspaceId: string): Promise<number[]> {
  const db = await rawWorkspaceDb(environment, workspaceId);
  const rows = [...(await db.personalInformation.toArray()), ...(await db.attachments.toArray()), ...(await db.trainings.toArray())];
  db.close();
  return [...new Set(rows.map((row) => (typeof row['k'] === 'number' ? row['k'] : 1)))].sort();
}

describe('更换数据密钥 (key rotation)', () => {
  it('seals every row under a new key and a new passphrase; an old backup and the old passphrase open nothing made after', async () => {
    const { vault, store, workspaceId, recoveryCode, oldBackup, environment } = await filledWorkspace();
    const prepared = await vault.prepareKeyRotation(store, oldPassphrase, newPassphrase);
    expect(prepared.recoveryCode).not.toBe(recoveryCode);
    await prepared.commit();
    const progress: KeyRotationProgress[] = [];
    expect(await runKeyRotation(store, (step) => progress.push(step))).toEqual({ unreadable: 0 });
    expect(progress.at(-1)).toEqual({ done: 18, total: 18 });
    expect(hasPendingKeyRotation(store)).toBe(false);
    expect(await generationsOf(environment, workspaceId)).toEqual([2]);
    // Blind indexes were computed again: a number is still found.
    expect(await findPersonalInformationByPhone(store, '13800000007')).toHaveLength(1);
    expect(await store.verifyAudit()).toMatchObject({ ok: true });
    expect(parseKeyFileOrThrow(await readStoreKeyFileOrThrow(store))).toMatchObject({ format: 2, generation: 2 });

    const newBackup = await createBackup(store, { label: '门店 A', appVersion: '0.2.0', now: Date.UTC(2026, 11, 1) });
    // Whoever kept the old backup and knew the old passphrase has the old data key...
    const oldKeyFile = parseKeyFileOrThrow((await verifyBackupOrThrow(port, oldBackup, { kind: 'passphrase', value: oldPassphrase })).header.keyFile);
    const oldDataKey = await unwrapWithPassphraseOrThrow(port, oldKeyFile, oldPassphrase);
    // ...and it opens no frame of a backup made after the rotation, nor does the old passphrase.
    const reader = createBackupFileReader(workspaceSchemaVersion);
    const frames = reader.push(newBackup);
    const header = reader.header!.header;
    const first = frames[0] ?? reader.end();
    const oldKey = await deriveBackupKeyFromDataKey(port, oldDataKey, base64ToBytesOrThrow(header.backupSalt));
    await expect(openBackupFrameOrThrow(port, oldKey, await port.sha256(reader.header!.bytes), first)).rejects.toMatchObject({ code: 'backup/damaged' });
    await expect(verifyBackupOrThrow(port, newBackup, { kind: 'passphrase', value: oldPassphrase })).rejects.toMatchObject({ code: 'backup/wrong-passphrase' });
    expect((await verifyBackupOrThrow(port, newBackup, { kind: 'passphrase', value: newPassphrase })).rowCount).toBeGreaterThan(18);
    store.close();

    await expect(vault.unlockWithPassphrase(workspaceId, oldPassphrase)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    await expect(vault.unlockWithRecoveryCode(workspaceId, recoveryCode)).rejects.toMatchObject({ code: 'vault/wrong-recovery-code' });
    (await vault.unlockWithRecoveryCode(workspaceId, prepared.recoveryCode)).store.close();
  }, 30_000);

  it('cut short half-way, the workspace still opens (old or new secrets), shows every record, and finishes at the next unlock', async () => {
    const { vault, store, workspaceId, recoveryCode, environment } = await filledWorkspace();
    const prepared = await vault.prepareKeyRotation(store, oldPassphrase, newPassphrase);
    await prepared.commit();
    const replace = store.replaceSealedRows.bind(store);
    let batches = 0;
    store.replaceSealedRows = async (...args) => {
      batches += 1;
      if (batches === 2) throw new Error('the page was closed');
      return replace(...args);
    };
    await expect(runKeyRotation(store)).rejects.toThrow('the page was closed');
    store.close();
    expect(await generationsOf(environment, workspaceId)).toEqual([1, 2]);

    // Every secret of either key opens it meanwhile, with every record readable.
    for (const unlock of [
      () => vault.unlockWithPassphrase(workspaceId, oldPassphrase),
      () => vault.unlockWithRecoveryCode(workspaceId, recoveryCode),
      () => vault.unlockWithRecoveryCode(workspaceId, prepared.recoveryCode),
    ]) {
      const { store: opened } = await unlock();
      expect(hasPendingKeyRotation(opened)).toBe(true);
      const all = await createLedgerRepository(opened, personalInformationLedger).all();
      expect([all.records.length, all.unreadable]).toEqual([12, 0]);
      expect((await opened.readAll('trainings')).rows).toHaveLength(5);
      opened.close();
    }

    const { store: resumed } = await vault.unlockWithPassphrase(workspaceId, newPassphrase);
    const progress: KeyRotationProgress[] = [];
    await runKeyRotation(resumed, (step) => progress.push(step));
    expect(progress[0]).toEqual({ done: 0, total: 18 });
    expect(await generationsOf(environment, workspaceId)).toEqual([2]);
    expect(await findPersonalInformationByPhone(resumed, '13800000011')).toHaveLength(1);
    expect(await resumed.verifyAudit()).toMatchObject({ ok: true });
    resumed.close();
    await expect(vault.unlockWithPassphrase(workspaceId, oldPassphrase)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
  }, 30_000);

  it('is refused while the audit log does not verify, and changes nothing', async () => {
    const { vault, store, workspaceId, environment } = await filledWorkspace();
    const db = await rawWorkspaceDb(environment, workspaceId);
    await db.audit.update(3, { at: 1 });
    const prepared = await vault.prepareKeyRotation(store, oldPassphrase, newPassphrase);
    await expect(prepared.commit()).rejects.toMatchObject({ code: 'vault/audit-broken' });
    expect(hasPendingKeyRotation(store)).toBe(false);
    expect(parseKeyFileOrThrow(await readStoreKeyFileOrThrow(store))).toMatchObject({ format: 1 });
    db.close();
  });
});

describe('重新生成恢复码 and a new passphrase after the recovery code', () => {
  it('a new recovery code replaces the old one only once confirmed', async () => {
    const { vault, store, workspaceId, recoveryCode } = await filledWorkspace();
    const prepared = await vault.prepareRecoveryCode(store, oldPassphrase);
    store.close();
    (await vault.unlockWithRecoveryCode(workspaceId, recoveryCode)).store.close();
    await expect(vault.unlockWithRecoveryCode(workspaceId, prepared.recoveryCode)).rejects.toMatchObject({ code: 'vault/wrong-recovery-code' });
    const { store: reopened } = await vault.unlockWithPassphrase(workspaceId, oldPassphrase);
    const again = await vault.prepareRecoveryCode(reopened, oldPassphrase);
    await again.commit();
    reopened.close();
    await expect(vault.unlockWithRecoveryCode(workspaceId, recoveryCode)).rejects.toMatchObject({ code: 'vault/wrong-recovery-code' });
    const { store: byNewCode } = await vault.unlockWithRecoveryCode(workspaceId, again.recoveryCode);
    expect(await byNewCode.verifyAudit()).toMatchObject({ ok: true });
  });

  it('after unlocking with the recovery code, sets a new passphrase without the old one', async () => {
    const { vault, store, workspaceId, recoveryCode } = await filledWorkspace();
    store.close();
    const { store: recovered } = await vault.unlockWithRecoveryCode(workspaceId, recoveryCode);
    expect(recovered.unlockedWith).toBe('recovery-code');
    await vault.changePassphrase(recovered, { kind: 'recovery-code', value: recoveryCode }, newPassphrase);
    recovered.close();
    await expect(vault.unlockWithPassphrase(workspaceId, oldPassphrase)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    (await vault.unlockWithPassphrase(workspaceId, newPassphrase)).store.close();
  });
});
