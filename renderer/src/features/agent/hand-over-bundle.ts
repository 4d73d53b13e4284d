import { rewrapWithNewRecoveryCode, rewrapWithPassphrase, unwrapWithPassphraseOrThrow, type KeyFile } from '@shared/crypto/key-file';
import { bytesToHex } from '@shared/encoding/hex';
import { AppError } from '@shared/errors/app-error';
import { noteArchive, sealedDataDigest } from '@renderer/features/retention/archive-export';
import { verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { writeBackup, type BackupInput } from '@renderer/storage/backup-writer';
import { memorySink, teeSink, type SaveTarget } from '@renderer/storage/byte-stream';
import type { WorkspaceRegistry } from '@renderer/storage/registry-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { readStoreKeyFileOrThrow } from '@renderer/vault/workspace-vault';

/**
 * The merchant's own keys to the hand-over bundle: the workspace's data key
 * wrapped by the merchant's passphrase and by a new recovery code. Only the
 * bundle carries them; the agent's workspace keeps its own key file.
 */
export type MerchantKeys = Readonly<{ keyFile: KeyFile; recoveryCode: string }>;

/** What the agent types: the merchant's new passphrase, and the workspace's own (the agent's) to authorise. */
export type HandOverSecrets = Readonly<{ agentPassphrase: string; merchantPassphrase: string }>;

type Attempts = Pick<WorkspaceRegistry, 'get' | 'recordFailedAttempt'>;

/**
 * Authorises the hand-over with the workspace's passphrase and wraps its
 * data key for the merchant. A wrong passphrase counts as a failed unlock
 * (this form is no faster way to guess); the merchant's passphrase must not
 * be the agent's. Nothing is written anywhere.
 */
export async function prepareMerchantKeysOrThrow(store: WorkspaceStore, secrets: HandOverSecrets, attempts: Attempts, now: number): Promise<MerchantKeys> {
  const summary = await attempts.get(store.workspaceId);
  if (summary !== null && summary.retryAfter > now) throw new AppError('vault/too-many-attempts');
  const port = store.cryptoPort;
  const keyFile = await readStoreKeyFileOrThrow(store);
  if (keyFile.rotation !== undefined) throw new AppError('vault/rotation-in-progress');
  let dataKey: Uint8Array<ArrayBuffer>;
  try {
    dataKey = await unwrapWithPassphraseOrThrow(port, keyFile, secrets.agentPassphrase);
  } catch (error) {
    if (error instanceof AppError && error.code === 'vault/wrong-passphrase') await attempts.recordFailedAttempt(store.workspaceId, now);
    throw error;
  }
  try {
    if (secrets.merchantPassphrase.normalize('NFC') === secrets.agentPassphrase.normalize('NFC')) throw new AppError('handover/same-passphrase');
    const forMerchant = await rewrapWithPassphrase(port, keyFile, dataKey, secrets.merchantPassphrase);
    return await rewrapWithNewRecoveryCode(port, forMerchant, dataKey);
  } finally {
    dataKey.fill(0);
  }
}

/** A bundle written, checked and kept where the agent chose. */
export type WrittenBundle<Saved> = Readonly<{
  saved: Saved;
  /** SHA-256 of the bundle file, hex: printed on the sheet and kept in the day list. */
  bundleDigest: string;
  /** The digest of the sealed data the bundle holds, for the clean-up's comparison. */
  dataDigest: string;
}>;

/**
 * Writes the whole workspace as a backup that carries the merchant's key
 * file, into the target, and checks it before finishing: it must open and
 * verify completely with the merchant's passphrase and with the new recovery
 * code. Any failure abandons the target. The bundle is also held in memory
 * for the checks and the digest: made right after signing, it is small.
 */
export async function writeHandOverBundleOrThrow<Saved>(
  store: WorkspaceStore,
  keys: MerchantKeys,
  merchantPassphrase: string,
  input: BackupInput,
  target: SaveTarget<Saved>,
): Promise<WrittenBundle<Saved>> {
  const port = store.cryptoPort;
  try {
    // Taken before the bundle: a change in between makes the clean-up refuse, never the reverse.
    const dataDigest = await sealedDataDigest(store);
    const copy = memorySink();
    await writeBackup(store, input, teeSink(target, copy), { keyFile: keys.keyFile });
    const bytes = copy.bytes();
    await verifyBackupOrThrow(port, bytes, { kind: 'passphrase', value: merchantPassphrase });
    await verifyBackupOrThrow(port, bytes, { kind: 'recovery-code', value: keys.recoveryCode });
    const bundleDigest = bytesToHex(await port.sha256(bytes));
    return { saved: await target.finish(), bundleDigest, dataDigest };
  } catch (error) {
    await target.abort().catch(() => undefined);
    throw error;
  }
}

export type HandOverRecord = Readonly<{ at: number; agentName: string; bundleDigest: string; dataDigest: string }>;

/**
 * After the bundle reached its place: the workspace remembers it as the copy
 * the merchant holds (so 清理本机资料 knows whether anything changed since),
 * its audit log records the hand-over (no passphrase, no recovery code), and
 * the day list marks the merchant handed over.
 */
export async function recordHandOver(store: WorkspaceStore, registry: Pick<WorkspaceRegistry, 'noteHandedOver'>, record: HandOverRecord): Promise<void> {
  await noteArchive(store, { at: record.at, digest: record.dataDigest }, { action: 'handed-over', table: 'meta', recordId: 'handover' });
  await registry.noteHandedOver(store.workspaceId, { at: record.at, bundleDigest: record.bundleDigest, agentName: record.agentName });
}
