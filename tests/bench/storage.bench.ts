import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, resolveChromiumPath } from '../e2e/support/chromium';
import { measureBackupRoundTrip } from './backup.bench';
import { median, round, type BenchFigure } from './bench-result';
import type { StorageBenchApi } from './harness/harness';
import { measureDashboardUpdate } from './dashboard.bench';
import { startStaticServer } from './static-server';
import { harnessCaller } from './bench-page';

const rowCount = 100_000;

const call = harnessCaller<StorageBenchApi>('storageBench');

/**
 * The storage figures of issue 3, all in one persistent Chromium profile (a
 * normal context keeps IndexedDB in memory and flatters writes).
 */
export async function measureStorage(distDir: string, log: (line: string) => void): Promise<BenchFigure[]> {
  // Every insert run gets its own origin, hence its own fresh IndexedDB files:
  // no run pays for the compaction of the one before. Raw and encrypted take
  // turns, twice each, and each side reports its median.
  const servers = await Promise.all([0, 1, 2, 3].map(() => startStaticServer(distDir)));
  const profile = await mkdtemp(path.join(tmpdir(), 'sms-ca-bench-'));
  const executablePath = resolveChromiumPath();
  const context = await chromium.launchPersistentContext(profile, { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const pages: Page[] = [];
    for (const server of servers) {
      const page = await context.newPage();
      await page.goto(`${server.url}/bench/`);
      await page.getByText('ready').waitFor();
      await call(page, 'prepare', rowCount);
      pages.push(page);
    }
    const [rawA, encryptedA, rawB, page] = pages as [Page, Page, Page, Page];
    const rawRuns: number[] = [];
    const encryptedRuns: number[] = [];
    log('raw IndexedDB puts (1/2)…');
    rawRuns.push(await call(rawA, 'rawInsert'));
    log('encrypted insert (1/2)…');
    encryptedRuns.push(await call(encryptedA, 'encryptedInsert'));
    log('raw IndexedDB puts (2/2)…');
    rawRuns.push(await call(rawB, 'rawInsert'));
    log('encrypted insert (2/2)…');
    encryptedRuns.push(await call(page, 'encryptedInsert'));
    const raw = median(rawRuns);
    const encrypted = median(encryptedRuns);
    const server = servers[3]!;
    const lookups = await call(page, 'lookups', 30);
    const first = await call(page, 'pages', 0, 15);
    const deep = await call(page, 'pages', 90_000, 15);
    const unlocks = await call(page, 'unlocks', 5);
    const heap = await measurePageViewHeap(context.newPage(), server.url, await call(page, 'workspaceLabel'), await call(page, 'passphrase'));
    const dashboard = await measureDashboardUpdate(page);
    const backupRoundTrip = await measureBackupRoundTrip(page, log);

    return [
      {
        name: 'encrypted insert of 100k rows / raw IndexedDB puts',
        value: round(encrypted / raw, 2),
        unit: 'x',
        target: 1.3,
        better: 'lower',
        detail: `加密写入 ${round(encrypted / 1000, 1)} s / 原始 IndexedDB ${round(raw / 1000, 1)} s（各两次的中位数）`,
      },
      { name: 'lookup by phone (100k rows)', value: round(median(lookups), 2), unit: 'ms', target: 5, better: 'lower', detail: `30 次中位数，最慢 ${round(Math.max(...lookups), 1)} ms` },
      { name: 'page of 50 at offset 0', value: round(median(first), 2), unit: 'ms', target: 50, better: 'lower', detail: '15 次中位数' },
      { name: 'page of 50 at row 90,000', value: round(median(deep), 2), unit: 'ms', target: 50, better: 'lower', detail: `15 次中位数（首页 ${round(median(first), 1)} ms）` },
      { name: 'unlock (Argon2id 64 MiB, t=3)', value: round(median(unlocks), 1), unit: 'ms', target: 500, better: 'lower', detail: '5 次中位数' },
      { name: 'JS heap, ledger page view over 100k rows', value: round(heap, 1), unit: 'MB', target: 60, better: 'lower', detail: '垃圾回收后' },
      dashboard,
      ...backupRoundTrip,
    ];
  } finally {
    await context.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(profile, { recursive: true, force: true });
  }
}

// Opens the real app, unlocks the bench workspace through its form, shows the
// personal-information ledger and reads the heap after a forced collection.
async function measurePageViewHeap(pagePromise: Promise<Page>, baseUrl: string, label: string, passphrase: string): Promise<number> {
  const page = await pagePromise;
  await page.goto(`${baseUrl}/workspaces`);
  await page.getByTestId('workspace-card').filter({ hasText: label }).getByRole('link', { name: '解锁' }).click();
  await page.getByLabel('密码', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await page.getByTestId('open-workspace').waitFor();
  await page.getByRole('link', { name: '台账' }).click();
  await page.locator('.ledger-grid').getByRole('link', { name: '个人信息台账', exact: true }).click();
  await page.getByTestId('ledger-table-personal-information').locator('tbody tr').nth(49).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / (1024 * 1024);
}
