import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError } from '@shared/errors/app-error';
import type { SnapshotKind, SnapshotReplaceResult, SnapshotStatus, SnapshotWriteResult } from '@shared/ipc/vault-host.schema';
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

const fileNameOf = (kind: SnapshotKind, at: number) => `${kind === 'before-restore' ? 'before-restore' : 'snapshot'}-${String(at).padStart(13, '0')}.smsbak`;

/**
 * Automatic encrypted snapshots, at most one per China calendar day, outside
 * the browser profile, and one taken of a workspace just before a restore
 * replaces it. Each is written atomically, read back and compared, and only
 * the newest seven of each kind are kept. After personal data was deleted
 * (一(一)3) a snapshot of the kind `replace-older` is written whatever the
 * day and, once whole, every other snapshot of the workspace is removed.
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
    const taken = await list(workspaceId);
    // A replacing snapshot is newer than every other, even one taken this millisecond.
    const now = kind === 'replace-older' ? Math.max(deps.now(), (taken[0] ?? 0) + 1) : deps.now();
    if (kind === 'daily' && taken[0] !== undefined && toChinaDateString(taken[0]) === toChinaDateString(now)) {
      return { written: false, reason: 'already-today' };
    }
    const folder = folderOf(workspaceId);
    await deps.makeDirectory(folder);
    for (const name of (await names(workspaceId)).filter((candidate) => abandonedPattern.test(candidate))) await deps.removeFile(path.join(folder, name));
    return { file: path.join(folder, fileNameOf(kind, now)) };
  };

  /**
   * After a snapshot is written: only the newest seven of its kind are kept;
   * after a replacing one, none but itself.
   */
  const settle = async (workspaceId: string, file: string, kind: SnapshotKind): Promise<Readonly<{ written: true; location: string; removed: number }>> => {
    const folder = folderOf(workspaceId);
    const written = path.basename(file);
    const stale =
      kind === 'replace-older'
        ? (await names(workspaceId)).filter((name) => name !== written && (namePattern.test(name) || beforeRestorePattern.test(name)))
        : (await list(workspaceId, kind === 'daily' ? namePattern : beforeRestorePattern)).slice(keptSnapshots).map((old) => fileNameOf(kind, old));
    for (const name of stale) await deps.removeFile(path.join(folder, name));
    return { written: true, location: file, removed: stale.length };
  };

  /** Writes a whole snapshot at once, read back and compared (small ones; the app streams them through `plan` and `settle`). */
  const writeWhole = async (workspaceId: string, kind: SnapshotKind, data: Uint8Array): Promise<SnapshotWriteResult> => {
    const planned = await plan(workspaceId, kind);
    if (!('file' in planned)) return planned;
    await deps.writeFile(planned.file, data);
    const readBack = await deps.readFile(planned.file);
    if (digest(readBack) !== digest(data)) {
      // A failed check removes nothing old.
      await deps.removeFile(planned.file);
      throw new AppError('backup/verify-failed');
    }
    return settle(workspaceId, planned.file, kind);
  };

  return {
    async status(workspaceId: string): Promise<SnapshotStatus> {
      const taken = await list(workspaceId);
      return { supported: true, lastAt: taken[0] ?? null, count: taken.length, folder: folderOf(workspaceId) };
    },

    plan,
    settle,

    write: (workspaceId: string, data: Uint8Array) => writeWhole(workspaceId, 'daily', data),

    /** 一(一)3: a snapshot in place of every other (see `replace-older`). */
    async replaceAll(workspaceId: string, data: Uint8Array): Promise<SnapshotReplaceResult> {
      const result = await writeWhole(workspaceId, 'replace-older', data);
      if (!result.written) throw new AppError('backup/verify-failed');
      return { location: result.location, removed: result.removed };
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
