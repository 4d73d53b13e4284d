import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { base64ToBytesOrThrow, bytesToBase64 } from '../encoding/base64';
import { concatBytes, equalBytes, utf8 } from '../encoding/bytes';
import { aeadIvBytes, keyBytes, type Argon2Params, type CryptoPort, type KeyHandle } from './crypto-port';
import { formatRecoveryCode, parseRecoveryCode, recoveryCodeBytes } from './recovery-code';

/**
 * Newest key file layout this app reads. Format 2 adds the key generation
 * and a rotation in progress; a key file without either is still written as
 * format 1, so that it reads as it always did.
 */
export const keyFileFormat = 2;

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

const kdfSchema = z
  .object({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int().min(argon2Limits.memoryKiB.min).max(argon2Limits.memoryKiB.max),
    iterations: z.number().int().min(argon2Limits.iterations.min).max(argon2Limits.iterations.max),
    parallelism: z.number().int().min(argon2Limits.parallelism.min).max(argon2Limits.parallelism.max),
    salt: base64Schema,
  })
  .refine(isWithinArgon2Limits, { message: 'argon2-too-costly' });

/** One data key's wraps: by the passphrase, by the recovery code, and the value only it opens. */
const wrapsShape = {
  kdf: kdfSchema,
  passphraseWrap: base64Schema,
  recoveryWrap: z.object({ salt: base64Schema, wrapped: base64Schema }),
  checkValue: base64Schema,
};

/**
 * A key rotation under way: the next data key with its own wraps (the new
 * recovery code's among them), and each of the two keys wrapped by the other,
 * so that whatever opens either key opens both until every row is sealed again.
 */
const rotationSchema = z.object({
  generation: z.number().int().min(2),
  ...wrapsShape,
  nextWrappedByPrevious: base64Schema,
  previousWrappedByNext: base64Schema,
});

export const keyFileSchema = z.object({
  format: z.number().int().positive(),
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  /** Which data key this is: 1, then one more after each rotation (absent in format 1). */
  generation: z.number().int().positive().optional(),
  ...wrapsShape,
  rotation: rotationSchema.optional(),
});

export type KeyFile = z.infer<typeof keyFileSchema>;
type Wraps = Pick<KeyFile, 'kdf' | 'passphraseWrap' | 'recoveryWrap' | 'checkValue'>;

/** The generation of a key file's data key. */
export function generationOfKeyFile(keyFile: KeyFile): number {
  return keyFile.generation ?? 1;
}

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
  if (parsed.data.rotation !== undefined && parsed.data.rotation.generation !== generationOfKeyFile(parsed.data) + 1) throw new AppError('vault/key-file-invalid');
  return parsed.data;
}

// Generation 1 keeps the first release's associated data; later ones name their generation.
function wrapAad(workspaceId: string, purpose: 'passphrase' | 'recovery', generation = 1): Uint8Array {
  return utf8(`sms-ca/key-wrap/v1\0${purpose}\0${workspaceId}${generation === 1 ? '' : `\0g${generation}`}`);
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

// The wraps of one data key: by a passphrase (Argon2id, new salt), by a recovery code, and its check value.
async function wrapDataKey(
  port: CryptoPort,
  workspaceId: string,
  generation: number,
  dataKey: Uint8Array,
  passphrase: string,
  codeBytes: Uint8Array,
  params: Argon2Params,
): Promise<Wraps> {
  const salt = port.randomBytes(16);
  return {
    kdf: { algorithm: 'argon2id', ...params, salt: bytesToBase64(salt) },
    passphraseWrap: await seal(port, await passphraseKey(port, passphrase, salt, params), dataKey, wrapAad(workspaceId, 'passphrase', generation)),
    recoveryWrap: await recoveryWrapOf(port, workspaceId, generation, dataKey, codeBytes),
    checkValue: await seal(port, await checkKey(port, dataKey, workspaceId), checkPlaintext, utf8(workspaceId)),
  };
}

async function recoveryWrapOf(port: CryptoPort, workspaceId: string, generation: number, dataKey: Uint8Array, codeBytes: Uint8Array): Promise<KeyFile['recoveryWrap']> {
  const salt = port.randomBytes(16);
  return { salt: bytesToBase64(salt), wrapped: await seal(port, await recoveryKey(port, codeBytes, salt), dataKey, wrapAad(workspaceId, 'recovery', generation)) };
}

/** The layout a key file is written in: format 1 while it has nothing of format 2. */
function withFormat(keyFile: Omit<KeyFile, 'format'> & { format?: number }): KeyFile {
  const { generation, rotation, format: _format, ...rest } = keyFile;
  if ((generation ?? 1) === 1 && rotation === undefined) return { format: 1, ...rest };
  return { format: keyFileFormat, ...rest, generation: generation ?? 1, ...(rotation === undefined ? {} : { rotation }) };
}

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
  const keyFile = withFormat({ workspaceId, ...(await wrapDataKey(port, workspaceId, 1, dataKey, passphrase, codeBytes, params)) });
  return { keyFile, recoveryCode: formatRecoveryCode(codeBytes), dataKey };
}

