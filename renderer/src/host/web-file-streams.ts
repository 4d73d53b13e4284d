import { bytesToHex } from '@shared/encoding/hex';
import { AppError } from '@shared/errors/app-error';
import type { OpenedForReading, OpenForReadingRequest, SaveFileResponse } from '@shared/ipc/files.schema';

export type WebFileStreamDependencies = Readonly<{
  /** Hands a finished file to the browser's downloads. */
  download: (blob: Blob, name: string) => SaveFileResponse;
  /** Lets the user pick a file (of the request's types); null when cancelled. */
  pick: (request: OpenForReadingRequest) => Promise<File | null>;
}>;

/**
 * The browser mode's files in pieces. A file being written is a list of small
 * Blobs, one per piece: the browser keeps their bytes in its own storage
 * (spilling to disk when large), not in the page's memory, and the finished
 * file is one Blob made of them, handed to the downloads. A file read is the
 * picked File, read a slice at a time.
 */
export function createWebFileStreams(deps: WebFileStreamDependencies) {
  const writes = new Map<string, { name: string; parts: Blob[] }>();
  const reads = new Map<string, File>();
  const newId = () => bytesToHex(crypto.getRandomValues(new Uint8Array(16)));

  return {
    beginSave(name: string): Readonly<{ streamId: string }> {
      const streamId = newId();
      writes.set(streamId, { name, parts: [] });
      return { streamId };
    },

    write(streamId: string, data: Uint8Array): null {
      const entry = writes.get(streamId);
      if (entry === undefined) throw new AppError('files/write-failed');
      entry.parts.push(new Blob([data as Uint8Array<ArrayBuffer>]));
      return null;
    },

    async finishSave(streamId: string): Promise<SaveFileResponse> {
      const entry = writes.get(streamId);
      if (entry === undefined) throw new AppError('files/write-failed');
      writes.delete(streamId);
      return deps.download(new Blob(entry.parts, { type: 'application/octet-stream' }), entry.name);
    },

    async openForReading(request: OpenForReadingRequest): Promise<OpenedForReading> {
      const file = await deps.pick(request);
      if (file === null) return null;
      const streamId = newId();
      reads.set(streamId, file);
      return { streamId, name: file.name, size: file.size };
    },

    async read(streamId: string, offset: number, length: number): Promise<Uint8Array> {
      const file = reads.get(streamId);
      if (file === undefined) throw new AppError('files/read-failed');
      try {
        return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
      } catch (cause) {
        throw new AppError('files/read-failed', { cause });
      }
    },

    close(streamId: string): null {
      writes.delete(streamId);
      reads.delete(streamId);
      return null;
    },
  };
}
