import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PersonalInformationPage } from './pages/personal-information.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';

async function backUp(page: Page): Promise<Buffer> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即备份…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^备份门店-备份-\d{4}-\d{2}-\d{2}\.smsbak$/);
  // The browser cannot know whether the download was kept: the app says it handed it over, not that it is saved.
  await expect(page.getByTestId('backup-status')).toContainText('备份已制作并核对无误，已交给浏览器下载「备份门店-备份-');
  await expect(page.getByTestId('backup-status')).not.toContainText('已保存');
  return readFile(await file.path());
}

async function chooseBackup(page: Page, buffer: Buffer, passphrase: string): Promise<void> {
  await page.goto('/workspaces/restore');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件…' }).click();
  await (await chooser).setFiles({ name: 'backup.smsbak', mimeType: 'application/octet-stream', buffer });
  await page.getByLabel('密码', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: '核对备份' }).click();
}

test('a backup restores into a fresh profile; damaged or wrong-passphrase backups change nothing', async ({ page, browser }) => {
  await new WorkspacePage(page).create('备份门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900001111', name: '测试一', source: '登记表' });
  await ledger.add({ phone: '13900002222', name: '测试二', source: '登记表' });
  const backup = await backUp(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  try {
    await chooseBackup(other, backup, '不是这个密码 0000');
    await expect(other.getByTestId('restore-status')).toHaveText('密码或恢复码不对：备份要用制作备份时该工作区的密码，交接包要用商户自己设置的密码或交接单上的恢复码。现有数据没有改动。');
    await chooseBackup(other, backup.subarray(0, backup.byteLength - 100), testPassphrase);
    await expect(other.getByTestId('restore-status')).toHaveText('备份文件不完整（可能没有复制完），不能恢复。现有数据没有改动。');
    const altered = Buffer.from(backup);
    altered[altered.byteLength - 50] = (altered[altered.byteLength - 50] ?? 0) ^ 0x10;
    await chooseBackup(other, altered, testPassphrase);
    await expect(other.getByTestId('restore-status')).toHaveText('备份文件已损坏或被改动过，不能恢复。现有数据没有改动。');
    await other.goto('/workspaces');
    await expect(other.getByRole('heading', { name: '欢迎使用短信合规助手' })).toBeVisible();

    await chooseBackup(other, backup, testPassphrase);
    await expect(other.getByRole('status').filter({ hasText: '备份核对无误' })).toContainText('工作区「备份门店」');
    await other.getByRole('button', { name: '恢复这个备份' }).click();
    await expect(other.getByRole('heading', { name: '解锁「备份门店」' })).toBeVisible();
    await new WorkspacePage(other).submitPassphrase(testPassphrase);
    await expect(other.getByTestId('open-workspace')).toHaveText('当前工作区：备份门店');
    const restoredLedger = new PersonalInformationPage(other);
    await restoredLedger.open();
    await expect(restoredLedger.rows()).toHaveCount(2);
    await expect(restoredLedger.table()).toContainText('139****2222');

    await chooseBackup(other, altered, testPassphrase);
    await expect(other.getByTestId('restore-status')).toContainText('现有数据没有改动');
    await new WorkspacePage(other).unlock('备份门店');
    await new PersonalInformationPage(other).open();
    await expect(restoredLedger.rows()).toHaveCount(2);
  } finally {
    await fresh.close();
  }
});
