import { describe, expect, it } from 'vitest';
import { bytesToHex } from '@shared/encoding/hex';
import { prepareMerchantKeysOrThrow, recordHandOver, writeHandOverBundleOrThrow } from '@renderer/features/agent/hand-over-bundle';
import { workspaceRetention } from '@renderer/features/retention/archive-export';
import type { AppServices } from '@renderer/session/app-services';
import { saveWetInkLetter } from '@renderer/signing/letters-repository';
import { verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { memorySink, type SaveTarget } from '@renderer/storage/byte-stream';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { restoreVerifiedBackup } from '@renderer/storage/restore';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { createWorkspaceVault, readStoreKeyFileOrThrow } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from '../../../../support/fake-idb';
import { createNodeCryptoPort } from '../../../../support/node-crypto-port';
import { rawWorkspaceDb } from '../../../../support/open-test-store';

const agentPassphrase = '老樟树下的青砖巷 Kq7!mz';
const merchantPassphrase = '河埠头晒着蓝印花布 Wd4$';
const port = createNodeCryptoPort();
const at = (text: string) => Date.parse(`${text}+08:00`);

function profile(): AppServices {
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = at('2026-11-29T10:00:00');
  const now = () => (clock += 1000);
  const vault = createWorkspaceVault({ registry, environment, port, now, appVersion: '0.2.0' });
  return { port, environment, registry, vault, now, appVersion: '0.2.0' } as AppServices;
}

/** A target that keeps the file in memory and says whether it was finished or abandoned. */
function memoryTarget() {
  const sink = memorySink();
  const state = { finished: false, aborted: false };
  const target: SaveTarget<Uint8Array<ArrayBuffer>> = {
    write: sink.write,
    finish: async () => {
      state.finished = true;
      return sink.bytes();
    },
    abort: async () => {
      state.aborted = true;
    },
  };
  return { target, state };
}

/** An onboarded merchant with a letter signed on paper and a person on its ledger. */
async function onboardedMerchant(services: AppServices) {
  const { store, summary, recoveryCode } = await services.vault.create('城南张记小吃店', agentPassphrase);
  await services.registry.startOnboarding(summary.id, services.now());
  const signedAt = at('2026-11-29T09:00:00');
  await saveWetInkLetter(store, { operatorName: '城南张记小吃店', signedAt, templateId: 't', templateVersion: 1, templateSha256: 'x' }, { name: '扫描件.pdf', data: new Uint8Array([37, 80, 68, 70, 45]) }, services.now());
  await services.registry.noteSigned(summary.id, { merchantName: '城南张记小吃店', signedAt, documentDigest: 'a'.repeat(64) });
  await store.putRecord('personalInformation', {
    index: { createdAt: 1, deletionDueAt: 0, status: 'active', phoneIndex: 'idx-1', batchId: '' },
    fields: { phone: '13900139001', name: '欧阳测试甲' },
  });
  return { store, summary, agentRecoveryCode: recoveryCode };
}

async function handOver(services: AppServices, store: WorkspaceStore) {
  const keys = await prepareMerchantKeysOrThrow(store, { agentPassphrase, merchantPassphrase }, services.registry, services.now());
  const { target, state } = memoryTarget();
  const written = await writeHandOverBundleOrThrow(store, keys, merchantPassphrase, { label: '城南张记小吃店', appVersion: '0.2.0', now: services.now() }, target);
  return { keys, written, state, bundle: written.saved };
}

describe('the hand-over bundle', () => {
  it('opens with the merchant\'s passphrase and with the new recovery code, and restores into a fresh profile', async () => {
    const services = profile();
    const { store, summary } = await onboardedMerchant(services);
    const { keys, written, state, bundle } = await handOver(services, store);
    expect(state).toEqual({ finished: true, aborted: false });
    expect(written.bundleDigest).toBe(bytesToHex(await port.sha256(bundle)));
    expect(keys.recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

    await verifyBackupOrThrow(port, bundle, { kind: 'recovery-code', value: keys.recoveryCode });
    const verified = await verifyBackupOrThrow(port, bundle, { kind: 'passphrase', value: merchantPassphrase });
    const merchant = profile();
    await restoreVerifiedBackup(merchant, verified);
    const { store: restored } = await merchant.vault.unlockWithPassphrase(summary.id, merchantPassphrase);
    const [person] = (await restored.readAll('personalInformation')).rows;
    expect(person?.fields).toMatchObject({ phone: '13900139001', name: '欧阳测试甲' });
    expect(await restored.verifyAudit()).toMatchObject({ ok: true });
    // The restored workspace's own key file is the merchant's: the agent's passphrase does not open it.
    await expect(merchant.vault.verifyPassphraseOrThrow(summary.id, agentPassphrase)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    await merchant.vault.verifyPassphraseOrThrow(summary.id, merchantPassphrase);
  }, 60_000);

  it('does not open with the agent\'s passphrase or the agent\'s recovery code', async () => {
    const services = profile();
    const { store, agentRecoveryCode } = await onboardedMerchant(services);
    const { bundle } = await handOver(services, store);
    await expect(verifyBackupOrThrow(port, bundle, { kind: 'passphrase', value: agentPassphrase })).rejects.toMatchObject({ code: 'backup/wrong-passphrase' });
    await expect(verifyBackupOrThrow(port, bundle, { kind: 'recovery-code', value: agentRecoveryCode })).rejects.toMatchObject({ code: 'backup/wrong-passphrase' });
  }, 60_000);

  it('leaves the agent\'s key file as it was: the workspace opens with the agent\'s passphrase, not the merchant\'s', async () => {
    const services = profile();
    const { store, summary } = await onboardedMerchant(services);
    const before = await readStoreKeyFileOrThrow(store);
    const { keys } = await handOver(services, store);
    expect(await readStoreKeyFileOrThrow(store)).toEqual(before);
    expect(keys.keyFile.passphraseWrap).not.toBe(before.passphraseWrap);
    expect(keys.keyFile.recoveryWrap).not.toEqual(before.recoveryWrap);
    const db = await rawWorkspaceDb(services.environment, summary.id);
    expect((await db.meta.get('keyFile'))?.['value']).toEqual(before);
    db.close();
    await services.vault.verifyPassphraseOrThrow(summary.id, agentPassphrase);
    await expect(services.vault.verifyPassphraseOrThrow(summary.id, merchantPassphrase)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
  }, 60_000);

  it('refuses a wrong agent passphrase (counted as a failed attempt) and the agent\'s own passphrase as the merchant\'s', async () => {
    const services = profile();
    const { store, summary } = await onboardedMerchant(services);
    await expect(prepareMerchantKeysOrThrow(store, { agentPassphrase: '不是这个密码 0000', merchantPassphrase }, services.registry, services.now())).rejects.toMatchObject({
      code: 'vault/wrong-passphrase',
    });
    expect((await services.registry.get(summary.id))?.failedAttempts).toBe(1);
    await expect(prepareMerchantKeysOrThrow(store, { agentPassphrase, merchantPassphrase: agentPassphrase }, services.registry, services.now() + 60_000)).rejects.toMatchObject({
      code: 'handover/same-passphrase',
    });
  }, 60_000);

  it('abandons the file when the bundle does not check out with the merchant\'s secrets', async () => {
    const services = profile();
    const { store, agentRecoveryCode } = await onboardedMerchant(services);
    const keys = await prepareMerchantKeysOrThrow(store, { agentPassphrase, merchantPassphrase }, services.registry, services.now());
    const { target, state } = memoryTarget();
    // A code the bundle's key file was not wrapped for (the agent's own).
    await expect(writeHandOverBundleOrThrow(store, { ...keys, recoveryCode: agentRecoveryCode }, merchantPassphrase, { label: '门店', appVersion: '0.2.0', now: services.now() }, target)).rejects.toMatchObject({
      code: 'backup/wrong-passphrase',
    });
    expect(state).toEqual({ finished: false, aborted: true });
  }, 60_000);

  it('is recorded: the clean-up may go ahead, the day list says handed over, and the audit log holds no secret', async () => {
    const services = profile();
    const { store, summary } = await onboardedMerchant(services);
    const now = services.now();
    expect(await workspaceRetention(store, now)).toMatchObject({ allowed: false, reason: 'service-running', archive: 'none' });
    const { keys, written } = await handOver(services, store);
    await recordHandOver(store, services.registry, { at: now, agentName: '李代理', bundleDigest: written.bundleDigest, dataDigest: written.dataDigest });
    expect(await workspaceRetention(store, now + 1000)).toEqual({ allowed: true, archivedAt: now });
    expect(await services.registry.onboarding(summary.id)).toMatchObject({ handedOverAt: now, bundleDigest: written.bundleDigest, agentName: '李代理' });

    const db = await rawWorkspaceDb(services.environment, summary.id);
    const audit = await db.audit.orderBy('seq').toArray();
    db.close();
    expect(audit.at(-1)).toMatchObject({ action: 'handed-over', table: 'meta', recordId: 'handover' });
    const log = JSON.stringify(audit);
    for (const secret of [merchantPassphrase, agentPassphrase, keys.recoveryCode, keys.recoveryCode.replaceAll('-', '')]) expect(log).not.toContain(secret);
  }, 60_000);
});
