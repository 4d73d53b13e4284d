import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { base64ToBytesOrThrow, bytesToBase64 } from '../encoding/base64';
import { concatBytes, equalBytes, utf8 } from '../encoding/bytes';
import { aeadIvBytes, keyBytes, type Argon2Params, type CryptoPort, type KeyHandle } from './crypto-port';
import { formatRecoveryCode, parseRecoveryCode, recoveryCodeBytes } from './recovery-code';

/** Version of the key file layout; a newer one is refused, never guessed at. */
export const keyFileFormat = 1;

/** The cost chosen for every new key: 64 MiB, 3 passes, 1 lane (~0.3 s on a 2-core machine). */
export const defaultArgon2Params: Argon2Params = { memoryKiB: 65_536, iterations: 3, parallelism: 1 };

const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/**
 * Everything needed to unlock a workspace, stored beside its data and in its
 * backups: the data key wrapped by the passphrase (Argon2id) and by the
 * recovery code, plus a check value that only the right data key opens.
 */
/**
 * The most an Argon2id parameter set read from a key file or a backup may ask
 * for. A key file travels in every backup, so its parameters are input from
 * outside: unbounded, a crafted file could ask the unlock screen for 4 GiB
 * and minutes of work. These allow 4x today's cost (room to raise the
 * defaults), and no more.
 */
export const argon2Limits = {
  memoryKiB: { min: 8_192, max: 262_144 },
  iterations: { min: 1, max: 12 },
  parallelism: { min: 1, max: 4 },
  /** memoryKiB x iterations: the work one guess (and one unlock) costs. */
  cost: 4 * defaultArgon2Params.memoryKiB * defaultArgon2Params.iterations,
} as const;

/** True when a parameter set stays within `argon2Limits`, cost included. */
export function isWithinArgon2Limits(params: Argon2Params): boolean {
  const { memoryKiB, iterations, parallelism } = argon2Limits;
  const within = (value: number, range: Readonly<{ min: number; max: number }>) => Number.isInteger(value) && value >= range.min && value <= range.max;
  return (
    within(params.memoryKiB, memoryKiB) &&
    within(params.iterations, iterations) &&
    within(params.parallelism, parallelism) &&
    params.memoryKiB * params.iterations <= argon2Limits.cost
  );
}

export const keyFileSchema = z.object({
  format: z.number().int().positive(),
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  kdf: z
    .object({
      algorithm: z.literal('argon2id'),
      memoryKiB: z.number().int().min(argon2Limits.memoryKiB.min).max(argon2Limits.memoryKiB.max),
      iterations: z.number().int().min(argon2Limits.iterations.min).max(argon2Limits.iterations.max),
      parallelism: z.number().int().min(argon2Limits.parallelism.min).max(argon2Limits.parallelism.max),
      salt: base64Schema,
    })
    .refine(isWithinArgon2Limits, { message: 'argon2-too-costly' }),
  passphraseWrap: base64Schema,
  recoveryWrap: z.object({ salt: base64Schema, wrapped: base64Schema }),
  checkValue: base64Schema,
});

export type KeyFile = z.infer<typeof keyFileSchema>;

const checkPlaintext = utf8('sms-ca/check/v1');

/** Parses a stored key file; a newer format or a malformed one is a typed error. */
export function parseKeyFileOrThrow(raw: unknown): KeyFile {
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const format = (raw as { format?: unknown } | null)?.format;
    if (typeof format === 'number' && format > keyFileFormat) throw new AppError('vault/key-file-newer');
    throw new AppError('vault/key-file-invalid');
  }
  if (parsed.data.format > keyFileFormat) throw new AppError('vault/key-file-newer');
  return parsed.data;
}

function wrapAad(workspaceId: string, purpose: 'passphrase' | 'recovery'): Uint8Array {
  return utf8(`sms-ca/key-wrap/v1\0${purpose}\0${workspaceId}`);
}

async function seal(port: CryptoPort, key: KeyHandle, plaintext: Uint8Array, aad: Uint8Array): Promise<string> {
  const iv = port.randomBytes(aeadIvBytes);
  return bytesToBase64(concatBytes(iv, await port.aeadEncrypt(key, iv, plaintext, aad)));
}

async function openOrNull(port: CryptoPort, key: KeyHandle, sealed: string, aad: Uint8Array): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const bytes = base64ToBytesOrThrow(sealed);
    return await port.aeadDecrypt(key, bytes.subarray(0, aeadIvBytes), bytes.subarray(aeadIvBytes), aad);
  } catch {
    return null;
  }
}

async function passphraseKey(port: CryptoPort, passphrase: string, salt: Uint8Array, params: Argon2Params): Promise<KeyHandle> {
  const derived = await port.argon2id(passphrase.normalize('NFC'), salt, params);
  try {
    return await port.importAeadKey(derived);
  } finally {
    derived.fill(0);
  }
}

