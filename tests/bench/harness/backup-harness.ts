import { createWebFileStreams } from '@renderer/host/web-file-streams';
import type { AppServices } from '@renderer/session/app-services';
import { verifyBackupOrThrow } from '@renderer/storage/backup-reader';
import { saveCheckedBackup } from '@renderer/storage/backup-save';
import { restoreVerifiedBackup } from '@renderer/storage/restore';
import type { ByteSource, SaveTarget } from '@renderer/storage/byte-stream';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

// A whole-workspace backup and restore as the browser mode does them: the
// backup is written frame by frame into the parts of a Blob, checked as it
// is written, and handed to the downloads; the restore reads the file the
// user picks (here set on a file input by the bench) a slice at a time,
// checks it all, then replaces the workspace in one transaction. Driven by
// tests/bench/storage.bench.ts. Never shipped.

const scanBytes = 5 * 1024 * 1024;

export type BackupBenchAccess = Readonly<{
  services: AppServices;
  passphrase: string;
  store: () => WorkspaceStore;
  workspaceId: () => string;
  /** Closes the open store (a restore replaces a locked workspace). */
  lock: () => void;
}>;

export function createBackupBench(access: BackupBenchAccess) {
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.id = 'restore-file';
  document.body.append(picker);
  let downloadUrl: string | null = null;

  // One scan's bytes, made a 64 KiB random piece at a time (the browser's limit per call).
  const scan = (seed: number) => {
    const bytes = new Uint8Array(scanBytes);
    for (let offset = 0; offset < bytes.byteLength; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
    bytes[0] = seed & 255;
    return bytes;
  };

  return {
    /** Adds `megabytes` of scans, 5 MiB each, as attachments of the open workspace. */
    addScans: async (megabytes: number): Promise<number> => {
      const store = access.store();
      const count = Math.ceil((megabytes * 1024 * 1024) / scanBytes);
      for (let i = 0; i < count; i += 1) {
        await store.putRecord('attachments', { index: { createdAt: Date.now(), ownerTable: 'letters', ownerId: `bench-${i}` }, fields: { name: `扫描件-${i}.pdf`, type: 'application/pdf' }, body: scan(i) });
      }
      return count;
    },

    /** Backs the open workspace up and hands the file to the downloads, as the app does; milliseconds and bytes. */
    backUp: async (): Promise<{ ms: number; bytes: number; rows: number }> => {
      let size = 0;
      const download = (blob: Blob) => {
        size = blob.size;
        const anchor = document.createElement('a');
        downloadUrl = URL.createObjectURL(blob);
        anchor.href = downloadUrl;
        anchor.download = 'bench.smsbak';
        document.body.append(anchor);
        anchor.click();
        anchor.remove();
        return { saved: false as const, handedToBrowser: 'bench.smsbak' };
      };
      const streams = createWebFileStreams({ download, pick: async () => null });
      const { streamId } = streams.beginSave('bench.smsbak');
      const target: SaveTarget<unknown> = {
        write: async (bytes) => void streams.write(streamId, bytes),
        finish: () => streams.finishSave(streamId),
        abort: async () => void streams.close(streamId),
      };
      const started = performance.now();
      const { backup: written } = await saveCheckedBackup(access.store(), { label: 'bench', appVersion: '0.0.0', now: Date.now() }, target);
      return { ms: performance.now() - started, bytes: size, rows: written.rows };
    },

    /** Restores the picked file over the workspace (locked first); milliseconds to check and to replace. */
    restore: async (): Promise<{ verifyMs: number; restoreMs: number; rows: number }> => {
      const file = picker.files?.[0];
      if (file === undefined) throw new Error('no backup picked');
      const source: ByteSource = { size: file.size, read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) };
      access.lock();
      const started = performance.now();
      const verified = await verifyBackupOrThrow(access.services.port, source, { kind: 'passphrase', value: access.passphrase });
      const checked = performance.now();
      await restoreVerifiedBackup(access.services, verified).catch((error: unknown) => {
        const cause = (error as { cause?: unknown }).cause;
        console.error('restore failed', String(error), cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause));
        throw error;
      });
      const done = performance.now();
      const { store } = await access.services.vault.unlockWithPassphrase(access.workspaceId(), access.passphrase);
      const rows = (await store.count('personalInformation')) + (await store.count('attachments'));
      store.close();
      return { verifyMs: checked - started, restoreMs: done - checked, rows };
    },

    /** Once the download is on disk, the browser may let go of the backup's parts. */
    releaseDownload: () => {
      if (downloadUrl !== null) URL.revokeObjectURL(downloadUrl);
      downloadUrl = null;
    },

    /** Lets go of the picked file. */
    drop: () => {
      picker.value = '';
    },
  };
}

export type BackupBenchApi = ReturnType<typeof createBackupBench>;
