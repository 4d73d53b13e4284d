import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError } from '@shared/errors/app-error';
import type { SnapshotKind, SnapshotStatus, SnapshotWriteResult } from '@shared/ipc/vault-host.schema';
import { toChinaDateString } from '@shared/time/china-time';

/** How many daily snapshots are kept per workspace. */
export const keptSnapshots = 7;

export type SnapshotDependencies = Readonly<{
  directory: () => string;
  now: () => number;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  readFile: (file: string) => Promise<Uint8Array>;
  listFiles: (directory: string) => Promise<string[]>;
  removeFile: (file: string) => Promise<void>;
  makeDirectory: (directory: string) => Promise<void>;
  /** Removes a folder and everything in it; one that is not there is no error. */
  removeDirectory: (directory: string) => Promise<void>;
}>;

const namePattern = /^snapshot-(\d{13})\.smsbak$/;
const beforeRestorePattern = /^before-restore-(\d{13})\.smsbak$/;
// A snapshot written piece by piece and abandoned (the app closed meanwhile): see file-stream.service.
const abandonedPattern = /^\..*\.part$/;

const fileNameOf = (kind: SnapshotKind, at: number) => `${kind === 'daily' ? 'snapshot' : 'before-restore'}-${String(at).padStart(13, '0')}.smsbak`;

/**
 * Automatic encrypted snapshots, at most one per China calendar day, outside
 * the browser profile, and one taken of a workspace just before a restore
 * replaces it. Each is written atomically, read back and compared, and only
 * the newest seven of each kind are kept.
 */
export function createSnapshotService(deps: SnapshotDependencies) {
  const folderOf = (workspaceId: string) => path.join(deps.directory(), workspaceId);

  const names = async (workspaceId: string): Promise<string[]> => {
    try {
      return await deps.listFiles(folderOf(workspaceId));
    } catch {
      return [];
    }
  };

  const list = async (workspaceId: string, pattern = namePattern): Promise<number[]> =>
    (await names(workspaceId))
      .flatMap((name) => {
        const match = pattern.exec(name);
        return match ? [Number(match[1])] : [];
      })
      .sort((a, b) => b - a);

  /**
   * Where the next snapshot of a kind goes (its folder made), or nothing
   * when today's daily one is there. Pieces of an abandoned one are removed.
   */
  const plan = async (workspaceId: string, kind: SnapshotKind): Promise<Readonly<{ file: string }> | Readonly<{ written: false; reason: 'already-today' }>> => {
    const now = deps.now();
    const taken = await list(workspaceId);
    if (kind === 'daily' && taken[0] !== undefined && toChinaDateString(taken[0]) === toChinaDateString(now)) {
      return { written: false, reason: 'already-today' };
    }
    const folder = folderOf(workspaceId);
    await deps.makeDirectory(folder);
    for (const name of (await names(workspaceId)).filter((candidate) => abandonedPattern.test(candidate))) await deps.removeFile(path.join(folder, name));
    return { file: path.join(folder, fileNameOf(kind, now)) };
  };

  /** After a snapshot is written: only the newest seven of its kind are kept. */
  const settle = async (workspaceId: string, file: string): Promise<SnapshotWriteResult> => {
    const kind: SnapshotKind = beforeRestorePattern.test(path.basename(file)) ? 'before-restore' : 'daily';
    const taken = await list(workspaceId, kind === 'daily' ? namePattern : beforeRestorePattern);
    for (const old of taken.slice(keptSnapshots)) await deps.removeFile(path.join(folderOf(workspaceId), fileNameOf(kind, old)));
    return { written: true, location: file };
  };

  return {
    async status(workspaceId: string): Promise<SnapshotStatus> {
      const taken = await list(workspaceId);
      return { supported: true, lastAt: taken[0] ?? null, count: taken.length, folder: folderOf(workspaceId) };
    },

    plan,
    settle,

    /** Writes a whole snapshot at once (a small one; the app streams them through `plan` and `settle`). */
    async write(workspaceId: string, data: Uint8Array): Promise<SnapshotWriteResult> {
      const planned = await plan(workspaceId, 'daily');
      if (!('file' in planned)) return planned;
      await deps.writeFile(planned.file, data);
      const readBack = await deps.readFile(planned.file);
      if (digest(readBack) !== digest(data)) {
        await deps.removeFile(planned.file);
        throw new AppError('backup/verify-failed');
      }
      return settle(workspaceId, planned.file);
    },

    /** Deletes every snapshot of a deleted workspace, with its folder. */
    async removeAll(workspaceId: string): Promise<null> {
      await deps.removeDirectory(folderOf(workspaceId));
      return null;
    },
  };
}

function digest(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
