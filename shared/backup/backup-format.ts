import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { base64ToBytesOrThrow, bytesToBase64 } from '../encoding/base64';
import { concatBytes, readUint32OrThrow, uint32ToBytes, utf8 } from '../encoding/bytes';
import { keyFileSchema } from '../crypto/key-file';

/**
 * A backup file:
 *   "SMSCABAK" ‖ u32 header length ‖ header (JSON, UTF-8)
 *   then `chunkCount` frames: u32 length ‖ 12-byte IV ‖ AES-256-GCM ciphertext+tag
 * Each frame's associated data is SHA-256(header) ‖ u32 index ‖ final flag, so
 * an altered header, a reordered, dropped or appended frame, or a cut-off end
 * all fail to authenticate.
 */
export const backupMagic = utf8('SMSCABAK');

/** The newest backup layout this app reads and the one it writes. */
export const backupFormat = 1;

/** Plaintext bytes per frame. */
export const backupChunkBytes = 1024 * 1024;

export const backupHeaderSchema = z.object({
  format: z.number().int().positive(),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().positive(),
  createdAt: z.number().int().nonnegative(),
  workspace: z.object({ id: z.string().regex(/^[0-9a-f]{32}$/), label: z.string().min(1).max(40) }),
  keyFile: keyFileSchema,
  backupSalt: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
  chunkCount: z.number().int().positive(),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export type ParsedBackupFile = Readonly<{ header: BackupHeader; headerBytes: Uint8Array; frames: Uint8Array[] }>;

/** Associated data of frame `index`. */
export function backupFrameAad(headerDigest: Uint8Array, index: number, isFinal: boolean): Uint8Array {
  return concatBytes(headerDigest, uint32ToBytes(index), new Uint8Array([isFinal ? 1 : 0]));
}

/** Lays out a backup file from its header and encrypted frames. */
export function encodeBackupFile(headerBytes: Uint8Array, frames: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  return concatBytes(backupMagic, uint32ToBytes(headerBytes.byteLength), headerBytes, ...frames.flatMap((frame) => [uint32ToBytes(frame.byteLength), frame]));
}

/**
 * Splits a backup file into header and frames, refusing what is not ours,
 * what a newer app wrote, and what was cut off, before any decryption.
 */
export function parseBackupFileOrThrow(file: Uint8Array, supportedSchemaVersion: number): ParsedBackupFile {
  if (file.byteLength < backupMagic.byteLength + 4 || !backupMagic.every((byte, i) => file[i] === byte)) {
    throw new AppError('backup/not-a-backup');
  }
  const headerLength = readUint32OrThrow(file, backupMagic.byteLength);
  const headerStart = backupMagic.byteLength + 4;
  if (headerStart + headerLength > file.byteLength) throw new AppError('backup/truncated');
  const headerBytes = file.subarray(headerStart, headerStart + headerLength);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  } catch (cause) {
    throw new AppError('backup/damaged', { cause });
  }
  const format = (raw as { format?: unknown } | null)?.format;
  const schemaVersion = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if ((typeof format === 'number' && format > backupFormat) || (typeof schemaVersion === 'number' && schemaVersion > supportedSchemaVersion)) {
    throw new AppError('backup/newer-version');
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('backup/damaged');
  const frames: Uint8Array[] = [];
  let offset = headerStart + headerLength;
  while (offset < file.byteLength) {
    if (offset + 4 > file.byteLength) throw new AppError('backup/truncated');
    const length = readUint32OrThrow(file, offset);
    if (offset + 4 + length > file.byteLength) throw new AppError('backup/truncated');
    frames.push(file.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  if (frames.length < parsed.data.chunkCount) throw new AppError('backup/truncated');
  if (frames.length > parsed.data.chunkCount) throw new AppError('backup/damaged');
  return { header: parsed.data, headerBytes, frames };
}

/** One line of the backup's content: a row of a table, binary values as base64. */
export function encodeBackupLine(table: string, row: unknown): string {
  return JSON.stringify({ t: table, r: row }, (_key, value: unknown) =>
    value instanceof Uint8Array ? { $bytes: bytesToBase64(value) } : value,
  );
}

/** Reads a line written by `encodeBackupLine`. */
export function decodeBackupLineOrThrow(line: string): { t: string; r: Record<string, unknown> } {
  const parsed: unknown = JSON.parse(line, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && '$bytes' in value && typeof value.$bytes === 'string') {
      return base64ToBytesOrThrow(value.$bytes);
    }
    return value;
  });
  const entry = parsed as { t?: unknown; r?: unknown } | null;
  if (entry === null || typeof entry.t !== 'string' || entry.r === null || typeof entry.r !== 'object') {
    throw new AppError('backup/damaged');
  }
  return { t: entry.t, r: entry.r as Record<string, unknown> };
}
