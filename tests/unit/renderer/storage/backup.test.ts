import { describe, expect, it } from 'vitest';
import { importRecords } from '@renderer/storage/bulk-import';
import { verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { createBackup } from '@renderer/storage/backup-writer';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { restoreVerifiedBackup } from '@renderer/storage/restore';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';
import { rawWorkspaceDb } from '../../../support/open-test-store';

const passphrase = '河埠头晒着蓝印花布 Wd4$';
const port = createNodeCryptoPort();

async function profile() {
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = Date.UTC(2026, 10, 28);
  const now = () => (clock += 1000);
  const vault = createWorkspaceVault({ registry, environment, port, now, appVersion: '0.1.0' });
  return { environment, registry, vault, now, port };
}

async function filledWorkspace(rows: number) {
  const source = await profile();
  const { store, summary } = await source.vault.create('门店 A', passphrase);
  const inputs = Array.from({ length: rows }, (_, i) => ({
    index: { createdAt: 1_700_000_000_000 + i, deletionDueAt: 0, status: 'active', phoneIndex: `idx-${i}`, batchId: '' },
    fields: { phone: `138${String(i).padStart(8, '0')}`, name: `测试用户${i}` },
  }));
  await importRecords(store, 'personalInformation', inputs, { batchSize: 2_000 });
  const image = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256);
  const attachmentId = await store.putRecord('attachments', {
    index: { createdAt: 1, ownerTable: 'personalInformation', ownerId: 'x' },
    fields: { name: '同意书.png', type: 'image/png' },
    body: image,
  });
  const backup = await createBackup(store, { label: summary.label, appVersion: '0.1.0', now: source.now() });
  return { source, store, summary, backup, image, attachmentId, rawDb: () => rawWorkspaceDb(source.environment, summary.id) };
}

describe('backup and restore', () => {
  it('round-trips 10,000 rows and an attachment into a fresh profile exactly', async () => {
    const { summary, backup, image, attachmentId, rawDb } = await filledWorkspace(10_000);
    const target = await profile();
    const verified = await verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: passphrase });
    await restoreVerifiedBackup(target, verified);

    const { store: restored } = await target.vault.unlockWithPassphrase(summary.id, passphrase);
    expect(await restored.count('personalInformation')).toBe(10_000);
    const original = await (await rawDb()).personalInformation.orderBy('id').toArray();
    const restoredDb = await rawWorkspaceDb(target.environment, summary.id);
    const copy = await restoredDb.personalInformation.orderBy('id').toArray();
    expect(copy).toEqual(original);
    const sample = await restored.getRecord('personalInformation', String(original[1234]?.['id']));
    expect((sample?.fields as { phone: string }).phone).toMatch(/^138\d{8}$/);
    expect((await restored.getRecord('attachments', attachmentId))?.body).toEqual(image);
    expect(await restored.verifyAudit()).toMatchObject({ ok: true });
    const actions = (await restoredDb.audit.orderBy('seq').toArray()).map((entry) => entry.action);
    expect(actions.slice(-2)).toEqual(['workspace-restored', 'unlocked']);
  }, 60_000);

  it.each([
    ['a truncated file', (file: Uint8Array) => file.subarray(0, file.byteLength - 1000), 'backup/truncated'],
    ['a file cut right after its header', (file: Uint8Array) => file.subarray(0, 12 + headerLengthOf(file)), 'backup/truncated'],
    ['one flipped bit in the data', (file: Uint8Array) => flip(file, file.byteLength - 5000), 'backup/damaged'],
    ['one flipped bit in the header', (file: Uint8Array) => flip(file, 60), 'backup/damaged'],
    ['another file type', () => new TextEncoder().encode('%PDF-1.7 not a backup'), 'backup/not-a-backup'],
  ])('refuses %s and leaves the existing data untouched', async (_label, corrupt, code) => {
    const { backup } = await filledWorkspace(300);
    const target = await profile();
    const { store: existing, summary } = await target.vault.create('门店 B', passphrase);
    await existing.putRecord('trainings', { index: { heldAt: 1 }, fields: { at: 1, note: '现有数据' } });
    const existingDb = await rawWorkspaceDb(target.environment, summary.id);
    const before = await existingDb.trainings.toArray();
    await expect(verifyBackupOrThrow(port, corrupt(backup), { kind: 'passphrase', value: passphrase })).rejects.toMatchObject({ code });
    expect(await existingDb.trainings.toArray()).toEqual(before);
    expect((await target.registry.list()).map((workspace) => workspace.id)).toEqual([summary.id]);
  }, 30_000);

  it('refuses a wrong passphrase with its own message', async () => {
    const { backup } = await filledWorkspace(10);
    await expect(verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: 'not the passphrase 123' })).rejects.toMatchObject({
      code: 'backup/wrong-passphrase',
    });
  });

  it('refuses a backup written by a newer app version', async () => {
    const { backup } = await filledWorkspace(10);
    const headerLength = new DataView(backup.buffer, backup.byteOffset).getUint32(8);
    const header = JSON.parse(new TextDecoder().decode(backup.subarray(12, 12 + headerLength))) as Record<string, unknown>;
    const newer = new TextEncoder().encode(JSON.stringify({ ...header, format: 99 }));
    const file = new Uint8Array(12 + newer.byteLength + backup.byteLength - 12 - headerLength);
    file.set(backup.subarray(0, 8));
    new DataView(file.buffer).setUint32(8, newer.byteLength);
    file.set(newer, 12);
    file.set(backup.subarray(12 + headerLength), 12 + newer.byteLength);
    await expect(verifyBackupOrThrow(port, file, { kind: 'passphrase', value: passphrase })).rejects.toMatchObject({ code: 'backup/newer-version' });
  });
});

function headerLengthOf(file: Uint8Array): number {
  return new DataView(file.buffer, file.byteOffset).getUint32(8);
}

function flip(file: Uint8Array, offset: number): Uint8Array {
  const copy = file.slice();
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}