/** True only when this data key opens the key file's check value. */
export async function isDataKeyOf(port: CryptoPort, keyFile: Pick<KeyFile, 'workspaceId' | 'checkValue'>, dataKey: Uint8Array): Promise<boolean> {
  if (dataKey.byteLength !== keyBytes) return false;
  const opened = await openOrNull(port, await checkKey(port, dataKey, keyFile.workspaceId), keyFile.checkValue, utf8(keyFile.workspaceId));
  return opened !== null && equalBytes(opened, checkPlaintext);
}

async function openWithPassphrase(port: CryptoPort, workspaceId: string, generation: number, wraps: Wraps, passphrase: string): Promise<Uint8Array<ArrayBuffer> | null> {
  // A key file that was built in memory rather than parsed is held to the same limits.
  if (!isWithinArgon2Limits(wraps.kdf)) throw new AppError('vault/key-file-invalid');
  const key = await passphraseKey(port, passphrase, base64ToBytesOrThrow(wraps.kdf.salt), wraps.kdf);
  const dataKey = await openOrNull(port, key, wraps.passphraseWrap, wrapAad(workspaceId, 'passphrase', generation));
  return dataKey !== null && (await isDataKeyOf(port, { workspaceId, checkValue: wraps.checkValue }, dataKey)) ? dataKey : null;
}

async function openWithRecoveryCode(port: CryptoPort, workspaceId: string, generation: number, wraps: Wraps, codeBytes: Uint8Array): Promise<Uint8Array<ArrayBuffer> | null> {
  const key = await recoveryKey(port, codeBytes, base64ToBytesOrThrow(wraps.recoveryWrap.salt));
  const dataKey = await openOrNull(port, key, wraps.recoveryWrap.wrapped, wrapAad(workspaceId, 'recovery', generation));
  return dataKey !== null && (await isDataKeyOf(port, { workspaceId, checkValue: wraps.checkValue }, dataKey)) ? dataKey : null;
}

/** Unwraps the data key with the passphrase; a wrong one is `vault/wrong-passphrase`. */
export async function unwrapWithPassphraseOrThrow(port: CryptoPort, keyFile: KeyFile, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const dataKey = await openWithPassphrase(port, keyFile.workspaceId, generationOfKeyFile(keyFile), keyFile, passphrase);
  if (dataKey === null) throw new AppError('vault/wrong-passphrase');
  return dataKey;
}

/** Unwraps the data key with the recovery code; a wrong one is `vault/wrong-recovery-code`. */
export async function unwrapWithRecoveryCodeOrThrow(port: CryptoPort, keyFile: KeyFile, code: string): Promise<Uint8Array<ArrayBuffer>> {
  const codeBytes = parseRecoveryCode(code);
  const dataKey = codeBytes === null ? null : await openWithRecoveryCode(port, keyFile.workspaceId, generationOfKeyFile(keyFile), keyFile, codeBytes);
  if (dataKey === null) throw new AppError('vault/wrong-recovery-code');
  return dataKey;
}

/** What proves a person may open a workspace: its passphrase, its recovery code, or the data key the OS keychain kept. */
export type KeySecret =
  | Readonly<{ kind: 'passphrase' | 'recovery-code'; value: string }>
  | Readonly<{ kind: 'data-key'; value: Uint8Array }>;

/** A raw data key and its generation. */
export type GenerationKey = Readonly<{ generation: number; dataKey: Uint8Array<ArrayBuffer> }>;

