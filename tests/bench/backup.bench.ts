import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { round, type BenchFigure } from './bench-result';
import type { BackupBenchApi } from './harness/backup-harness';
import { harnessCaller } from './bench-page';


/** MiB of scans added to the 100,000-row workspace: with the rows, a backup of more than 400 MB. */
export const scanMegabytes = 360;

const call = harnessCaller<BackupBenchApi>('backupBench');

type HeapUsage = { usedSize: number; backingStorageSize?: number };

/**
 * Runs a step while sampling the page's heap every 200 ms, after a forced
 * collection: the peak of the JS heap, and of the JS heap with the
 * ArrayBuffers' memory where Chromium reports it.
 */
async function withPeakHeap<T>(cdp: CDPSession, step: () => Promise<T>): Promise<{ value: T; heapMb: number; withBuffersMb: number | null }> {
  await cdp.send('HeapProfiler.collectGarbage');
  let heap = 0;
  let withBuffers: number | null = null;
  let running = true;
  const sample = async () => {
    const usage = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
    heap = Math.max(heap, usage.usedSize);
    if (usage.backingStorageSize !== undefined) withBuffers = Math.max(withBuffers ?? 0, usage.usedSize + usage.backingStorageSize);
  };
  const sampling = (async () => {
    while (running) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  try {
    const value = await step();
    return { value, heapMb: heap / (1024 * 1024), withBuffersMb: withBuffers === null ? null : withBuffers / (1024 * 1024) };
  } finally {
    running = false;
    await sampling;
  }
}

/**
 * Acceptance of issue 13: a workspace of 100,000 rows and 360 MiB of scans
 * (a backup of more than 400 MB) backed up and restored in the browser mode's way (a Blob of
 * parts handed to the downloads; the downloaded file picked and read a slice
 * at a time), with the page's JS heap at most 150 MB throughout. `page` is
 * the harness page whose workspace holds the rows.
 */
export async function measureBackupRoundTrip(page: Page, log: (line: string) => void): Promise<BenchFigure[]> {
  log(`adding ${scanMegabytes} MB of scans…`);
  const scans = await call(page, 'addScans', scanMegabytes);
  const cdp = await page.context().newCDPSession(page);
  const folder = await mkdtemp(path.join(tmpdir(), 'sms-ca-bench-backup-'));
  try {
    log('backup of the whole workspace…');
    const downloaded = page.waitForEvent('download', { timeout: 0 });
    const backup = await withPeakHeap(cdp, () => call(page, 'backUp'));
    const file = path.join(folder, 'bench.smsbak');
    await (await downloaded).saveAs(file);
    await call(page, 'releaseDownload');
    await cdp.send('HeapProfiler.collectGarbage');
    await page.setInputFiles('#restore-file', file);
    log('restore of that backup…');
    const restore = await withPeakHeap(cdp, () => call(page, 'restore'));
    await call(page, 'drop');
    const megabytes = backup.value.bytes / 1e6;
    const buffers = (figure: number | null) => (figure === null ? '' : `；含 ArrayBuffer ${round(figure, 1)} MB`);
    return [
      {
        name: `JS heap, backup of ${round(megabytes, 0)} MB (100k rows + ${scans} scans)`,
        value: round(backup.heapMb, 1),
        unit: 'MB',
        target: 150,
        better: 'lower',
        detail: `写入并核对 ${round(backup.value.ms / 1000, 1)} s，${backup.value.rows} 行，${round(megabytes / (backup.value.ms / 1000), 1)} MB/s${buffers(backup.withBuffersMb)}`,
      },
      {
        name: 'JS heap, restore of that backup',
        value: round(restore.heapMb, 1),
        unit: 'MB',
        target: 150,
        better: 'lower',
        detail: `核对 ${round(restore.value.verifyMs / 1000, 1)} s + 替换 ${round(restore.value.restoreMs / 1000, 1)} s，恢复后 ${restore.value.rows} 条记录${buffers(restore.withBuffersMb)}`,
      },
    ];
  } finally {
    await cdp.detach();
    await rm(folder, { recursive: true, force: true });
  }
}
