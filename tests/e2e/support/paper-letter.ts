import { expect, type Page } from '@playwright/test';
import { AppShellPage } from '../pages/app-shell.page';

const day = 86_400_000;

/** The China date `days` before today (negative: after), as a date input wants it. */
export const chinaDateDaysAgo = (days: number) => new Date(Date.now() + 8 * 3_600_000 - days * day).toISOString().slice(0, 10);

/** A China date and time `minutes` before now, as a datetime-local input wants it. */
export const chinaDateTimeMinutesAgo = (minutes: number) => new Date(Date.now() + 8 * 3_600_000 - minutes * 60_000).toISOString().slice(0, 16);

const scan = { name: '责任书扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n纸质责任书扫描件（测试）\n%%EOF\n', 'utf8') };

/** Registers a letter signed on paper on that day (文档 → 登记纸质签署的责任书). */
export async function registerPaperLetter(page: Page, signedOn: string): Promise<void> {
  await new AppShellPage(page).goTo('文档');
  await page.getByLabel('经营者名称').fill('城南张记小吃店');
  await page.getByLabel('签署日期').fill(signedOn);
  await page.getByLabel('签署时间').fill('10:00');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择扫描件并登记…' }).click();
  await (await chooser).setFiles(scan);
  await expect(page.getByRole('status').filter({ hasText: '已登记纸质签署的责任书。' })).toBeVisible();
}
