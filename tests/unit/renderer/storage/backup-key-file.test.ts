import { describe, expect, it } from 'vitest';
import { createKeyFile, rewrapWithNewRecoveryCode, rewrapWithPassphrase, unwrapWithPassphraseOrThrow, type KeyFile } from '@shared/crypto/key-file';
import { openBackupStreamOrThrow } from '@renderer/storage/backup-stream';
import { unlockWithKeysOrThrow, verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { createBackup } from '@renderer/storage/backup-writer';
import { bytesSource } from '@renderer/storage/byte-stream';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { readStoreKeyFileOrThrow } from '@renderer/vault/workspace-vault';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';
import { openTestStore } from '../../../support/open-test-store';

const passphrase = '老樟树下的青砖巷 Kq7!mz';
const otherPassphrase = '河埠头晒着蓝印花布 Wd4$';
const port = createNodeCryptoPort();
const input = { label: '门店', appVersion: '0.2.0', now: Date.UTC(2026, 10, 29) };

/** The key file a backup's header carries and the one its meta table stores. */
async function keyFilesOf(store: WorkspaceStore, backup: Uint8Array): Promise<Readonly<{ header: unknown; stored: unknown }>> {
  const stream = await openBackupStreamOrThrow(port, bytesSource(backup), (header) => unlockWithKeysOrThrow(port, header, store.requireKeys()));
  let stored: unknown = null;
  for (let rows = await stream.next(); rows !== null; rows = await stream.next()) {
    for (const { t, r } of rows) if (t === 'meta' && r['key'] === 'keyFile') stored = r['value'];
  }
  return { header: stream.header.keyFile, stored };
}

async function otherWraps(store: WorkspaceStore): Promise<Readonly<{ keyFile: KeyFile; recoveryCode: string }>> {
  const own = await readStoreKeyFileOrThrow(store);
  const dataKey = await unwrapWithPassphraseOrThrow(port, own, passphrase);
  return rewrapWithNewRecoveryCode(port, await rewrapWithPassphrase(port, own, dataKey, otherPassphrase), dataKey);
}

describe('a backup\'s key file', () => {
  it('is the workspace\'s own unless another is given', async () => {
    const store = await openTestStore();
    const own = await readStoreKeyFileOrThrow(store);
    expect(await keyFilesOf(store, await createBackup(store, input))).toEqual({ header: own, stored: own });
  });

  it('given other wraps of the same data key, is carried in the header and as the stored key file; the backup opens only with them', async () => {
    const store = await openTestStore();
    const own = await readStoreKeyFileOrThrow(store);
    const other = await otherWraps(store);
    const backup = await createBackup(store, input, { keyFile: other.keyFile });
    expect(await keyFilesOf(store, backup)).toEqual({ header: other.keyFile, stored: other.keyFile });
    expect(await readStoreKeyFileOrThrow(store)).toEqual(own);
    await verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: otherPassphrase });
    await verifyBackupOrThrow(port, backup, { kind: 'recovery-code', value: other.recoveryCode });
    await expect(verifyBackupOrThrow(port, backup, { kind: 'passphrase', value: passphrase })).rejects.toMatchObject({ code: 'backup/wrong-passphrase' });
  }, 30_000);

  it('is refused when it wraps another data key (nothing would open the backup)', async () => {
    const store = await openTestStore();
    const stranger = await createKeyFile(port, store.workspaceId, otherPassphrase);
    await expect(createBackup(store, input, { keyFile: stranger.keyFile })).rejects.toMatchObject({ code: 'vault/key-file-invalid' });
  }, 30_000);
});
