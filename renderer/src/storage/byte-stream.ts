import { concatBytes } from '@shared/encoding/bytes';

/**
 * Where a backup's bytes go as they are made: a file written by main piece by
 * piece (desktop), the parts of a Blob (browser), or memory (tests).
 */
export type ByteSink = Readonly<{ write(bytes: Uint8Array): Promise<void> }>;

/** A file read piece by piece: through main (desktop), a File's slices (browser), or memory. */
export type ByteSource = Readonly<{ size: number; read(offset: number, length: number): Promise<Uint8Array> }>;

/** How much of a source is read at a time. */
export const sourceChunkBytes = 4 * 1024 * 1024;

/** A source over bytes already in memory (a small file, a test). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)) };
}

/** A source from either bytes or a source. */
export function toByteSource(file: Uint8Array | ByteSource): ByteSource {
  return file instanceof Uint8Array ? bytesSource(file) : file;
}

/** The pieces of a source in order, `sourceChunkBytes` at a time; a source that ends early is an error of its reader. */
export async function* chunksOf(source: ByteSource, chunkBytes = sourceChunkBytes): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < source.size; offset += chunkBytes) {
    const chunk = await source.read(offset, Math.min(chunkBytes, source.size - offset));
    if (chunk.byteLength === 0) return;
    yield chunk;
  }
}

/** A sink that keeps everything in memory (small backups, tests). */
export function memorySink(): ByteSink & Readonly<{ bytes(): Uint8Array<ArrayBuffer> }> {
  const parts: Uint8Array[] = [];
  return {
    write: async (bytes) => {
      parts.push(bytes.slice());
    },
    bytes: () => concatBytes(...parts),
  };
}

/** A file being written piece by piece, to be finished (kept) or abandoned (nothing left of it). */
export type SaveTarget<Result> = ByteSink & Readonly<{ finish(): Promise<Result>; abort(): Promise<void> }>;

/** Writes every piece to each sink in turn. */
export function teeSink(...sinks: readonly ByteSink[]): ByteSink {
  return {
    write: async (bytes) => {
      for (const sink of sinks) await sink.write(bytes);
    },
  };
}

/**
 * A sink whose pieces a reader takes as they come (a backup checked while it
 * is written). A writer that gets ahead by more than a few pieces waits.
 */
export function createByteChannel(ahead = 4): ByteSink & AsyncIterable<Uint8Array> & Readonly<{ close(): void; fail(error: Error): void }> {
  const queue: Uint8Array[] = [];
  let ended = false;
  let failure: Error | null = null;
  let wakeReader: (() => void) | null = null;
  let wakeWriter: (() => void) | null = null;
  const wake = () => {
    wakeReader?.();
    wakeReader = null;
  };
  return {
    async write(bytes) {
      while (queue.length >= ahead && failure === null) await new Promise<void>((resolve) => (wakeWriter = resolve));
      if (failure !== null) throw failure;
      queue.push(bytes);
      wake();
    },
    close() {
      ended = true;
      wake();
    },
    fail(error) {
      failure = error;
      wake();
      wakeWriter?.();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (failure !== null) throw failure;
        const next = queue.shift();
        if (next !== undefined) {
          wakeWriter?.();
          wakeWriter = null;
          yield next;
          continue;
        }
        if (ended) return;
        await new Promise<void>((resolve) => (wakeReader = resolve));
      }
    },
  };
}
