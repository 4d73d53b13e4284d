import {
  backupFrameAad,
  createBackupFileReader,
  decodeBackupLineOrThrow,
  openBackupFrameOrThrow,
  parseBackupFileOrThrow,
  type BackupFrame,
  type BackupHeader,
} from '@shared/backup/backup-format';
import { createBackupRecordReader, type BackupRow } from '@shared/backup/backup-records';
import { aeadIvBytes, type CryptoPort, type KeyHandle } from '@shared/crypto/crypto-port';
import type { WorkspaceKeys } from '@shared/crypto/workspace-keys';
import { concatBytes } from '@shared/encoding/bytes';
import { AppError } from '@shared/errors/app-error';
import { workspaceSchemaVersion } from '@shared/storage/workspace-schema';
import { chunksOf, type ByteSource } from './byte-stream';

/** The keys a backup opens with, found from its header (its key file and a secret, or an open workspace). */
export type BackupKeys = Readonly<{ backupKey: KeyHandle; keys: WorkspaceKeys }>;

/** A backup being read: its header first, then its rows batch by batch. */
export type BackupStream = Readonly<{
  header: BackupHeader;
  headerBytes: Uint8Array;
  keys: WorkspaceKeys;
  /** The next rows (those the next piece of the file completes); null after the last. */
  next(): Promise<BackupRow[] | null>;
}>;

/**
 * Opens a backup for reading, format 1 or 2. Format 2 is read a piece at a
 * time: only a piece of the file, a frame and the row being completed are in
 * memory, whatever the file's size. Format 1 (at most 200 MiB, as its writer
 * allowed) is read whole, as it always was. Every frame is authenticated
 * before its rows are given out; the content must end with its end record,
 * whose row count must match.
 */
export async function openBackupStreamOrThrow(
  port: CryptoPort,
  input: ByteSource | AsyncIterable<Uint8Array>,
  unlock: (header: BackupHeader) => Promise<BackupKeys>,
): Promise<BackupStream> {
  const chunks = Symbol.asyncIterator in input ? input[Symbol.asyncIterator]() : chunksOf(input);
  const file = createBackupFileReader(workspaceSchemaVersion);
  const start: Uint8Array[] = [];
  let waiting: BackupFrame[] = [];
  while (file.header === null) {
    const chunk = await chunks.next();
    if (chunk.done) {
      file.end();
      throw new AppError('backup/truncated');
    }
    start.push(chunk.value);
    waiting = file.push(chunk.value);
  }
  const { header, bytes: headerBytes } = file.header;
  if (header.format === 1) return openFormat1OrThrow(port, await wholeFile(start, chunks), await unlock(header));

  const { backupKey, keys } = await unlock(header);
  const headerDigest = await port.sha256(headerBytes);
  const records = createBackupRecordReader();
  let counted = 0;
  let done = false;

  const rowsOf = async (frames: readonly BackupFrame[]): Promise<BackupRow[]> => {
    const rows: BackupRow[] = [];
    for (const frame of frames) {
      for (const record of records.push(await openBackupFrameOrThrow(port, backupKey, headerDigest, frame))) {
        if (record.kind === 'row') {
          rows.push(record.row);
          counted += 1;
        } else if (record.rows !== counted) {
          throw new AppError('backup/damaged');
        }
      }
    }
    return rows;
  };

  return {
    header,
    headerBytes,
    keys,
    async next() {
      if (done) return null;
      const frames = waiting;
      waiting = [];
      const chunk = frames.length > 0 ? null : await chunks.next();
      if (chunk !== null && chunk.done) {
        done = true;
        const rows = await rowsOf([file.end()]);
        records.finishOrThrow();
        return rows;
      }
      return rowsOf(chunk === null ? frames : file.push(chunk.value));
    },
  };
}

async function wholeFile(start: readonly Uint8Array[], rest: AsyncIterator<Uint8Array>): Promise<Uint8Array> {
  const pieces = [...start];
  for (let chunk = await rest.next(); !chunk.done; chunk = await rest.next()) pieces.push(chunk.value);
  return concatBytes(...pieces);
}

// A format-1 file: frames counted in the header, content as lines of JSON.
async function openFormat1OrThrow(port: CryptoPort, file: Uint8Array, { backupKey, keys }: BackupKeys): Promise<BackupStream> {
  const parsed = parseBackupFileOrThrow(file, workspaceSchemaVersion);
  const headerDigest = await port.sha256(parsed.headerBytes);
  const chunks: Uint8Array[] = [];
  for (const [index, frame] of parsed.frames.entries()) {
    const aad = backupFrameAad(headerDigest, index, index === parsed.frames.length - 1);
    try {
      chunks.push(await port.aeadDecrypt(backupKey, frame.subarray(0, aeadIvBytes), frame.subarray(aeadIvBytes), aad));
    } catch (cause) {
      throw new AppError('backup/damaged', { cause });
    }
  }
  let rows: BackupRow[] | null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(concatBytes(...chunks));
    rows = text.split('\n').filter((line) => line !== '').map(decodeBackupLineOrThrow);
  } catch (cause) {
    throw cause instanceof AppError ? cause : new AppError('backup/damaged', { cause });
  }
  return {
    header: parsed.header,
    headerBytes: parsed.headerBytes,
    keys,
    async next() {
      const batch = rows;
      rows = null;
      return batch;
    },
  };
}
