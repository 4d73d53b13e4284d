import { verifyAuditChain } from '@shared/audit/audit-chain';
import { backupFrameAad, decodeBackupLineOrThrow, parseBackupFileOrThrow, type BackupHeader, type ParsedBackupFile } from '@shared/backup/backup-format';
import { aeadIvBytes, type CryptoPort, type KeyHandle } from '@shared/crypto/crypto-port';
import { parseKeyFileOrThrow, unwrapWithPassphraseOrThrow, unwrapWithRecoveryCodeOrThrow } from '@shared/crypto/key-file';
import { deriveBackupKey, deriveBackupKeyFromDataKey, deriveWorkspaceKeys, type WorkspaceKeys } from '@shared/crypto/workspace-keys';
import { base64ToBytesOrThrow } from '@shared/encoding/base64';
import { concatBytes } from '@shared/encoding/bytes';
import { AppError } from '@shared/errors/app-error';
import { isSealedTableName, workspaceSchemaVersion, workspaceTables, type WorkspaceTableName } from '@shared/storage/workspace-schema';
import { auditHeadKey, type AuditHead } from './audit-log';
import { decodeRow } from './record-codec';
import type { WorkspaceStore } from './workspace-store';

export type BackupSecret = Readonly<{ kind: 'passphrase' | 'recovery-code'; value: string }>;

/** A backup that passed every check; only now may it replace anything. */
export type VerifiedBackup = Readonly<{
  header: BackupHeader;
  rows: ReadonlyMap<WorkspaceTableName, Record<string, unknown>[]>;
  rowCount: number;
  /** The restored workspace's keys, to record the restore in its audit log. */
  keys: WorkspaceKeys;
}>;

/**
 * Reads and checks a backup completely before anything is restored: the file
 * layout, the secret, every frame's tag, every row (each sealed row must
 * open with the backup's own keys) and the audit chain. Throws a typed error.
 */
export async function verifyBackupOrThrow(port: CryptoPort, file: Uint8Array, secret: BackupSecret): Promise<VerifiedBackup> {
  const parsed = parseBackupFileOrThrow(file, workspaceSchemaVersion);
  const keyFile = parseKeyFileOrThrow(parsed.header.keyFile);
  if (keyFile.workspaceId !== parsed.header.workspace.id) throw new AppError('backup/damaged');
  const dataKey = await unwrapOrThrow(port, keyFile, secret);
  const backupKey = await deriveBackupKeyFromDataKey(port, dataKey, base64ToBytesOrThrow(parsed.header.backupSalt));
  const keys = await deriveWorkspaceKeys(port, dataKey, keyFile.workspaceId);
  return checkContentOrThrow(port, parsed, backupKey, keys);
}

/** Checks a backup this workspace just made, with its open keys (no passphrase needed). */
export async function verifyOwnBackupOrThrow(store: WorkspaceStore, file: Uint8Array): Promise<VerifiedBackup> {
  const parsed = parseBackupFileOrThrow(file, workspaceSchemaVersion);
  const keys = store.requireKeys();
  if (parsed.header.workspace.id !== keys.workspaceId) throw new AppError('backup/damaged');
  const backupKey = await deriveBackupKey(store.cryptoPort, keys, base64ToBytesOrThrow(parsed.header.backupSalt));
  return checkContentOrThrow(store.cryptoPort, parsed, backupKey, keys);
}

async function checkContentOrThrow(port: CryptoPort, parsed: ParsedBackupFile, backupKey: KeyHandle, keys: WorkspaceKeys): Promise<VerifiedBackup> {
  const { header, headerBytes, frames } = parsed;
  const headerDigest = await port.sha256(headerBytes);
  const chunks: Uint8Array[] = [];
  for (const [index, frame] of frames.entries()) {
    const aad = backupFrameAad(headerDigest, index, index === frames.length - 1);
    try {
      chunks.push(await port.aeadDecrypt(backupKey, frame.subarray(0, aeadIvBytes), frame.subarray(aeadIvBytes), aad));
    } catch (cause) {
      throw new AppError('backup/damaged', { cause });
    }
  }

  const rows = new Map<WorkspaceTableName, Record<string, unknown>[]>();
  let rowCount = 0;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(concatBytes(...chunks));
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const { t, r } = decodeBackupLineOrThrow(line);
      if (!(t in workspaceTables)) throw new AppError('backup/damaged');
      const table = t as WorkspaceTableName;
      if (isSealedTableName(table)) await decodeRow(port, keys, table, r);
      const tableRows = rows.get(table) ?? [];
      if (tableRows.length === 0) rows.set(table, tableRows);
      tableRows.push(r);
      rowCount += 1;
    }
  } catch (cause) {
    throw cause instanceof AppError && cause.code.startsWith('backup/') ? cause : new AppError('backup/damaged', { cause });
  }

  const meta = rows.get('meta') ?? [];
  const head = (meta.find((row) => row['key'] === auditHeadKey)?.['value'] as AuditHead | undefined) ?? null;
  const audit = [...(rows.get('audit') ?? [])].sort((a, b) => Number(a['seq']) - Number(b['seq']));
  const chain = await verifyAuditChain(port, { workspaceId: keys.workspaceId, keyring: { generation: keys.generation, key: keys.audit }, head, anchors: [] }, audit);
  if (!chain.verification.ok) throw new AppError('backup/damaged');
  return { header, rows, rowCount, keys };
}

async function unwrapOrThrow(port: CryptoPort, keyFile: ReturnType<typeof parseKeyFileOrThrow>, secret: BackupSecret): Promise<Uint8Array> {
  try {
    return secret.kind === 'passphrase'
      ? await unwrapWithPassphraseOrThrow(port, keyFile, secret.value)
      : await unwrapWithRecoveryCodeOrThrow(port, keyFile, secret.value);
  } catch (cause) {
    throw new AppError('backup/wrong-passphrase', { cause });
  }
}
