import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { LedgerPage } from './pages/ledger.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';
import { chinaDateDaysAgo, registerPaperLetter } from './support/paper-letter';
import { addPerson } from './support/staff';

/** The day two years after a China date (the same day of the month). */
function twoYearsAfter(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(year) + 2}-${month}-${day}`;
}

test('the service\'s end is recorded on the letter; a compliance record and its files cannot be deleted before 2 years after it, and the refusal gives the date', async ({ page }) => {
  test.setTimeout(180_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('终止门店');
  await registerPaperLetter(page, chinaDateDaysAgo(100));
  await addPerson(page, '周留存');

  // While the service runs: refused, with the rule.
  await page.getByRole('button', { name: '删除…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '不能删除' })).toHaveText('不能删除：责任书条款 二(一) 要求，在使用短信接口期间以及服务结束后至少 2 年内保留合规记录。');
  await expect(page.getByRole('dialog')).toBeHidden();

  // 首页 → 责任书: the service ended today (a date in the future or before signing is refused).
  await shell.goTo('首页');
  const letter = page.getByTestId('letter-status');
  await letter.getByRole('button', { name: '记录服务终止…' }).click();
  await letter.getByLabel('服务终止日期').fill(chinaDateDaysAgo(-1));
  await letter.getByRole('button', { name: '保存服务终止日期' }).click();
  await expect(letter.getByText('服务终止日期不能晚于今天。')).toBeVisible();
  await letter.getByLabel('服务终止日期').fill(chinaDateDaysAgo(101));
  await letter.getByRole('button', { name: '保存服务终止日期' }).click();
  await expect(letter.getByText(`服务终止日期不能早于签署日期（${chinaDateDaysAgo(100)}）。`)).toBeVisible();
  const endedOn = chinaDateDaysAgo(0);
  await letter.getByLabel('服务终止日期').fill(endedOn);
  await letter.getByRole('button', { name: '保存服务终止日期' }).click();
  await expect(letter.getByRole('status')).toHaveText('已记录服务终止日期，并记入操作日志。个人信息台账中的手机号须在 15 个工作日内彻底删除（条款 一(一)3），首页会提醒。');
  await expect(letter.getByTestId('service-ended')).toContainText(`服务已于 ${endedOn} 终止`);
  const keptThrough = twoYearsAfter(endedOn);
  await expect(letter).toContainText(`合规记录要保存到 ${keptThrough}（含当天，条款 二(一)）`);
  // Recurring duties stop with the service.
  await expect(page.getByTestId('duty-training')).toHaveCount(0);

  // The record, and a file kept with a record, are refused until then, with the date.
  await new LedgerPage(page, '人员名册').open();
  await page.getByRole('link', { name: '查看：周留存（门店）' }).click();
  await page.getByRole('button', { name: '删除…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '不能删除' })).toHaveText(
    `不能删除：责任书要求合规记录在服务结束后至少保留 2 年（条款 二(一)），这条记录要保留到 ${keptThrough}（含当天），此后才能删除。`,
  );

  const training = new LedgerPage(page, '培训记录');
  await training.open();
  await training.startAdding('记录一次培训');
  await page.getByRole('group', { name: '培训内容（条款 一(五)2 的四项）' }).getByRole('checkbox').first().check();
  await page.getByRole('group', { name: '参加人员（从人员名册中勾选）' }).getByRole('checkbox', { name: '周留存（门店）' }).check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).last().click();
  await (await chooser).setFiles({ name: '签到表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n签到表\n%%EOF\n') });
  await training.save();
  const files = page.getByTestId('attachments');
  await files.getByRole('button', { name: '删除…' }).click();
  await expect(files.getByRole('status')).toHaveText(`不能删除：这是合规记录的附件，要保留到 ${keptThrough}（含当天），此后才能删除。`);
  await expect(files).toContainText('签到表.pdf');

  // Undone (recorded by mistake): the letter is in force again.
  await shell.goTo('首页');
  await letter.getByRole('button', { name: '服务没有终止（撤销）' }).click();
  await expect(letter.getByRole('status')).toHaveText('已撤销服务终止日期：责任书继续有效。');
  await expect(page.getByTestId('duty-training')).toBeVisible();
  expect(shell.consoleErrors).toEqual([]);
});

test('deleting a workspace while its records must be kept is refused in plain words, and allowed once an archive export is saved', async ({ page }) => {
  test.setTimeout(180_000);
  const workspaces = new WorkspacePage(page);
  await workspaces.create('存档门店');
  await registerPaperLetter(page, chinaDateDaysAgo(30));
  await page.getByRole('button', { name: '切换工作区' }).click();
  await workspaces.create('另一门店');
  await workspaces.lock();

  const card = page.getByTestId('workspace-card').filter({ hasText: '存档门店' });
  await card.getByRole('button', { name: '删除' }).click();
  const dialog = page.getByRole('dialog', { name: '删除工作区「存档门店」' });
  await dialog.getByLabel(/请输入工作区名称/).fill('存档门店');
  await dialog.getByLabel('请输入这个工作区的密码').fill(testPassphrase);
  await dialog.getByRole('button', { name: '永久删除' }).click();
  const refusal = dialog.getByTestId('retention-refusal');
  await expect(refusal).toContainText('现在不能删除：这个工作区里有已签署的责任书。使用短信接口期间以及服务结束后至少 2 年内，合规记录都要保存（条款 二(一)）。', { timeout: 20_000 });
  await expect(refusal).toContainText('请先导出一份存档备份并妥善保存');
  await expect(page.getByTestId('workspace-card')).toHaveCount(2);

  // The archive: an encrypted backup handed to the browser's downloads.
  const download = page.waitForEvent('download');
  await refusal.getByRole('button', { name: '导出存档备份…' }).click();
  const archive = await download;
  expect(archive.suggestedFilename()).toMatch(/^存档门店-存档-\d{4}-\d{2}-\d{2}\.smsbak$/);
  await expect(dialog.getByTestId('archive-status')).toContainText('存档备份已交给浏览器下载', { timeout: 20_000 });
  await expect(refusal).toBeHidden();

  await dialog.getByRole('button', { name: '永久删除' }).click();
  await expect(page.getByText('工作区已删除。')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('workspace-card')).toHaveCount(1);
  await expect(page.getByTestId('workspace-card')).toContainText('另一门店');
});
