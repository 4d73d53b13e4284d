import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { PersonalInformationPage } from './pages/personal-information.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';

const newPassphrase = '河埠头晒着蓝印花布 Wd4$';

function card(page: Page, title: string): Locator {
  return page.locator('section.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function confirmNewCode(section: Locator, button: string): Promise<string> {
  const code = section.getByTestId('new-recovery-code');
  await expect(code).toBeVisible({ timeout: 20_000 });
  const recoveryCode = (await code.locator('span').allTextContents()).join('-');
  await section.getByLabel('请输入恢复码的最后一组（4 个字符），确认您已抄好').fill(recoveryCode.slice(-4));
  await section.getByRole('button', { name: button }).click();
  return recoveryCode;
}

test('after unlocking with the recovery code, a new passphrase is set with the code, without the old passphrase', async ({ page }) => {
  const workspaces = new WorkspacePage(page);
  const recoveryCode = await workspaces.create('恢复码门店');
  await workspaces.lock();
  await workspaces.openUnlock('恢复码门店');
  await page.getByRole('tab', { name: '用恢复码' }).click();
  await page.getByLabel('恢复码', { exact: true }).fill(recoveryCode);
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '您是用恢复码打开的' })).toContainText('不需要旧密码');

  const form = card(page, '修改密码');
  await expect(form.getByRole('radio', { name: '忘了当前密码：用恢复码' })).toBeChecked();
  await form.getByLabel('恢复码', { exact: true }).fill(recoveryCode);
  await form.getByLabel('新密码', { exact: true }).fill(newPassphrase);
  await form.getByLabel('再输入一次新密码').fill(newPassphrase);
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(form.getByRole('status')).toContainText('密码已修改');
  await expect(form.getByRole('status')).toContainText('更换数据密钥');

  await workspaces.lock();
  await workspaces.openUnlock('恢复码门店');
  await workspaces.submitPassphrase(testPassphrase);
  await expect(page.getByRole('alert')).toHaveText('密码不对。请注意大小写和输入法状态后再试。');
  await workspaces.unlock('恢复码门店', newPassphrase);
});

test('更换数据密钥: a new code first, then every record sealed again with progress; the old passphrase and code stop working', async ({ page }) => {
  const workspaces = new WorkspacePage(page);
  const oldCode = await workspaces.create('换钥门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900005555', name: '换钥一', source: '登记表' });
  await ledger.add({ phone: '13900006666', name: '换钥二', source: '登记表' });
  await new AppShellPage(page).goTo('设置');
  await expect(card(page, '在本机记住密码')).toContainText('只修改密码不够');

  const rotation = card(page, '更换数据密钥');
  await rotation.getByLabel('当前密码').fill(testPassphrase);
  await rotation.getByLabel('新密码', { exact: true }).fill(newPassphrase);
  await rotation.getByLabel('再输入一次新密码').fill(newPassphrase);
  await rotation.getByRole('button', { name: '下一步：生成新恢复码…' }).click();
  const newCode = await confirmNewCode(rotation, '我已保存，开始更换');
  expect(newCode).not.toBe(oldCode);
  await expect(rotation.getByTestId('rotation-result')).toHaveText(/^数据密钥已更换：\d+ 条记录已用新密钥重新加密。以后请用新密码和新恢复码，旧的已失效。$/, { timeout: 30_000 });
  await card(page, '审计日志核验').getByRole('button', { name: '核验审计日志' }).click();
  await expect(page.getByTestId('audit-result')).toHaveText(/^审计日志完整/);

  await workspaces.lock();
  await workspaces.openUnlock('换钥门店');
  await workspaces.submitPassphrase(testPassphrase);
  await expect(page.getByRole('alert')).toHaveText('密码不对。请注意大小写和输入法状态后再试。');
  await page.getByRole('tab', { name: '用恢复码' }).click();
  await page.getByLabel('恢复码', { exact: true }).fill(oldCode);
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('恢复码不对。请对照打印或抄写的恢复码，逐组核对后再试。');
  await workspaces.unlock('换钥门店', newPassphrase);
  await ledger.open();
  await expect(ledger.rows()).toHaveCount(2);
  await expect(ledger.table()).toContainText('139****6666');
});

test('重新生成恢复码: the old code works until the new one is confirmed, then only the new one', async ({ page }) => {
  const workspaces = new WorkspacePage(page);
  const oldCode = await workspaces.create('新码门店');
  await new AppShellPage(page).goTo('设置');
  const section = card(page, '重新生成恢复码');
  await section.getByLabel('当前密码').fill(testPassphrase);
  await section.getByRole('button', { name: '生成新恢复码…' }).click();
  const newCode = await confirmNewCode(section, '我已保存，启用新恢复码');
  await expect(section.getByRole('status')).toHaveText('新恢复码已启用，旧恢复码已失效。');

  await workspaces.lock();
  await workspaces.openUnlock('新码门店');
  await page.getByRole('tab', { name: '用恢复码' }).click();
  await page.getByLabel('恢复码', { exact: true }).fill(oldCode);
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('恢复码不对。请对照打印或抄写的恢复码，逐组核对后再试。');
  await page.getByLabel('恢复码', { exact: true }).fill(newCode);
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByTestId('open-workspace')).toHaveText('当前工作区：新码门店', { timeout: 20_000 });
});