async function recoveryKey(port: CryptoPort, code: Uint8Array, salt: Uint8Array): Promise<KeyHandle> {
  return port.deriveAeadKey(await port.importHkdfKey(code), salt, 'sms-ca/recovery-kek/v1');
}

async function checkKey(port: CryptoPort, dataKey: Uint8Array, workspaceId: string): Promise<KeyHandle> {
  return port.deriveAeadKey(await port.importHkdfKey(dataKey), utf8(workspaceId), 'sms-ca/check/v1');
}

export type NewKeyFile = Readonly<{ keyFile: KeyFile; recoveryCode: string; dataKey: Uint8Array<ArrayBuffer> }>;

/** Creates a workspace's keys: a random data key, wrapped twice, and a recovery code shown once. */
export async function createKeyFile(
  port: CryptoPort,
  workspaceId: string,
  passphrase: string,
  params: Argon2Params = defaultArgon2Params,
): Promise<NewKeyFile> {
  if (!isWithinArgon2Limits(params)) throw new AppError('vault/key-file-invalid');
  const dataKey = port.randomBytes(keyBytes);
  const codeBytes = port.randomBytes(recoveryCodeBytes);
  const salt = port.randomBytes(16);
  const recoverySalt = port.randomBytes(16);
  const keyFile: KeyFile = {
    format: keyFileFormat,
    workspaceId,
    kdf: { algorithm: 'argon2id', ...params, salt: bytesToBase64(salt) },
    passphraseWrap: await seal(port, await passphraseKey(port, passphrase, salt, params), dataKey, wrapAad(workspaceId, 'passphrase')),
    recoveryWrap: {
      salt: bytesToBase64(recoverySalt),
      wrapped: await seal(port, await recoveryKey(port, codeBytes, recoverySalt), dataKey, wrapAad(workspaceId, 'recovery')),
    },
    checkValue: await seal(port, await checkKey(port, dataKey, workspaceId), checkPlaintext, utf8(workspaceId)),
  };
  return { keyFile, recoveryCode: formatRecoveryCode(codeBytes), dataKey };
}

/** True only when this data key opens the key file's check value. */
export async function isDataKeyOf(port: CryptoPort, keyFile: KeyFile, dataKey: Uint8Array): Promise<boolean> {
  if (dataKey.byteLength !== keyBytes) return false;
  const opened = await openOrNull(port, await checkKey(port, dataKey, keyFile.workspaceId), keyFile.checkValue, utf8(keyFile.workspaceId));
  return opened !== null && equalBytes(opened, checkPlaintext);
}

/** Unwraps the data key with the passphrase; a wrong one is `vault/wrong-passphrase`. */
export async function unwrapWithPassphraseOrThrow(port: CryptoPort, keyFile: KeyFile, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  // A key file that was built in memory rather than parsed is held to the same limits.
  if (!isWithinArgon2Limits(keyFile.kdf)) throw new AppError('vault/key-file-invalid');
  const salt = base64ToBytesOrThrow(keyFile.kdf.salt);
  const key = await passphraseKey(port, passphrase, salt, keyFile.kdf);
  const dataKey = await openOrNull(port, key, keyFile.passphraseWrap, wrapAad(keyFile.workspaceId, 'passphrase'));
  if (dataKey === null || !(await isDataKeyOf(port, keyFile, dataKey))) throw new AppError('vault/wrong-passphrase');
  return dataKey;
}

/** Unwraps the data key with the recovery code; a wrong one is `vault/wrong-recovery-code`. */
export async function unwrapWithRecoveryCodeOrThrow(port: CryptoPort, keyFile: KeyFile, code: string): Promise<Uint8Array<ArrayBuffer>> {
  const codeBytes = parseRecoveryCode(code);
  if (codeBytes === null) throw new AppError('vault/wrong-recovery-code');
  const key = await recoveryKey(port, codeBytes, base64ToBytesOrThrow(keyFile.recoveryWrap.salt));
  const dataKey = await openOrNull(port, key, keyFile.recoveryWrap.wrapped, wrapAad(keyFile.workspaceId, 'recovery'));
  if (dataKey === null || !(await isDataKeyOf(port, keyFile, dataKey))) throw new AppError('vault/wrong-recovery-code');
  return dataKey;
}

/** A new passphrase re-wraps only the data key: new salt, same data, same recovery code. */
export async function rewrapWithPassphrase(
  port: CryptoPort,
  keyFile: KeyFile,
  dataKey: Uint8Array,
  newPassphrase: string,
  params: Argon2Params = defaultArgon2Params,
): Promise<KeyFile> {
  if (!(await isDataKeyOf(port, keyFile, dataKey))) throw new AppError('vault/wrong-passphrase');
  const salt = port.randomBytes(16);
  const key = await passphraseKey(port, newPassphrase, salt, params);
  return {
    ...keyFile,
    kdf: { algorithm: 'argon2id', ...params, salt: bytesToBase64(salt) },
    passphraseWrap: await seal(port, key, dataKey, wrapAad(keyFile.workspaceId, 'passphrase')),
  };
}
