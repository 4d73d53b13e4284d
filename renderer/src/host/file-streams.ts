import { maxStreamChunkBytes, type BeginSaveRequest, type OpenForReadingRequest, type SaveFileResponse } from '@shared/ipc/files.schema';
import type { Host } from '@shared/ipc/host';
import { valueOrThrow } from '@shared/ipc/result';
import type { SnapshotKind, SnapshotWriteResult } from '@shared/ipc/vault-host.schema';
import type { ByteSource, SaveTarget } from '@renderer/storage/byte-stream';

// Pieces cross the boundary one by one, each at most the contract's largest.
function targetOf<Result>(host: Host, streamId: string, finish: () => Promise<Result>): SaveTarget<Result> {
  return {
    async write(bytes) {
      for (let offset = 0; offset < bytes.byteLength; offset += maxStreamChunkBytes) {
        // The writers' pieces are views of their own ArrayBuffers; the type cannot tell.
        const data = bytes.subarray(offset, offset + maxStreamChunkBytes) as Uint8Array<ArrayBuffer>;
        valueOrThrow(await host.streams.write({ streamId, data }));
      }
    },
    finish,
    async abort() {
      valueOrThrow(await host.streams.close({ streamId }));
    },
  };
}

/** A file the user picks, written piece by piece; null when the dialog was cancelled. */
export async function beginSaveOrNull(host: Host, request: BeginSaveRequest): Promise<SaveTarget<SaveFileResponse> | null> {
  const begun = valueOrThrow(await host.files.beginSave(request));
  if (begun === null) return null;
  return targetOf(host, begun.streamId, async () => valueOrThrow(await host.files.finishSave({ streamId: begun.streamId })));
}

/** A snapshot of the desktop app, written piece by piece; null when today's is already there. */
export async function beginSnapshotOrNull(host: Host, workspaceId: string, kind: SnapshotKind): Promise<SaveTarget<SnapshotWriteResult> | null> {
  const begun = valueOrThrow(await host.snapshots.begin({ workspaceId, kind }));
  if (!('streamId' in begun)) return null;
  return targetOf(host, begun.streamId, async () => valueOrThrow(await host.snapshots.finish({ streamId: begun.streamId })));
}

/** A file the user picks, read piece by piece, however large; null when cancelled. */
export type PickedFile = ByteSource & Readonly<{ name: string; close(): Promise<void> }>;

export async function openForReadingOrNull(host: Host, request: OpenForReadingRequest): Promise<PickedFile | null> {
  const opened = valueOrThrow(await host.files.openForReading(request));
  if (opened === null) return null;
  const { streamId, name, size } = opened;
  return {
    name,
    size,
    async read(offset, length) {
      return valueOrThrow(await host.streams.read({ streamId, offset, length: Math.min(length, maxStreamChunkBytes) }));
    },
    async close() {
      valueOrThrow(await host.streams.close({ streamId }));
    },
  };
}
