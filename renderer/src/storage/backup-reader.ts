import { checkRowAgainstLog, createAuditChainCheck, findMissingRow, rowKey, type AuditProblem } from '@shared/audit/audit-chain';
import type { BackupHeader } from '@shared/backup/backup-format';
import type { CryptoPort } from '@shared/crypto/crypto-port';
import { parseKeyFileOrThrow, unwrapKeyFileOrThrow, type KeyFile } from '@shared/crypto/key-file';
import { sealedRowTag } from '@shared/crypto/record-envelope';
import { deriveBackupKey, deriveBackupKeyFromDataKey, deriveWorkspaceKeys, type WorkspaceKeys } from '@shared/crypto/workspace-keys';
import { base64ToBytesOrThrow } from '@shared/encoding/base64';
import { bytesToHex } from '@shared/encoding/hex';
import { AppError } from '@shared/errors/app-error';
import { isSealedTableName, workspaceTables, type WorkspaceTableName } from '@shared/storage/workspace-schema';
import { auditHeadKey } from './audit-log';
import { openBackupStreamOrThrow, type BackupKeys, type BackupStream } from './backup-stream';
import { toByteSource, type ByteSource } from './byte-stream';
import { decodeRow } from './record-codec';
import type { WorkspaceStore } from './workspace-store';


/** What the restore screen takes for a backup: the passphrase or the recovery code it was made under. */
export type BackupSecret = Readonly<{ kind: 'passphrase' | 'recovery-code'; value: string }>;

/** A backup that passed every check. */
export type CheckedBackup = Readonly<{
  header: BackupHeader;
  rowCount: number;
  /** The backup's keys, to record a restore in the restored workspace's audit log. */
  keys: WorkspaceKeys;
  /** SHA-256 of the header checked: a second reading must find the same file. */
  headerDigest: string;
}>;

/** A backup file that passed every check; only now may it replace anything. It is read again, the same, to restore. */
export type VerifiedBackup = CheckedBackup & Readonly<{ source: ByteSource }>;

/**
 * Reads and checks a backup completely before anything is restored: the file
 * layout, the secret, every frame's tag, every row (each sealed row must
 * open with the backup's own keys), the audit chain, its signed head and the
 * header's copy of it, and every row against the log. Throws a typed error.
 */
export async function verifyBackupOrThrow(port: CryptoPort, file: Uint8Array | ByteSource, secret: BackupSecret): Promise<VerifiedBackup> {
  const source = toByteSource(file);
  const stream = await openBackupStreamOrThrow(port, source, (header) => unlockWithSecretOrThrow(port, header, secret));
  return { ...(await checkContentOrThrow(port, stream)), source };
}

/** Checks a backup this workspace made, with its open keys (no passphrase needed); also as it is being written. */
export async function verifyOwnBackupOrThrow(store: WorkspaceStore, file: Uint8Array | ByteSource | AsyncIterable<Uint8Array>): Promise<CheckedBackup> {
  const input = file instanceof Uint8Array ? toByteSource(file) : file;
  const stream = await openBackupStreamOrThrow(store.cryptoPort, input, (header) => unlockWithKeysOrThrow(store.cryptoPort, header, store.requireKeys()));
  return checkContentOrThrow(store.cryptoPort, stream);
}

/** The keys of a backup from a secret typed for it (its passphrase or its recovery code). */
export async function unlockWithSecretOrThrow(port: CryptoPort, header: BackupHeader, secret: BackupSecret): Promise<BackupKeys> {
  const keyFile = keyFileOfOrThrow(header);
  let unwrapped: Awaited<ReturnType<typeof unwrapKeyFileOrThrow>>;
  try {
    unwrapped = await unwrapKeyFileOrThrow(port, keyFile, secret);
  } catch (cause) {
    throw new AppError('backup/wrong-passphrase', { cause });
  }
  // A backup is never made during a key rotation: its rows are all of one key.
  unwrapped.next?.dataKey.fill(0);
  const salt = base64ToBytesOrThrow(header.backupSalt);
  const backupKey = await deriveBackupKeyFromDataKey(port, unwrapped.current.dataKey, salt);
  const keys = await deriveWorkspaceKeys(port, unwrapped.current.dataKey, keyFile.workspaceId, unwrapped.current.generation);
  return { backupKey, keys };
}

/** The keys of a backup from a workspace's open keys (its own backups, a restore's second reading). */
export async function unlockWithKeysOrThrow(port: CryptoPort, header: BackupHeader, keys: WorkspaceKeys): Promise<BackupKeys> {
  if (header.workspace.id !== keys.workspaceId) throw new AppError('backup/damaged');
  return { backupKey: await deriveBackupKey(port, keys, base64ToBytesOrThrow(header.backupSalt)), keys };
}

function keyFileOfOrThrow(header: BackupHeader): KeyFile {
  const keyFile = parseKeyFileOrThrow(header.keyFile);
  if (keyFile.workspaceId !== header.workspace.id) throw new AppError('backup/damaged');
  return keyFile;
}

async function checkContentOrThrow(port: CryptoPort, stream: BackupStream): Promise<CheckedBackup> {
  const { header, keys } = stream;
  const tags = new Map<string, string>();
  let head: unknown = null;
  let rowCount = 0;
  let audit: ReturnType<typeof createAuditChainCheck> | null = null;
  const auditCheck = () =>
    (audit ??= createAuditChainCheck(port, {
      workspaceId: keys.workspaceId,
      keyring: { generation: keys.generation, key: keys.audit },
      head,
      anchors: header.format === 2 && header.auditAnchor !== null ? [header.auditAnchor] : [],
    }));

  try {
    for (let rows = await stream.next(); rows !== null; rows = await stream.next()) {
      for (const { t, r } of rows) {
        if (!Object.hasOwn(workspaceTables, t)) throw new AppError('backup/damaged');
        const table = t as WorkspaceTableName;
        if (isSealedTableName(table)) {
          await decodeRow(port, keys, table, r);
          tags.set(rowKey(table, String(r['id'])), sealedRowTag(r['sealed'] as Uint8Array));
        } else if (table === 'meta' && r['key'] === auditHeadKey) {
          head = r['value'] ?? null;
        } else if (table === 'audit') {
          await auditCheck().add(r);
        }
        rowCount += 1;
      }
    }
  } catch (cause) {
    throw cause instanceof AppError && cause.code.startsWith('backup/') ? cause : new AppError('backup/damaged', { cause });
  }

  const chain = await auditCheck().finish();
  const problem = chain.verification.ok ? rowProblem(chain, tags) : chain.verification;
  // A format-2 backup carries the signed head of the log it holds: the log must reach it exactly.
  const anchored = header.format === 1 || (header.auditAnchor !== null && chain.last !== null && header.auditAnchor.seq === chain.last.seq && header.auditAnchor.hash === chain.last.hash);
  if (problem !== null || !anchored) throw new AppError('backup/audit-broken');
  return { header, rowCount, keys, headerDigest: bytesToHex(await port.sha256(stream.headerBytes)) };
}

function rowProblem(chain: Awaited<ReturnType<ReturnType<typeof createAuditChainCheck>['finish']>>, tags: ReadonlyMap<string, string>): AuditProblem | null {
  for (const [key, tag] of tags) {
    const separator = key.indexOf('\u0000');
    const problem = checkRowAgainstLog(chain.expected, chain.complete, key.slice(0, separator), key.slice(separator + 1), tag);
    if (problem !== null) return problem;
  }
  return findMissingRow(chain.expected);
}
