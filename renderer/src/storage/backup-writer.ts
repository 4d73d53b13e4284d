import {
  backupChunkBytes,
  backupFormat,
  backupFrameAad,
  encodeBackupFile,
  encodeBackupLine,
  type BackupHeader,
} from '@shared/backup/backup-format';
import { aeadIvBytes } from '@shared/crypto/crypto-port';
import { deriveBackupKey } from '@shared/crypto/workspace-keys';
import { bytesToBase64 } from '@shared/encoding/base64';
import { concatBytes, utf8 } from '@shared/encoding/bytes';
import { workspaceSchemaVersion } from '@shared/storage/workspace-schema';
import { readStoreKeyFileOrThrow } from '@renderer/vault/workspace-vault';
import type { WorkspaceStore } from './workspace-store';

export type BackupInput = Readonly<{ label: string; appVersion: string; now: number }>;

/**
 * Writes the whole workspace (rows as stored, still sealed, plus meta and the
 * audit log) into one backup file, encrypted again under a fresh backup key.
 * The header carries the key file, so the backup opens with the passphrase.
 */
export async function createBackup(store: WorkspaceStore, input: BackupInput): Promise<Uint8Array<ArrayBuffer>> {
  const port = store.cryptoPort;
  const keys = store.requireKeys();
  const keyFile = await readStoreKeyFileOrThrow(store);
  const lines: string[] = [];
  await store.readEveryRow((table, row) => {
    lines.push(encodeBackupLine(table, row));
  });
  const plaintext = utf8(lines.join('\n'));
  const backupSalt = port.randomBytes(16);
  const chunkCount = Math.max(1, Math.ceil(plaintext.byteLength / backupChunkBytes));
  const header: BackupHeader = {
    format: backupFormat,
    appVersion: input.appVersion,
    schemaVersion: workspaceSchemaVersion,
    createdAt: input.now,
    workspace: { id: keys.workspaceId, label: input.label },
    keyFile,
    backupSalt: bytesToBase64(backupSalt),
    chunkCount,
  };
  const headerBytes = utf8(JSON.stringify(header));
  const headerDigest = await port.sha256(headerBytes);
  const backupKey = await deriveBackupKey(port, keys, backupSalt);
  const frames: Uint8Array[] = [];
  for (let index = 0; index < chunkCount; index += 1) {
    const chunk = plaintext.subarray(index * backupChunkBytes, (index + 1) * backupChunkBytes);
    const iv = port.randomBytes(aeadIvBytes);
    const aad = backupFrameAad(headerDigest, index, index === chunkCount - 1);
    frames.push(concatBytes(iv, await port.aeadEncrypt(backupKey, iv, chunk, aad)));
  }
  await store.appendAudit({ action: 'backup-created', table: 'meta', recordId: keys.workspaceId });
  return encodeBackupFile(headerBytes, frames);
}
