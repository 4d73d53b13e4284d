import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@shared/errors/app-error';

/** The calls the service makes on an open file. */
export type StreamFileHandle = Pick<FileHandle, 'write' | 'read' | 'sync' | 'close' | 'stat'>;

export type FileStreamDependencies = Readonly<{
  open: (file: string, flags: 'wx+' | 'r', mode?: number) => Promise<StreamFileHandle>;
  rename: (from: string, to: string) => Promise<void>;
  removeFile: (file: string) => Promise<void>;
  syncDirectory: (directory: string) => Promise<void>;
  /** 32 hex digits, from a CSPRNG: the id the renderer names a stream by. */
  randomId: () => string;
}>;

type Writing = { handle: StreamFileHandle; temp: string; target: string; hash: Hash; written: number };
type Reading = { handle: StreamFileHandle; size: number };

const readBackBytes = 4 * 1024 * 1024;

/**
 * Files written and read piece by piece for the renderer, so that a backup of
 * any size crosses IPC in pieces and is never one buffer in either process. A
 * file is written under a temporary name beside its target, flushed, read back
 * and compared (SHA-256) with what the renderer sent, and only then renamed;
 * abandoned, it leaves nothing under the target's name.
 */
export function createFileStreamService(deps: FileStreamDependencies) {
  const writes = new Map<string, Writing>();
  const reads = new Map<string, Reading>();

  const writingOrThrow = (id: string): Writing => {
    const entry = writes.get(id);
    if (entry === undefined) throw new AppError('files/write-failed');
    return entry;
  };

  const discard = async (entry: Writing) => {
    await entry.handle.close().catch(() => undefined);
    await deps.removeFile(entry.temp);
  };

  return {
    /** Opens a temporary file beside `target`; returns the stream's id. */
    async beginWrite(target: string): Promise<string> {
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${deps.randomId().slice(0, 12)}.part`);
      let handle: StreamFileHandle;
      try {
        handle = await deps.open(temp, 'wx+', 0o600);
      } catch (cause) {
        throw new AppError('files/write-failed', { cause });
      }
      const id = deps.randomId();
      writes.set(id, { handle, temp, target, hash: createHash('sha256'), written: 0 });
      return id;
    },

    async write(id: string, data: Uint8Array): Promise<null> {
      const entry = writingOrThrow(id);
      try {
        await entry.handle.write(data, 0, data.byteLength, entry.written);
      } catch (cause) {
        writes.delete(id);
        await discard(entry);
        throw new AppError('files/write-failed', { cause });
      }
      entry.hash.update(data);
      entry.written += data.byteLength;
      return null;
    },

    /** Flushes, reads the file back and compares, then gives it its name; returns where it is. */
    async finishWrite(id: string): Promise<string> {
      const entry = writingOrThrow(id);
      writes.delete(id);
      try {
        await entry.handle.sync();
        const readBack = await digestOf(entry.handle, entry.written);
        await entry.handle.close();
        if (readBack !== entry.hash.digest('hex')) throw new AppError('backup/verify-failed');
        await deps.rename(entry.temp, entry.target);
        await deps.syncDirectory(path.dirname(entry.target));
        return entry.target;
      } catch (error) {
        await discard(entry);
        throw error instanceof AppError ? error : new AppError('files/write-failed', { cause: error });
      }
    },

    /** Opens a file for reading in pieces; returns the stream's id and the file's size. */
    async beginRead(file: string): Promise<Readonly<{ id: string; size: number }>> {
      try {
        const handle = await deps.open(file, 'r');
        const size = (await handle.stat()).size;
        const id = deps.randomId();
        reads.set(id, { handle, size });
        return { id, size };
      } catch (cause) {
        throw new AppError('files/read-failed', { cause });
      }
    },

    async read(id: string, offset: number, length: number): Promise<Uint8Array> {
      const entry = reads.get(id);
      if (entry === undefined) throw new AppError('files/read-failed');
      const buffer = new Uint8Array(Math.max(0, Math.min(length, entry.size - offset)));
      try {
        const { bytesRead } = await entry.handle.read(buffer, 0, buffer.byteLength, offset);
        return bytesRead === buffer.byteLength ? buffer : buffer.subarray(0, bytesRead);
      } catch (cause) {
        throw new AppError('files/read-failed', { cause });
      }
    },

    /** Ends a read, or abandons a write (its temporary file goes). */
    async close(id: string): Promise<null> {
      const writing = writes.get(id);
      if (writing !== undefined) {
        writes.delete(id);
        await discard(writing);
      }
      const reading = reads.get(id);
      if (reading !== undefined) {
        reads.delete(id);
        await reading.handle.close();
      }
      return null;
    },

    /** Abandons every stream (the window that began them went away). */
    async closeAll(): Promise<void> {
      for (const id of [...writes.keys(), ...reads.keys()]) await this.close(id);
    },
  };
}

export type FileStreamService = ReturnType<typeof createFileStreamService>;

async function digestOf(handle: StreamFileHandle, size: number): Promise<string> {
  const hash = createHash('sha256');
  const buffer = new Uint8Array(readBackBytes);
  for (let offset = 0; offset < size; ) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.byteLength, size - offset), offset);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    offset += bytesRead;
  }
  return hash.digest('hex');
}