/** The data key(s) a secret opens: the current one, and during a rotation the next one too. */
export type UnwrappedKeys = Readonly<{ current: GenerationKey; next: GenerationKey | null }>;

function rotationWrapAad(workspaceId: string, which: 'next' | 'previous', generation: number): Uint8Array {
  return utf8(`sms-ca/key-rotation/v1\0${which}\0${workspaceId}\0g${generation}`);
}

async function rotationWrapKey(port: CryptoPort, dataKey: Uint8Array, workspaceId: string): Promise<KeyHandle> {
  return port.deriveAeadKey(await port.importHkdfKey(dataKey), utf8(workspaceId), 'sms-ca/key-rotation-wrap/v1');
}

/**
 * Opens a key file with a secret. During a rotation, a secret of either key
 * (the old passphrase wrap or the new, the old recovery code or the new one,
 * the old key from the keychain) opens both: each is wrapped by the other.
 * A wrong secret is `vault/wrong-passphrase`, `vault/wrong-recovery-code` or
 * `vault/keychain-failed`.
 */
export async function unwrapKeyFileOrThrow(port: CryptoPort, keyFile: KeyFile, secret: KeySecret): Promise<UnwrappedKeys> {
  const { workspaceId, rotation } = keyFile;
  const generation = generationOfKeyFile(keyFile);
  const codeBytes = secret.kind === 'recovery-code' ? parseRecoveryCode(secret.value) : null;
  const open = async (wraps: Wraps, wrapsGeneration: number): Promise<Uint8Array<ArrayBuffer> | null> => {
    if (secret.kind === 'passphrase') return openWithPassphrase(port, workspaceId, wrapsGeneration, wraps, secret.value);
    if (secret.kind === 'recovery-code') return codeBytes === null ? null : openWithRecoveryCode(port, workspaceId, wrapsGeneration, wraps, codeBytes);
    const dataKey = secret.value;
    return typeof dataKey !== 'string' && (await isDataKeyOf(port, { workspaceId, checkValue: wraps.checkValue }, dataKey)) ? dataKey.slice() : null;
  };
  const current = await open(keyFile, generation);
  if (current !== null) {
    if (rotation === undefined) return { current: { generation, dataKey: current }, next: null };
    const next = await openOrNull(port, await rotationWrapKey(port, current, workspaceId), rotation.nextWrappedByPrevious, rotationWrapAad(workspaceId, 'next', rotation.generation));
    if (next === null || !(await isDataKeyOf(port, { workspaceId, checkValue: rotation.checkValue }, next))) throw new AppError('vault/key-file-invalid');
    return { current: { generation, dataKey: current }, next: { generation: rotation.generation, dataKey: next } };
  }
  const next = rotation === undefined ? null : await open(rotation, rotation.generation);
  if (next !== null && rotation !== undefined) {
    const previous = await openOrNull(port, await rotationWrapKey(port, next, workspaceId), rotation.previousWrappedByNext, rotationWrapAad(workspaceId, 'previous', generation));
    if (previous === null || !(await isDataKeyOf(port, keyFile, previous))) throw new AppError('vault/key-file-invalid');
    return { current: { generation, dataKey: previous }, next: { generation: rotation.generation, dataKey: next } };
  }
  throw new AppError(secret.kind === 'passphrase' ? 'vault/wrong-passphrase' : secret.kind === 'recovery-code' ? 'vault/wrong-recovery-code' : 'vault/keychain-failed');
}

/** A new passphrase re-wraps only the data key: new salt, same data, same recovery code. */
export async function rewrapWithPassphrase(
  port: CryptoPort,
  keyFile: KeyFile,
  dataKey: Uint8Array,
  newPassphrase: string,
  params: Argon2Params = defaultArgon2Params,
): Promise<KeyFile> {
  if (keyFile.rotation !== undefined) throw new AppError('vault/rotation-in-progress');
  if (!(await isDataKeyOf(port, keyFile, dataKey))) throw new AppError('vault/wrong-passphrase');
  const salt = port.randomBytes(16);
  const key = await passphraseKey(port, newPassphrase, salt, params);
  return {
    ...keyFile,
    kdf: { algorithm: 'argon2id', ...params, salt: bytesToBase64(salt) },
    passphraseWrap: await seal(port, key, dataKey, wrapAad(keyFile.workspaceId, 'passphrase', generationOfKeyFile(keyFile))),
  };
}

