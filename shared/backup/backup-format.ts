import { z } from 'zod';
import { auditAnchorSchema } from '../audit/audit-chain';
import { AppError } from '../errors/app-error';
import { base64ToBytesOrThrow, bytesToBase64 } from '../encoding/base64';
import { concatBytes, readUint32OrThrow, uint32ToBytes, utf8 } from '../encoding/bytes';
import { aeadIvBytes, type CryptoPort, type KeyHandle } from '../crypto/crypto-port';
import { keyFileSchema } from '../crypto/key-file';
import { ByteQueue } from './byte-queue';

/**
 * A backup file:
 *   "SMSCABAK" ‖ u32 header length ‖ header (JSON, UTF-8)
 *   then frames: u32 length ‖ 12-byte IV ‖ AES-256-GCM ciphertext+tag
 * Each frame's associated data is SHA-256(header) ‖ u32 index ‖ final flag, so
 * an altered header, a reordered, dropped or appended frame, or a cut-off end
 * all fail to authenticate. Format 1 counted its frames in the header and held
 * the rows as lines of JSON (bytes in base64); format 2 is written as it is
 * read, frame by frame, with no limit on its size, and holds bytes as bytes.
 */
export const backupMagic = utf8('SMSCABAK');

/** The newest backup layout this app reads and the one it writes. */
export const backupFormat = 2;

/** Plaintext bytes per frame. */
export const backupChunkBytes = 1024 * 1024;

/** The largest header a reader accepts (a key file and a few names). */
const maxHeaderBytes = 64 * 1024;

/** The largest frame a reader accepts: a full chunk, its IV and tag, and room to spare. */
const maxFrameBytes = backupChunkBytes + 4096;

const headerShape = {
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().positive(),
  createdAt: z.number().int().nonnegative(),
  workspace: z.object({ id: z.string().regex(/^[0-9a-f]{32}$/), label: z.string().min(1).max(40) }),
  keyFile: keyFileSchema,
  backupSalt: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
};

export const backupHeaderV1Schema = z.object({ format: z.literal(1), ...headerShape, chunkCount: z.number().int().positive() });

/** Format 2: no frame count (it is written as it goes), and the signed head of the audit log it holds. */
export const backupHeaderV2Schema = z.object({ format: z.literal(2), ...headerShape, auditAnchor: auditAnchorSchema.nullable() });

export type BackupHeaderV1 = z.infer<typeof backupHeaderV1Schema>;
export type BackupHeaderV2 = z.infer<typeof backupHeaderV2Schema>;
export type BackupHeader = BackupHeaderV1 | BackupHeaderV2;

/** A frame of the file, in order, and whether it is the file's last. */
export type BackupFrame = Readonly<{ index: number; bytes: Uint8Array; isFinal: boolean }>;

/** Associated data of frame `index`. */
export function backupFrameAad(headerDigest: Uint8Array, index: number, isFinal: boolean): Uint8Array {
  return concatBytes(headerDigest, uint32ToBytes(index), new Uint8Array([isFinal ? 1 : 0]));
}

/** The start of a file: magic, header length, header. */
export function encodeBackupPreamble(headerBytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(backupMagic, uint32ToBytes(headerBytes.byteLength), headerBytes);
}

/** One frame as it goes into the file: its length, then its IV and ciphertext. */
export function encodeBackupFrame(frame: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(uint32ToBytes(frame.byteLength), frame);
}

/** Lays out a whole format-1 file from its header and encrypted frames (tests of the old format). */
export function encodeBackupFile(headerBytes: Uint8Array, frames: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  return concatBytes(encodeBackupPreamble(headerBytes), ...frames.map(encodeBackupFrame));
}

/** Reads a header, refusing what a newer app wrote before anything else. */
export function parseBackupHeaderOrThrow(headerBytes: Uint8Array, supportedSchemaVersion: number): BackupHeader {
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
  const parsed = format === 1 ? backupHeaderV1Schema.safeParse(raw) : backupHeaderV2Schema.safeParse(raw);
  if (!parsed.success) throw new AppError('backup/damaged');
  return parsed.data;
}

/**
 * Splits a file into header and frames as its bytes arrive, holding back
 * only the newest frame (whether it is the last is known at the end), so a
 * file of any size passes through a few MiB of memory.
 */
