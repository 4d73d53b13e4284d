import type { FreeSpace } from '@shared/ipc/vault-host.schema';

type StatFs = (directory: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }>;

/** Free space on the disk that holds the app's data. */
export function createStorageSpaceService(statfs: StatFs, directory: () => string) {
  return {
    async freeSpace(): Promise<FreeSpace> {
      try {
        const stats = await statfs(directory());
        return { freeBytes: Number(stats.bavail) * Number(stats.bsize) };
      } catch {
        return { freeBytes: null };
      }
    },
  };
}