/** A new recovery code: the data key wrapped again under it; the old code stops working once this key file is written. */
export async function rewrapWithNewRecoveryCode(port: CryptoPort, keyFile: KeyFile, dataKey: Uint8Array): Promise<Readonly<{ keyFile: KeyFile; recoveryCode: string }>> {
  if (keyFile.rotation !== undefined) throw new AppError('vault/rotation-in-progress');
  if (!(await isDataKeyOf(port, keyFile, dataKey))) throw new AppError('vault/wrong-passphrase');
  const codeBytes = port.randomBytes(recoveryCodeBytes);
  const recoveryWrap = await recoveryWrapOf(port, keyFile.workspaceId, generationOfKeyFile(keyFile), dataKey, codeBytes);
  return { keyFile: { ...keyFile, recoveryWrap }, recoveryCode: formatRecoveryCode(codeBytes) };
}

/** The key file of a rotation begun, the new recovery code (shown once) and the new data key. */
export type PendingRotation = Readonly<{ keyFile: KeyFile; recoveryCode: string; next: GenerationKey }>;

/**
 * Begins a key rotation: a new random data key, wrapped by the passphrase and
 * by a new recovery code, beside the current one; each key wrapped by the
 * other. The current wraps stay until `finishRotationKeyFile`.
 */
export async function beginRotationKeyFile(
  port: CryptoPort,
  keyFile: KeyFile,
  currentDataKey: Uint8Array,
  passphrase: string,
  params: Argon2Params = defaultArgon2Params,
): Promise<PendingRotation> {
  if (keyFile.rotation !== undefined) throw new AppError('vault/rotation-in-progress');
  if (!(await isDataKeyOf(port, keyFile, currentDataKey))) throw new AppError('vault/wrong-passphrase');
  const { workspaceId } = keyFile;
  const generation = generationOfKeyFile(keyFile) + 1;
  const nextDataKey = port.randomBytes(keyBytes);
  const codeBytes = port.randomBytes(recoveryCodeBytes);
  const rotation = {
    generation,
    ...(await wrapDataKey(port, workspaceId, generation, nextDataKey, passphrase, codeBytes, params)),
    nextWrappedByPrevious: await seal(port, await rotationWrapKey(port, currentDataKey, workspaceId), nextDataKey, rotationWrapAad(workspaceId, 'next', generation)),
    previousWrappedByNext: await seal(port, await rotationWrapKey(port, nextDataKey, workspaceId), currentDataKey, rotationWrapAad(workspaceId, 'previous', generation - 1)),
  };
  return {
    keyFile: withFormat({ ...keyFile, generation: generation - 1, rotation }),
    recoveryCode: formatRecoveryCode(codeBytes),
    next: { generation, dataKey: nextDataKey },
  };
}

/** Ends a rotation: the next key's wraps become the key file; the old key is no longer in it. */
export function finishRotationKeyFile(keyFile: KeyFile): KeyFile {
  const rotation = keyFile.rotation;
  if (rotation === undefined) return keyFile;
  return withFormat({
    workspaceId: keyFile.workspaceId,
    generation: rotation.generation,
    kdf: rotation.kdf,
    passphraseWrap: rotation.passphraseWrap,
    recoveryWrap: rotation.recoveryWrap,
    checkValue: rotation.checkValue,
  });
}

/**
 * How a backup's key file stands to the one a workspace has now: the same;
 * the same data key under other wraps (the passphrase changed, or a new
 * recovery code, since the backup); or another data key (rotated since, or
 * not the same workspace's history). A restore warns of the last two: the
 * passphrase and recovery code that open the workspace change with it.
 */
export function compareKeyFiles(existing: KeyFile, backup: KeyFile): 'same' | 'wraps-differ' | 'key-differs' {
  if (generationOfKeyFile(existing) !== generationOfKeyFile(backup) || existing.checkValue !== backup.checkValue) return 'key-differs';
  const wrapsOf = (keyFile: KeyFile) => JSON.stringify([keyFile.kdf, keyFile.passphraseWrap, keyFile.recoveryWrap, keyFile.rotation ?? null]);
  return wrapsOf(existing) === wrapsOf(backup) ? 'same' : 'wraps-differ';
}
