import { utf8 } from '../encoding/bytes';
import { bytesToBase64 } from '../encoding/base64';
import type { CryptoPort, KeyHandle } from './crypto-port';

/**
 * The keys an unlocked workspace works with, all derived from its data key by
 * HKDF with the workspace id as salt; the raw data key is dropped after this.
 */
export type WorkspaceKeys = Readonly<{
  workspaceId: string;
  /** Which data key of the workspace these come from: 1, then one more after each key rotation. */
  generation: number;
  /** AES-256-GCM for sealed rows and attachments. */
  records: KeyHandle;
  /** HMAC-SHA256 for the phone-number blind index. */
  blindIndex: KeyHandle;
  /** HMAC-SHA256 for the audit chain. */
  audit: KeyHandle;
  /** HKDF base for per-backup keys. */
  base: KeyHandle;
}>;

/** Derives the working keys of a workspace, then zeroes the raw data key it was given. */
export async function deriveWorkspaceKeys(port: CryptoPort, dataKey: Uint8Array, workspaceId: string, generation = 1): Promise<WorkspaceKeys> {
  try {
    const base = await port.importHkdfKey(dataKey);
    const salt = utf8(workspaceId);
    return {
      workspaceId,
      generation,
      records: await port.deriveAeadKey(base, salt, 'sms-ca/records/v1'),
      blindIndex: await port.deriveHmacKey(base, salt, 'sms-ca/blind-index/v1'),
      audit: await port.deriveHmacKey(base, salt, 'sms-ca/audit/v1'),
      base,
    };
  } finally {
    dataKey.fill(0);
  }
}

/** The key of one backup file: fresh for every backup through its random salt. */
export async function deriveBackupKey(port: CryptoPort, keys: WorkspaceKeys, backupSalt: Uint8Array): Promise<KeyHandle> {
  return port.deriveAeadKey(keys.base, backupSalt, 'sms-ca/backup/v1');
}

/** Key of a backup from the raw data key, for a restore where no workspace is open. */
export async function deriveBackupKeyFromDataKey(port: CryptoPort, dataKey: Uint8Array, backupSalt: Uint8Array): Promise<KeyHandle> {
  return port.deriveAeadKey(await port.importHkdfKey(dataKey), backupSalt, 'sms-ca/backup/v1');
}

/**
 * Keyed blind index of a normalised phone number: the first 96 bits of its
 * HMAC, base64 (16 characters). Equal numbers give equal indexes within one
 * workspace only; 96 bits make an accidental match between two numbers of one
 * workspace practically impossible while keeping every index entry short.
 */
export async function computeBlindIndex(port: CryptoPort, keys: WorkspaceKeys, kind: 'phone', value: string): Promise<string> {
  const mac = await port.hmacSha256(keys.blindIndex, utf8(`${kind}\0${value}`));
  return bytesToBase64(mac.subarray(0, 12));
}
