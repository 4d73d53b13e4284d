import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { WorkspacePage } from './pages/workspace.page';

const day = 86_400_000;
/** The China date `days` before today, as a date input wants it. */
const chinaDateDaysAgo = (days: number) => new Date(Date.now() + 8 * 3_600_000 - days * day).toISOString().slice(0, 10);
const scan = { name: '责任书扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n纸质责任书扫描件（测试）\n%%EOF\n', 'utf8') };

async function registerPaperLetter(page: Page, signedOn: string): Promise<void> {
  await new AppShellPage(page).goTo('文档');
  await page.getByLabel('经营者名称').fill('城南张记小吃店');
  await page.getByLabel('签署日期').fill(signedOn);
  await page.getByLabel('签署时间').fill('10:00');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择扫描件并登记…' }).click();
  await (await chooser).setFiles(scan);
  await expect(page.getByRole('status').filter({ hasText: '已登记纸质签署的责任书。' })).toBeVisible();
}

async function markDone(page: Page, duty: string): Promise<void> {
  const row = page.getByTestId(`duty-${duty}`);
  await row.getByRole('button', { name: '记录已完成…' }).click();
  await row.getByLabel('说明（选填）').fill('按期完成');
  await row.getByRole('button', { name: '保存' }).click();
}

test('a letter signed 100 days ago: rotation and self-inspection are overdue first; marking them done turns them green', async ({ page }) => {
  const shell = new AppShellPage(page);
  const workspaces = new WorkspacePage(page);
  await workspaces.create('首页测试');
  await expect(page.getByRole('heading', { name: '第一步：签署责任书' })).toBeVisible();

  await registerPaperLetter(page, chinaDateDaysAgo(100));
  await shell.goTo('首页');
  const rotation = page.getByTestId('duty-credential-rotation');
  const inspection = page.getByTestId('duty-self-inspection');
  await expect(rotation).toHaveAttribute('data-state', 'overdue');
  await expect(inspection).toHaveAttribute('data-state', 'overdue');
  await expect(rotation).toContainText(/已逾期 \d+ 天/);
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'upcoming');
  await expect(page.getByTestId('duty-emergency-drill')).toHaveAttribute('data-state', 'upcoming');
  // Overdue first, and an overdue row offers no way to dismiss it.
  const states = await page.locator('.duty-list > li').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')));
  expect(states.slice(0, 2)).toEqual(['overdue', 'overdue']);
  await expect(rotation.getByRole('button', { name: /忽略|关闭|隐藏/ })).toHaveCount(0);
  const red = await rotation.evaluate((row) => getComputedStyle(row).borderLeftColor);

  await markDone(page, 'credential-rotation');
  await expect(rotation).toHaveAttribute('data-state', 'done');
  await markDone(page, 'self-inspection');
  await expect(inspection).toHaveAttribute('data-state', 'done');
  await expect(inspection).toContainText(`最近一次：${chinaDateDaysAgo(0)}`);
  await expect(rotation).toContainText(`最近一次：${chinaDateDaysAgo(0)}；下一次在 ${chinaDateDaysAgo(-90)} 前`);
  const green = await rotation.evaluate((row) => getComputedStyle(row).borderLeftColor);
  expect(green).not.toBe(red);
  expect(green).toMatch(/^rgb\((\d+), (\d+), (\d+)\)$/);
  const [r = 0, g = 0, b = 0] = (green.match(/\d+/g) ?? []).map(Number);
  expect(g).toBeGreaterThan(r);
  expect(g).toBeGreaterThan(b);

  // What was recorded is kept: locked and unlocked, both are still done.
  await workspaces.lock();
  await workspaces.unlock('首页测试');
  await expect(page.getByTestId('duty-credential-rotation')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('duty-self-inspection')).toHaveAttribute('data-state', 'done');
  expect(shell.consoleErrors).toEqual([]);
});

test('a completion dated in the future is refused in Chinese', async ({ page }) => {
  await new WorkspacePage(page).create('日期测试');
  await registerPaperLetter(page, chinaDateDaysAgo(100));
  await new AppShellPage(page).goTo('首页');
  const row = page.getByTestId('duty-credential-rotation');
  await row.getByRole('button', { name: '记录已完成…' }).click();
  await row.getByLabel('完成日期').fill(chinaDateDaysAgo(-3));
  await row.getByRole('button', { name: '保存' }).click();
  await expect(row.getByRole('status')).toHaveText('完成日期不能晚于今天。');
  await expect(row).toHaveAttribute('data-state', 'overdue');
});

test('设置 imports a new year of the holiday calendar only after checking and previewing it', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('日历测试');
  await shell.goTo('设置');
  const settings = page.getByTestId('calendar-settings');
  await expect(settings).toContainText('覆盖 2004–2026 年');

  const pick = async (name: string, content: string) => {
    const chooser = page.waitForEvent('filechooser');
    await settings.getByRole('button', { name: '导入新年度日历…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
  };
  // The blank file for the next year, to fill in from the State Council's notice.
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: '保存 2027 年空白日历文件…' }).click();
  const template = await download;
  expect(template.suggestedFilename()).toBe('节假日日历-2027.json');
  const blank: unknown = JSON.parse(readFileSync(await template.path(), 'utf8'));
  expect(blank).toMatchObject({ format: 'sms-ca-calendar', version: 1, coveredFrom: 2027, coveredThrough: 2027, holidays: ['2027-01-01'], workdays: [] });

  await pick('坏文件.json', '{ 这不是 JSON');
  await expect(settings.getByRole('status')).toHaveText('这个文件不是有效的日历：不是 JSON 格式');
  const year2027 = {
    format: 'sms-ca-calendar',
    version: 1,
    source: '测试用 2027 年安排',
    coveredFrom: 2027,
    coveredThrough: 2027,
    holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-04-05', '2027-05-01', '2027-10-01'],
    workdays: ['2027-01-04'],
  };
  await pick('2027.json', JSON.stringify({ ...year2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [] }));
  await expect(settings.getByRole('status')).toHaveText('这个文件不是有效的日历：每一年都要列出全部放假日：至少 11 天，并包括元旦（1 月 1 日）');
  await pick('2027.json', JSON.stringify(year2027));
  await expect(settings.getByRole('status')).toHaveText('这个文件不是有效的日历：调休上班日应当是周六或周日');

  await pick('2027.json', JSON.stringify({ ...year2027, workdays: ['2027-01-09'] }));
  await expect(settings.getByTestId('calendar-preview')).toHaveText('2027 年：放假 11 天；调休上班 2027-01-09');
  await expect(settings).toContainText('覆盖 2004–2026 年');
  await settings.getByRole('button', { name: '使用这个日历' }).click();
  await expect(settings.getByRole('status')).toHaveText('已导入，期限已按新日历重新计算。');
  await expect(settings).toContainText('覆盖 2004–2027 年');
  expect(shell.consoleErrors).toEqual([]);
});
