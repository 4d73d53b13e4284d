import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { letterTemplateSchema } from '@shared/letter/letter-template';
import { AppShellPage } from './pages/app-shell.page';
import { PersonalInformationPage } from './pages/personal-information.page';
import { checkScreen } from './support/screen-walk';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';

const template = letterTemplateSchema.parse(
  JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'templates', 'sms-interface-security-letter.v2.json'), 'utf8')),
);

test('an idle lock on 个人信息台账 returns there after unlocking; a different workspace opens on 首页', async ({ page }) => {
  await page.clock.install();
  const shell = new AppShellPage(page);
  const workspaces = new WorkspacePage(page);
  await workspaces.create('门店乙');
  await page.getByRole('button', { name: '切换工作区' }).click();
  await workspaces.create('门店甲');
  await new PersonalInformationPage(page).open();

  await page.clock.fastForward('10:30');
  await expect(page.getByText('因为长时间没有操作，工作区已自动锁定。')).toBeVisible();
  await page.getByTestId('workspace-card').filter({ hasText: '门店甲' }).getByRole('link', { name: '解锁' }).click();
  await workspaces.submitPassphrase(testPassphrase);
  await expect(shell.heading()).toHaveText('个人信息台账', { timeout: 20_000 });
  await expect(page).toHaveURL(/\/ledgers\/personal-information$/);

  // Locked by hand on 设置: back to 设置.
  await shell.goTo('设置');
  await page.getByRole('button', { name: '锁定', exact: true }).click();
  await page.getByTestId('workspace-card').filter({ hasText: '门店甲' }).getByRole('link', { name: '解锁' }).click();
  await workspaces.submitPassphrase(testPassphrase);
  await expect(shell.heading()).toHaveText('设置', { timeout: 20_000 });

  // Switching to another workspace: that one opens on its 首页.
  await page.getByRole('button', { name: '切换工作区' }).click();
  await page.getByTestId('workspace-card').filter({ hasText: '门店乙' }).getByRole('link', { name: '解锁' }).click();
  await workspaces.submitPassphrase(testPassphrase);
  await expect(page.getByTestId('open-workspace')).toHaveText('当前工作区：门店乙', { timeout: 20_000 });
  await expect(shell.heading()).toHaveText('合规概览');
});

test('a section opened while locked sends the user to unlock, then back to that section', async ({ page }) => {
  const shell = new AppShellPage(page);
  const workspaces = new WorkspacePage(page);
  await workspaces.create('门店丙');
  await workspaces.lock();
  await shell.goTo('文档');
  await expect(page.getByTestId('locked-section')).toContainText('请先解锁您的工作区');
  await page.getByRole('link', { name: '去解锁工作区' }).click();
  await page.getByTestId('workspace-card').getByRole('link', { name: '解锁' }).click();
  await workspaces.submitPassphrase(testPassphrase);
  await expect(shell.heading()).toHaveText('文档', { timeout: 20_000 });
});

test('after a restore the unlock screen says 恢复完成: which workspace, how many records, the backup\'s date', async ({ page, browser }) => {
  await new WorkspacePage(page).create('备份门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900001111', name: '测试一', source: '登记表' });
  await new AppShellPage(page).goTo('设置');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即备份…' }).click();
  const backup = await readFile(await (await download).path());

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto('/workspaces/restore');
    const chooser = other.waitForEvent('filechooser');
    await other.getByRole('button', { name: '选择备份文件…' }).click();
    await (await chooser).setFiles({ name: '备份门店.smsbak', mimeType: 'application/octet-stream', buffer: backup });
    await other.getByLabel('密码', { exact: true }).fill(testPassphrase);
    await other.getByRole('button', { name: '核对备份' }).click();
    const summary = other.getByRole('status').filter({ hasText: '备份核对无误' });
    const [, made, rows] = /制作于 (\d{4}-\d{2}-\d{2} \d{2}:\d{2})，共 (\d+) 条记录/.exec((await summary.textContent()) ?? '') ?? [];
    expect(Number(rows)).toBeGreaterThan(0);
    await checkScreen(other, 'restore-verified');
    await other.getByRole('button', { name: '恢复这个备份' }).click();
    await expect(other.getByRole('heading', { name: '解锁「备份门店」' })).toBeVisible();
    await expect(other.getByTestId('restore-done')).toHaveText(
      `恢复完成：工作区「备份门店」，共 ${rows} 条记录，备份制作于 ${made}。请用刚才核对备份时用的密码（或恢复码）解锁。`,
    );
    await checkScreen(other, 'unlock-after-restore');
    await new WorkspacePage(other).submitPassphrase(testPassphrase);
    await expect(other.getByTestId('open-workspace')).toHaveText('当前工作区：备份门店', { timeout: 20_000 });
  } finally {
    await fresh.close();
  }
});

test('deleting a workspace says what goes and that 二(一) keeps records two years; the clause opens in its own dialog', async ({ page }) => {
  const workspaces = new WorkspacePage(page);
  await workspaces.create('删除门店');
  await workspaces.lock();
  await page.getByTestId('workspace-card').getByRole('button', { name: '删除' }).click();
  const dialog = page.getByRole('dialog', { name: '删除工作区「删除门店」' });
  await expect(dialog).toContainText('这个工作区的责任书、各本台账、证据文件和审计日志');
  await expect(dialog).toContainText('它的自动快照');
  await expect(dialog.getByTestId('delete-law')).toContainText('服务结束后合规记录（台账、审核记录、自查和整改记录等）至少还要保存 2 年');

  const clauseButton = dialog.getByRole('button', { name: /条款 二\(一\)/ });
  await clauseButton.click();
  const clause = page.getByRole('dialog', { name: '责任书条款 二(一)' });
  await expect(clause.getByTestId('clause-text').locator('p')).toHaveText([template.chapters[1]!.sections[0]!.heading, template.chapters[1]!.sections[0]!.clauses[0]!.text]);
  await expect(clause.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(clause).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(clauseButton).toBeFocused();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('workspace-card')).toHaveCount(1);
});

test('设置 → 节假日日历 states the file\'s rules before any import, and its source in plain Chinese', async ({ page }) => {
  await new WorkspacePage(page).create('日历门店');
  await new AppShellPage(page).goTo('设置');
  const calendar = page.getByTestId('calendar-settings');
  await expect(calendar).toContainText('来源：应用自带，按国务院办公厅每年发布的《关于部分节假日安排的通知》整理（2004–2026 年）');
  await expect(calendar).not.toContainText('chinese-days');
  const rules = calendar.getByTestId('calendar-rules').locator('li');
  await expect(rules).toHaveCount(6);
  await expect(rules.nth(0)).toContainText('保存 2027 年空白日历文件');
  await expect(rules.nth(1)).toContainText('2000–2100 年');
  await expect(rules.nth(2)).toContainText('2027-01-01');
  await expect(rules.nth(3)).toContainText('每年至少 11 天，并包括元旦');
  await expect(rules.nth(4)).toContainText('同一天不能既放假又上班');
  await expect(rules.nth(5)).toContainText('漏写的放假日会被当成工作日');
  // The rules come before the buttons that use them.
  const rulesBox = (await calendar.getByTestId('calendar-rules').boundingBox())!;
  const importBox = (await calendar.getByRole('button', { name: '导入新年度日历…' }).boundingBox())!;
  expect(rulesBox.y).toBeLessThan(importBox.y);
});
