import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { PersonalInformationPage } from './pages/personal-information.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';

const laterPassphrase = '河埠头晒着蓝印花布 Wd4$';

async function backUp(page: Page): Promise<Buffer> {
  await new AppShellPage(page).goTo('设置');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即备份…' }).click();
  const file = await download;
  await expect(page.getByTestId('backup-status')).toContainText('备份已制作并核对无误');
  return readFile(await file.path());
}

async function chooseAndVerify(page: Page, buffer: Buffer, passphrase: string): Promise<void> {
  await page.goto('/workspaces/restore');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件…' }).click();
  await (await chooser).setFiles({ name: 'backup.smsbak', mimeType: 'application/octet-stream', buffer });
  await page.getByLabel('密码', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: '核对备份' }).click();
  await expect(page.getByRole('status').filter({ hasText: '备份核对无误' })).toBeVisible({ timeout: 20_000 });
}

test('restoring over a workspace first hands a safety backup of it to the downloads, warns that the passphrase changed, and that backup brings it back', async ({ page }) => {
  const workspaces = new WorkspacePage(page);
  await workspaces.create('安全门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900007777', name: '备份前', source: '登记表' });
  const backup = await backUp(page);
  await ledger.open();
  await ledger.add({ phone: '13900008888', name: '备份后', source: '登记表' });
  const change = page.locator('section.card').filter({ has: page.getByRole('heading', { name: '修改密码', exact: true }) });
  await new AppShellPage(page).goTo('设置');
  await change.getByLabel('当前密码', { exact: true }).fill(testPassphrase);
  await change.getByLabel('新密码', { exact: true }).fill(laterPassphrase);
  await change.getByLabel('再输入一次新密码').fill(laterPassphrase);
  await change.getByRole('button', { name: '修改密码' }).click();
  await expect(change.getByRole('status')).toContainText('密码已修改');

  await chooseAndVerify(page, backup, testPassphrase);
  await expect(page.getByTestId('restore-key-warning')).toHaveText(
    '注意：这份备份制作之后，现有工作区改过密码或重新生成过恢复码。恢复后，要用制作备份时的密码（或那时的恢复码）解锁，现在的密码和恢复码将不能再用。',
  );
  await expect(page.getByTestId('restore-safety-plan')).toContainText('替换之前，会先把现有数据做成一份安全备份，交给浏览器下载');
  const safetyDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '恢复这个备份' }).click();
  const safety = await safetyDownload;
  expect(safety.suggestedFilename()).toMatch(/^安全门店-替换前的安全备份-\d{4}-\d{2}-\d{2}\.smsbak$/);
  await expect(page.getByTestId('restore-safety')).toHaveText(`替换前的安全备份「${safety.suggestedFilename()}」已交给浏览器下载，请在下载列表里确认它已保存。`);
  await workspaces.submitPassphrase(testPassphrase);
  await expect(page.getByTestId('open-workspace')).toHaveText('当前工作区：安全门店', { timeout: 20_000 });
  await ledger.open();
  await expect(ledger.rows()).toHaveCount(1);

  // The safety backup holds the workspace as it was before the restore.
  await chooseAndVerify(page, await readFile(await safety.path()), laterPassphrase);
  const second = page.waitForEvent('download');
  await page.getByRole('button', { name: '恢复这个备份' }).click();
  await second;
  await workspaces.submitPassphrase(laterPassphrase);
  await expect(page.getByTestId('open-workspace')).toHaveText('当前工作区：安全门店', { timeout: 20_000 });
  await ledger.open();
  await expect(ledger.rows()).toHaveCount(2);
  await expect(ledger.table()).toContainText('139****8888');
});