export function createBackupFileReader(supportedSchemaVersion: number) {
  const queue = new ByteQueue();
  let header: Readonly<{ header: BackupHeader; bytes: Uint8Array }> | null = null;
  let headerLength: number | null = null;
  let frameLength: number | null = null;
  let started = false;
  let held: Uint8Array | null = null;
  let index = 0;

  const readPreamble = () => {
    if (!started) {
      const magic = queue.read(backupMagic.byteLength + 4);
      if (magic === null) return;
      if (!backupMagic.every((byte, i) => magic[i] === byte)) throw new AppError('backup/not-a-backup');
      headerLength = readUint32OrThrow(magic, backupMagic.byteLength);
      if (headerLength > maxHeaderBytes) throw new AppError('backup/damaged');
      started = true;
    }
    const bytes = queue.read(headerLength!);
    if (bytes === null) return;
    header = { header: parseBackupHeaderOrThrow(bytes, supportedSchemaVersion), bytes: bytes.slice() };
  };

  return {
    /** Feeds the next bytes; returns the frames now known not to be the last. */
    push(chunk: Uint8Array): BackupFrame[] {
      queue.push(chunk);
      if (header === null) readPreamble();
      if (header === null) return [];
      const frames: BackupFrame[] = [];
      for (;;) {
        if (frameLength === null) {
          const length = queue.read(4);
          if (length === null) break;
          frameLength = readUint32OrThrow(length, 0);
          if (frameLength < aeadIvBytes + 16 || frameLength > maxFrameBytes) throw new AppError('backup/damaged');
        }
        const bytes = queue.read(frameLength);
        if (bytes === null) break;
        frameLength = null;
        if (held !== null) frames.push({ index: index++, bytes: held, isFinal: false });
        held = bytes;
      }
      return frames;
    },

    /** The header, once its bytes have arrived. */
    get header(): Readonly<{ header: BackupHeader; bytes: Uint8Array }> | null {
      return header;
    },

    /** The end of the file: the frame held back is its last. A file that stops inside a frame is truncated. */
    end(): BackupFrame {
      if (header === null) {
        if (!started && queue.available < backupMagic.byteLength + 4) throw new AppError('backup/not-a-backup');
        throw new AppError('backup/truncated');
      }
      if (queue.available > 0 || frameLength !== null || held === null) throw new AppError('backup/truncated');
      const last = { index: index++, bytes: held, isFinal: true };
      held = null;
      return last;
    },
  };
}

/**
 * Decrypts one frame. A last frame that opens only as a middle one means the
 * file was cut at a frame boundary: truncated, not damaged.
 */
export async function openBackupFrameOrThrow(port: CryptoPort, key: KeyHandle, headerDigest: Uint8Array, frame: BackupFrame): Promise<Uint8Array<ArrayBuffer>> {
  const iv = frame.bytes.subarray(0, aeadIvBytes);
  const ciphertext = frame.bytes.subarray(aeadIvBytes);
  try {
    return await port.aeadDecrypt(key, iv, ciphertext, backupFrameAad(headerDigest, frame.index, frame.isFinal));
  } catch (cause) {
    if (frame.isFinal) {
      const asMiddle = await port.aeadDecrypt(key, iv, ciphertext, backupFrameAad(headerDigest, frame.index, false)).then(
        () => true,
        () => false,
      );
      if (asMiddle) throw new AppError('backup/truncated', { cause });
    }
    throw new AppError('backup/damaged', { cause });
  }
}

/** Encrypts one frame: IV ‖ ciphertext+tag. */
export async function sealBackupFrame(port: CryptoPort, key: KeyHandle, headerDigest: Uint8Array, index: number, isFinal: boolean, plaintext: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const iv = port.randomBytes(aeadIvBytes);
  return concatBytes(iv, await port.aeadEncrypt(key, iv, plaintext, backupFrameAad(headerDigest, index, isFinal)));
}

export type ParsedBackupFile = Readonly<{ header: BackupHeaderV1; headerBytes: Uint8Array; frames: Uint8Array[] }>;

/**
 * Splits a whole format-1 file into header and frames, refusing what is not
 * ours, what a newer app wrote, and what was cut off, before any decryption.
 */
export function parseBackupFileOrThrow(file: Uint8Array, supportedSchemaVersion: number): ParsedBackupFile {
  if (file.byteLength < backupMagic.byteLength + 4 || !backupMagic.every((byte, i) => file[i] === byte)) {
    throw new AppError('backup/not-a-backup');
  }
  const headerLength = readUint32OrThrow(file, backupMagic.byteLength);
  const headerStart = backupMagic.byteLength + 4;
  if (headerStart + headerLength > file.byteLength) throw new AppError('backup/truncated');
  const headerBytes = file.subarray(headerStart, headerStart + headerLength);
  const header = parseBackupHeaderOrThrow(headerBytes, supportedSchemaVersion);
  if (header.format !== 1) throw new AppError('backup/damaged');
  const frames: Uint8Array[] = [];
  let offset = headerStart + headerLength;
  while (offset < file.byteLength) {
    if (offset + 4 > file.byteLength) throw new AppError('backup/truncated');
    const length = readUint32OrThrow(file, offset);
    if (offset + 4 + length > file.byteLength) throw new AppError('backup/truncated');
    frames.push(file.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  if (frames.length < header.chunkCount) throw new AppError('backup/truncated');
  if (frames.length > header.chunkCount) throw new AppError('backup/damaged');
  return { header, headerBytes, frames };
}

/** One line of a format-1 backup's content: a row of a table, binary values as base64. */
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
