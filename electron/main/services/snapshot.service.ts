import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError } from '@shared/errors/app-error';
import type { SnapshotReplaceResult, SnapshotStatus, SnapshotWriteResult } from '@shared/ipc/vault-host.schema';
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

/**
 * Automatic encrypted snapshots, at most one per China calendar day, outside
 * the browser profile. Each is written atomically, read back and compared,
 * and only the newest seven are kept.
 */
export function createSnapshotService(deps: SnapshotDependencies) {
  const folderOf = (workspaceId: string) => path.join(deps.directory(), workspaceId);

  const list = async (workspaceId: string): Promise<number[]> => {
    let names: string[];
    try {
      names = await deps.listFiles(folderOf(workspaceId));
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const match = namePattern.exec(name);
      return match ? [Number(match[1])] : [];
    }).sort((a, b) => b - a);
  };

  return {
    async status(workspaceId: string): Promise<SnapshotStatus> {
      const taken = await list(workspaceId);
      return { supported: true, lastAt: taken[0] ?? null, count: taken.length, folder: folderOf(workspaceId) };
    },

    async write(workspaceId: string, data: Uint8Array): Promise<SnapshotWriteResult> {
      const now = deps.now();
      const taken = await list(workspaceId);
      if (taken[0] !== undefined && toChinaDateString(taken[0]) === toChinaDateString(now)) {
        return { written: false, reason: 'already-today' };
      }
      const folder = folderOf(workspaceId);
      await deps.makeDirectory(folder);
      const file = path.join(folder, `snapshot-${String(now).padStart(13, '0')}.smsbak`);
      await deps.writeFile(file, data);
      const readBack = await deps.readFile(file);
      if (digest(readBack) !== digest(data)) {
        await deps.removeFile(file);
        throw new AppError('backup/verify-failed');
      }
      for (const old of [now, ...taken].slice(keptSnapshots)) {
        await deps.removeFile(path.join(folder, `snapshot-${String(old).padStart(13, '0')}.smsbak`));
      }
      return { written: true, location: file };
    },

    /**
     * 一(一)3: after personal data was deleted, every snapshot taken before
     * still holds it. Writes a new one (also on a day that has one), checks
     * it, then removes all the others; a failed check removes nothing old.
     */
    async replaceAll(workspaceId: string, data: Uint8Array): Promise<SnapshotReplaceResult> {
      const taken = await list(workspaceId);
      const now = Math.max(deps.now(), (taken[0] ?? 0) + 1);
      const folder = folderOf(workspaceId);
      await deps.makeDirectory(folder);
      const file = path.join(folder, `snapshot-${String(now).padStart(13, '0')}.smsbak`);
      await deps.writeFile(file, data);
      if (digest(await deps.readFile(file)) !== digest(data)) {
        await deps.removeFile(file);
        throw new AppError('backup/verify-failed');
      }
      for (const old of taken) await deps.removeFile(path.join(folder, `snapshot-${String(old).padStart(13, '0')}.smsbak`));
      return { location: file, removed: taken.length };
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
