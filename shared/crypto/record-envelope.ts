import { AppError } from '../errors/app-error';
import { bytesToBase64 } from '../encoding/base64';
import { concatBytes, readUint32OrThrow, uint32ToBytes, utf8 } from '../encoding/bytes';
import { aeadIvBytes, type CryptoPort, type KeyHandle } from './crypto-port';

/** Format byte at the start of every sealed row. */
export const recordEnvelopeVersion = 1;

/**
 * What a sealed row is bound to: copying it anywhere else makes it
 * unreadable. The row's clear-text index values (dates, statuses, blind
 * indexes) are bound too, so changing a due date on disk breaks the row.
 */
export type RecordContext = Readonly<{
  workspaceId: string;
  table: string;
  rowId: string;
  schemaVersion: number;
  index?: Readonly<Record<string, string | number>>;
}>;

/** The opened contents of a row: its JSON fields and an optional binary body (attachments). */
export type OpenedRecord = Readonly<{ fields: unknown; body: Uint8Array }>;

/** Associated data of a row: workspace, table, row id, schema version and index values, NUL-separated. */
export function buildRecordAad(context: RecordContext): Uint8Array<ArrayBuffer> {
  const index = Object.entries(context.index ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return utf8(['sms-ca/record/v1', context.workspaceId, context.table, context.rowId, String(context.schemaVersion), JSON.stringify(index)].join('\0'));
}

/**
 * Seals a row's sensitive fields (and optional bytes) into one AES-256-GCM
 * payload: version byte ‖ 12-byte IV ‖ ciphertext+tag.
 */
export async function sealRecord(
  port: CryptoPort,
  key: KeyHandle,
  context: RecordContext,
  fields: unknown,
  body: Uint8Array = new Uint8Array(0),
): Promise<Uint8Array<ArrayBuffer>> {
  const json = utf8(JSON.stringify(fields));
  const plaintext = concatBytes(uint32ToBytes(json.byteLength), json, body);
  const iv = port.randomBytes(aeadIvBytes);
  const ciphertext = await port.aeadEncrypt(key, iv, plaintext, buildRecordAad(context));
  return concatBytes(new Uint8Array([recordEnvelopeVersion]), iv, ciphertext);
}

/**
 * The tag of a sealed row, base64: its AES-GCM tag, which authenticates the
 * row's contents and context under the records key and differs for every
 * sealing (a fresh IV each time). The audit log names rows by it.
 */
export function sealedRowTag(sealed: Uint8Array): string {
  return bytesToBase64(sealed.subarray(Math.max(0, sealed.byteLength - 16)));
}

/** Opens a sealed row; any tampering, wrong key or wrong context throws `vault/record-unreadable`. */
export async function openRecordOrThrow(
  port: CryptoPort,
  key: KeyHandle,
  context: RecordContext,
  sealed: Uint8Array,
): Promise<OpenedRecord> {
  if (sealed.byteLength < 1 + aeadIvBytes + 16 || sealed[0] !== recordEnvelopeVersion) {
    throw new AppError('vault/record-unreadable');
  }
  let plaintext: Uint8Array;
  try {
    plaintext = await port.aeadDecrypt(key, sealed.subarray(1, 1 + aeadIvBytes), sealed.subarray(1 + aeadIvBytes), buildRecordAad(context));
  } catch (cause) {
    throw new AppError('vault/record-unreadable', { cause });
  }
  try {
    const jsonLength = readUint32OrThrow(plaintext, 0);
    const fields: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext.subarray(4, 4 + jsonLength)));
    return { fields, body: plaintext.subarray(4 + jsonLength) };
  } catch (cause) {
    throw new AppError('vault/record-unreadable', { cause });
  }
}
