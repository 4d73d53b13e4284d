import { backupChunkBytes, backupFormat, encodeBackupFrame, encodeBackupPreamble, sealBackupFrame, type BackupHeaderV2 } from '@shared/backup/backup-format';
import { encodeBackupEnd, encodeBackupRow } from '@shared/backup/backup-records';
import { auditAnchorSchema } from '@shared/audit/audit-chain';
import type { CryptoPort, KeyHandle } from '@shared/crypto/crypto-port';
import { compareKeyFiles, type KeyFile } from '@shared/crypto/key-file';
import { deriveBackupKey } from '@shared/crypto/workspace-keys';
import { bytesToBase64 } from '@shared/encoding/base64';
import { utf8 } from '@shared/encoding/bytes';
import { AppError } from '@shared/errors/app-error';
import { workspaceSchemaVersion, workspaceTableNames } from '@shared/storage/workspace-schema';
import { keyFileMetaKey, readStoreKeyFileOrThrow } from '@renderer/vault/workspace-vault';
import { memorySink, type ByteSink } from './byte-stream';
import type { WorkspaceStore } from './workspace-store';

export type BackupInput = Readonly<{ label: string; appVersion: string; now: number }>;

/** How a backup may differ from the workspace it copies. */
export type BackupOptions = Readonly<{
  /**
   * The key file the backup carries instead of the workspace's own, in its
   * header and as its stored key file: the same data key under other wraps
   * (a hand-over bundle opens with the merchant's passphrase and recovery
   * code, not the agent's). Nothing else binds the key file: rows, the audit
   * log and its signed head are sealed with keys derived from the data key.
   */
  keyFile?: KeyFile;
}>;

/** What a backup written holds. */
export type WrittenBackup = Readonly<{ header: BackupHeaderV2; rows: number; bytes: number }>;

/**
 * Writes the whole workspace (rows as stored, still sealed, plus meta and the
 * audit log) as a format-2 backup, frame by frame into the sink, encrypted
 * again under a fresh backup key: memory holds a page of rows and a frame,
 * whatever the workspace's size. Writes wait meanwhile, so the backup is one
 * state of the workspace. The header carries the key file (the backup opens
 * with the passphrase) and the signed head of the audit log it holds.
 * Nothing is audited here: `backup-created` is recorded once the file is saved.
 */
export async function writeBackup(store: WorkspaceStore, input: BackupInput, sink: ByteSink, options: BackupOptions = {}): Promise<WrittenBackup> {
  // During a key rotation rows are of two keys; a backup waits until it is done.
  if (store.rotatingFrom !== null) throw new AppError('vault/rotation-in-progress');
  const port = store.cryptoPort;
  const keys = store.requireKeys();
  const own = await readStoreKeyFileOrThrow(store);
  const keyFile = options.keyFile ?? own;
  // A key file of another data key would make a backup that nothing opens.
  if (keyFile.workspaceId !== own.workspaceId || keyFile.rotation !== undefined || compareKeyFiles(own, keyFile) === 'key-differs') throw new AppError('vault/key-file-invalid');
  return store.holdingWrites(async (reader) => {
    const head = auditAnchorSchema.safeParse(await reader.auditHead());
    const backupSalt = port.randomBytes(16);
    const header: BackupHeaderV2 = {
      format: backupFormat,
      appVersion: input.appVersion,
      schemaVersion: workspaceSchemaVersion,
      createdAt: input.now,
      workspace: { id: keys.workspaceId, label: input.label },
      keyFile,
      backupSalt: bytesToBase64(backupSalt),
      auditAnchor: head.success ? head.data : null,
    };
    const headerBytes = utf8(JSON.stringify(header));
    const frames = createFrameWriter(port, await deriveBackupKey(port, keys, backupSalt), await port.sha256(headerBytes), sink);
    await sink.write(encodeBackupPreamble(headerBytes));
    let rows = 0;
    for (const table of workspaceTableNames) {
      for await (const page of reader.pages(table)) {
        for (const row of page) {
          const carried = table === 'meta' && row['key'] === keyFileMetaKey ? { ...row, value: keyFile } : row;
          await frames.add(encodeBackupRow(table, carried));
          rows += 1;
        }
      }
    }
    await frames.add([encodeBackupEnd(rows)]);
    const bytes = await frames.close();
    return { header, rows, bytes: bytes + 12 + headerBytes.byteLength };
  });
}

/**
 * Collects plaintext into frames of `backupChunkBytes` and writes each
 * sealed frame as soon as a byte beyond it arrives; the last frame, sealed
 * as final, is written by `close`.
 */
function createFrameWriter(port: CryptoPort, key: KeyHandle, headerDigest: Uint8Array, sink: ByteSink) {
  const buffer = new Uint8Array(backupChunkBytes);
  let filled = 0;
  let index = 0;
  let written = 0;

  const flush = async (isFinal: boolean) => {
    const frame = encodeBackupFrame(await sealBackupFrame(port, key, headerDigest, index, isFinal, buffer.subarray(0, filled)));
    index += 1;
    filled = 0;
    written += frame.byteLength;
    await sink.write(frame);
  };

  return {
    async add(parts: readonly Uint8Array[]): Promise<void> {
      for (const part of parts) {
        let offset = 0;
        while (offset < part.byteLength) {
          if (filled === backupChunkBytes) await flush(false);
          const take = Math.min(part.byteLength - offset, backupChunkBytes - filled);
          buffer.set(part.subarray(offset, offset + take), filled);
          filled += take;
          offset += take;
        }
      }
    },
    async close(): Promise<number> {
      await flush(true);
      return written;
    },
  };
}

/** A whole backup in memory (small workspaces, tests): the same bytes `writeBackup` streams. */
export async function createBackup(store: WorkspaceStore, input: BackupInput, options: BackupOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const sink = memorySink();
  await writeBackup(store, input, sink, options);
  return sink.bytes();
}

/** Records in the audit log that a backup was saved: only after the file reached its place. */
export async function recordBackupSaved(store: WorkspaceStore): Promise<void> {
  await store.appendAudit({ action: 'backup-created', table: 'meta', recordId: store.workspaceId });
}
