import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/errors/app-error';
import type { Host } from '@shared/ipc/host';
import { fail, ok } from '@shared/ipc/result';
import type { SnapshotKind } from '@shared/ipc/vault-host.schema';

export type SavedFile = Readonly<{ name: string; bytes: Uint8Array; pieces: number; largestPiece: number }>;

type Options = Readonly<{
  /** Desktop (snapshots kept by main) or browser mode (none). */
  snapshots: boolean;
  /** Makes every snapshot fail at this step, with this code. */
  failSnapshotAt?: 'begin' | 'write' | 'finish';
}>;

/**
 * A host for storage tests: files and snapshots written piece by piece are
 * kept in memory, with the size of each piece, as main or the browser would
 * receive them; a file "picked" is read back the same way.
 */
export function createFakeStreamsHost(options: Options) {
  const writing = new Map<string, { name: string; kind: SnapshotKind | 'file'; pieces: Uint8Array[] }>();
  const files: SavedFile[] = [];
  const snapshots: (SavedFile & { kind: SnapshotKind })[] = [];
  const closed: string[] = [];
  const begin = (name: string, kind: SnapshotKind | 'file') => {
    const streamId = randomBytes(16).toString('hex');
    writing.set(streamId, { name, kind, pieces: [] });
    return streamId;
  };
  const finish = (streamId: string): SavedFile & { kind: SnapshotKind | 'file' } => {
    const entry = writing.get(streamId);
    if (entry === undefined) throw new AppError('files/write-failed');
    writing.delete(streamId);
    return { name: entry.name, kind: entry.kind, bytes: Buffer.concat(entry.pieces), pieces: entry.pieces.length, largestPiece: Math.max(0, ...entry.pieces.map((piece) => piece.byteLength)) };
  };
  const host = {
    files: {
      beginSave: async ({ suggestedName }: { suggestedName: string }) => ok({ streamId: begin(suggestedName, 'file') }),
      finishSave: async ({ streamId }: { streamId: string }) => {
        const file = finish(streamId);
        files.push(file);
        return ok({ saved: false as const, handedToBrowser: file.name });
      },
    },
    streams: {
      write: async ({ streamId, data }: { streamId: string; data: Uint8Array }) => {
        const entry = writing.get(streamId);
        if (entry === undefined) return fail('files/write-failed');
        if (entry.kind !== 'file' && options.failSnapshotAt === 'write') return fail('files/write-failed');
        entry.pieces.push(data.slice());
        return ok(null);
      },
      close: async ({ streamId }: { streamId: string }) => {
        writing.delete(streamId);
        closed.push(streamId);
        return ok(null);
      },
    },
    snapshots: {
      status: async () => ok(options.snapshots ? { supported: true as const, lastAt: snapshots.filter((file) => file.kind === 'daily').length > 0 ? 1 : null, count: snapshots.length, folder: '/snapshots' } : { supported: false as const }),
      begin: async ({ kind }: { kind: SnapshotKind }) => {
        if (!options.snapshots) return fail('host/unavailable');
        if (options.failSnapshotAt === 'begin') return fail('files/write-failed');
        return ok({ streamId: begin(`${kind}.smsbak`, kind) });
      },
      finish: async ({ streamId }: { streamId: string }) => {
        if (options.failSnapshotAt === 'finish') {
          writing.delete(streamId);
          return fail('backup/verify-failed');
        }
        const file = finish(streamId);
        snapshots.push({ ...file, kind: file.kind as SnapshotKind });
        return ok({ written: true as const, location: `/snapshots/${file.name}` });
      },
    },
    vault: {
      deviceStatus: async () => ok({ supported: false, remembered: false, backend: 'test' }),
    },
  };
  return { host: host as unknown as Host, files, snapshots, closed, open: () => writing.size };
}
