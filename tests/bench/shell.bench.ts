import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { createIpcListener } from '@main/ipc-router';
import { median, round, type BenchFigure } from './bench-result';

/** Size of the renderer's JavaScript a start loads, gzip-compressed, beside the size of all of it. */
export async function measureBundleSize(distDir: string): Promise<BenchFigure> {
  const renderer = path.join(distDir, 'renderer');
  const assets = path.join(renderer, 'assets');
  const files = (await readdir(assets)).filter((file) => file.endsWith('.js'));
  // What a start loads: the entry script and the chunks index.html preloads.
  const html = await readFile(path.join(renderer, 'index.html'), 'utf8');
  const atStart = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!));
  if (atStart.size === 0) throw new Error('no script found in dist/renderer/index.html');
  let startGzip = 0;
  let allGzip = 0;
  let allRaw = 0;
  for (const file of files) {
    const content = await readFile(path.join(assets, file));
    const gzip = gzipSync(content).byteLength;
    allRaw += content.byteLength;
    allGzip += gzip;
    if (atStart.has(file)) startGzip += gzip;
  }
  return {
    name: 'renderer JavaScript loaded at start (gzip)',
    value: round(startGzip / 1024, 1),
    unit: 'KiB',
    target: 300,
    better: 'lower',
    detail: `启动加载 ${atStart.size} 个文件；全部 ${files.length} 个文件 ${round(allGzip / 1024, 1)} KiB（未压缩 ${round(allRaw / 1024, 1)} KiB），其余按页面加载`,
  };
}

/** Time from navigation start to the first frame of the welcome screen, median of fresh pages. */
export async function measureFirstRender(browser: Browser, baseUrl: string, runs = 7): Promise<BenchFigure> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    // The page's own clock, from navigation to the first frame painted with the
    // welcome heading, taken in the page: Playwright's polling is not counted.
    await context.addInitScript(() => {
      const heading = '欢迎使用短信合规助手';
      const observer = new MutationObserver(() => {
        if (![...document.querySelectorAll('h1')].some((element) => element.textContent === heading)) return;
        observer.disconnect();
        requestAnimationFrame(() => Object.assign(window, { welcomePaintedAt: performance.now() }));
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: '欢迎使用短信合规助手' }).waitFor();
    samples.push(await page.waitForFunction(() => (window as { welcomePaintedAt?: number }).welcomePaintedAt).then((handle) => handle.jsonValue() as Promise<number>));
    await context.close();
  }
  return { name: 'first render of a fresh start (welcome)', value: round(median(samples), 1), unit: 'ms', target: 1000, better: 'lower', detail: `${runs} 次的中位数；页面自己的时钟，从导航开始到画出欢迎标题的第一帧` };
}

/**
 * Cost of the IPC guard (sender check + zod parse + Result) against calling
 * the same handler directly, for a 64 KiB save request, in one run.
 */
export async function measureIpcGuardOverhead(iterations = 20_000): Promise<BenchFigure> {
  const request = { suggestedName: '责任书.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], data: new Uint8Array(64 * 1024) };
  const handler = async () => ({ saved: false as const });
  const listener = createIpcListener('files:save', handler, { logError: () => undefined, callerOf: () => 'main' });
  const event = { senderFrame: { url: 'app://app/', parent: null }, sender: { id: 1 } } as never;

  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    for (let i = 0; i < iterations; i += 1) await run();
    return performance.now() - started;
  };
  await time(() => listener(event, request));
  const rawSamples: number[] = [];
  const guardedSamples: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    rawSamples.push(await time(handler));
    guardedSamples.push(await time(() => listener(event, request)));
  }
  const raw = median(rawSamples);
  const guarded = median(guardedSamples);
  return {
    name: 'IPC guard per call vs direct call',
    value: round((guarded - raw) / iterations * 1000, 2),
    unit: 'µs',
    target: 50,
    better: 'lower',
    detail: `守卫 ${round(guarded / iterations * 1000, 2)} µs / 直接调用 ${round(raw / iterations * 1000, 2)} µs`,
  };
}
