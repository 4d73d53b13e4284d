import type { Page } from '@playwright/test';
import { median, round, type BenchFigure } from './bench-result';

type Harness = { dashboardBench: { updates: (runs: number) => Promise<{ samples: number[]; clocks: number }> } };

/**
 * 首页 after a write, on the storage bench's workspace (its 100,000 phone
 * numbers plus 1,000 each of credentials, incidents and force-majeure
 * events): from the write's call to the new due items, median of ten.
 */
export async function measureDashboardUpdate(page: Page): Promise<BenchFigure> {
  const { samples, clocks } = await page.evaluate((runs) => (window as unknown as Harness).dashboardBench.updates(runs), 10);
  return {
    name: 'dashboard update after a write (100k personal + 3k event records)',
    value: round(median(samples), 1),
    unit: 'ms',
    target: 100,
    better: 'lower',
    detail: `写入一条安全事件到重新算出全部期限，10 次中位数，最慢 ${round(Math.max(...samples), 1)} ms；共 ${clocks} 个时钟`,
  };
}
