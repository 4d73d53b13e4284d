import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { chromiumArgs, resolveChromiumPath } from '../e2e/support/chromium';
import { median, round, type BenchFigure } from './bench-result';
import type { ImportBenchApi } from './harness/import-harness';
import { startStaticServer } from './static-server';
import { harnessCaller } from './bench-page';

const rowCount = 100_000;
const fileName = 'import-100k-gbk.csv';

type GoodRow = { phone: string; name: string; source: string };

/**
 * 100,000 rows as Chinese Excel writes a CSV (GBK, CRLF), 1% of them bad:
 * ID-card numbers, bank-card numbers, malformed numbers and duplicates in
 * turn. Synthetic numbers of the 13x ranges, invented names.
 */
function syntheticFile(): { bytes: Buffer; good: GoodRow[] } {
  const idCard = '11010519491231002X';
  const bankCard = '6222021234567890128';
  const rows: string[][] = [['手机号', '姓名', '来源', '备注']];
  const good: GoodRow[] = [];
  for (let i = 0; i < rowCount; i += 1) {
    const phone = `1${3 + (i % 7)}${String(100_000_000 + ((i * 7_919) % 900_000_000)).padStart(9, '0')}`;
    const name = `测试用户${i}`;
    const source = i % 2 === 0 ? '门店会员登记表' : '小程序注册页';
    if (i % 100 === 99) {
      const kind = (i / 100) % 4;
      if (kind < 1) rows.push([phone, name, source, idCard]);
      else if (kind < 2) rows.push([phone, name, source, `卡号 ${bankCard}`]);
      else if (kind < 3) rows.push([phone.slice(0, 10), name, source, '']);
      else rows.push([rows[1]![0]!, name, source, '']);
      continue;
    }
    rows.push([phone, name, source, '']);
    good.push({ phone, name, source });
  }
  return { bytes: iconv.encode(Papa.unparse(rows, { newline: '\r\n' }), 'gbk'), good };
}

/** Runs a call in the page while sampling the main thread's JS heap every 100 ms; returns its result and the peak in MB. */
async function withHeapPeak<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: Awaited<T>; peakMb: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  let peak = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      peak = Math.max(peak, usage.usedSize);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    const result = await run();
    return { result, peakMb: peak / (1024 * 1024) };
  } finally {
    running = false;
    await sampler;
  }
}

const call = harnessCaller<ImportBenchApi>('importBench');

/**
 * Importing a 100,000-row GBK CSV with 1% bad rows through the app's own
 * code — file kept, parsed and checked in the worker, deduplicated by blind
 * index, sealed and stored — against raw IndexedDB puts of the rows it
 * stores, each on a fresh origin of one persistent profile, two runs each
 * (medians); the main thread's heap during the import; then the export of the
 * stored 99,000 rows to xlsx, its time and heap.
 */
export async function measureImportAndExport(distDir: string, log: (line: string) => void): Promise<BenchFigure[]> {
  const { bytes, good } = syntheticFile();
  await writeFile(path.join(distDir, 'bench', fileName), bytes);
  const servers = await Promise.all([0, 1, 2, 3].map(() => startStaticServer(distDir)));
  const profile = await mkdtemp(path.join(tmpdir(), 'sms-ca-import-bench-'));
  const executablePath = resolveChromiumPath();
  const context = await chromium.launchPersistentContext(profile, { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const pages: Page[] = [];
    for (const server of servers) {
      const page = await context.newPage();
      await page.goto(`${server.url}/bench/`);
      await page.getByText('ready').waitFor();
      await call(page, 'load', fileName);
      pages.push(page);
    }
    const [rawA, importA, rawB, importB] = pages as [Page, Page, Page, Page];
    const raw: number[] = [];
    const imported: number[] = [];
    const heaps: number[] = [];
    let counts = { stored: 0, refused: 0, total: 0 };
    for (const [rawPage, importPage, run] of [[rawA, importA, 1], [rawB, importB, 2]] as const) {
      log(`raw IndexedDB puts of the good rows (${run}/2)…`);
      raw.push(await call(rawPage, 'rawPutsOfGoodRows', good));
      log(`import of the GBK CSV (${run}/2)…`);
      const cdp = await context.newCDPSession(importPage);
      const { result, peakMb } = await withHeapPeak(cdp, () => call(importPage, 'importFile'));
      imported.push(result.ms);
      heaps.push(peakMb);
      counts = result;
    }
    if (counts.stored !== good.length) throw new Error(`the import stored ${counts.stored} rows, not ${good.length}`);
    log('export of the ledger to xlsx…');
    const cdp = await context.newCDPSession(importB);
    const exported = await withHeapPeak(cdp, () => call(importB, 'exportXlsx'));
    const rawMs = median(raw);
    const importMs = median(imported);
    return [
      {
        name: 'import of a 100k-row GBK CSV (1% bad) / raw IndexedDB puts',
        value: round(importMs / rawMs, 2),
        unit: 'x',
        target: 1.3,
        better: 'lower',
        detail: `读取、检查、去重、加密、写入 ${round(importMs / 1000, 1)} s / 同样 ${good.length} 行的原始 IndexedDB 写入 ${round(rawMs / 1000, 1)} s（各两次的中位数）；导入 ${counts.stored} 条，拒绝 ${counts.refused} 行`,
      },
      { name: 'JS heap during that import (peak)', value: round(Math.max(...heaps), 1), unit: 'MB', target: 150, better: 'lower', detail: `页面主线程，每 100 ms 取样；两次 ${heaps.map((heap) => round(heap, 1)).join(' / ')} MB` },
      { name: 'export of the ledger to xlsx', value: round(exported.result.ms / 1000, 2), unit: 's', target: 15, better: 'lower', detail: `${exported.result.rows} 行，${round(exported.result.bytes / 1024 / 1024, 1)} MB` },
      { name: 'JS heap during that export (peak)', value: round(exported.peakMb, 1), unit: 'MB', target: 200, better: 'lower', detail: '页面主线程，每 100 ms 取样' },
    ];
  } finally {
    await context.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(profile, { recursive: true, force: true });
  }
}
