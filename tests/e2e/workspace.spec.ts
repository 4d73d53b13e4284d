import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';

test('first start: welcome, create a workspace, see the recovery code once, enter', async ({ page }) => {
  const shell = new AppShellPage(page);
  await shell.open('/');
  await expect(page).toHaveURL(/\/workspaces$/);
  await expect(page.getByRole('heading', { name: '欢迎使用短信合规助手' })).toBeVisible();
  // The five sections are there from the start; 首页 is the welcome until a workspace is open.
  await expect(shell.navigation().getByRole('link', { name: '首页', exact: true })).toHaveClass(/active/);
  await shell.goTo('台账');
  await expect(shell.heading()).toHaveText('台账');
  await expect(page.getByTestId('locked-section')).toContainText('第一次使用：先新建一个工作区');
  await shell.goTo('首页');
  await expect(page.getByRole('heading', { name: '欢迎使用短信合规助手' })).toBeVisible();
  await shell.goTo('签署');
  await page.getByTestId('locked-section').getByRole('link', { name: '新建工作区' }).click();
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await shell.goTo('首页');

  await page.getByRole('link', { name: '新建工作区' }).click();
  await page.getByLabel('工作区名称').fill('城东门店');
  await page.getByLabel('密码', { exact: true }).fill('123456789a');
  await expect(page.getByTestId('strength-label')).toHaveText(/^密码强度：(很弱|弱)$/);
  await page.getByLabel('再输入一次密码').fill('123456789a');
  await page.getByRole('button', { name: '创建工作区' }).click();
  await expect(page.getByText('密码太容易被猜到，请按上面的提示加强。')).toBeVisible();

  const workspace = new WorkspacePage(page);
  const code = await workspace.create('城东门店');
  expect(code.split('-')).toHaveLength(8);
  await expect(shell.heading()).toHaveText('合规概览');
  await page.goto('/workspaces/new');
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);
  expect(shell.consoleErrors).toEqual([]);
});

test('lock, wrong then right passphrase, then the recovery code', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  const code = await workspace.create('门店甲');
  await workspace.lock();
  await expect(page.getByText('工作区已锁定。')).toBeVisible();
  // A section opened while locked shows nothing of the workspace, only the way to unlock it.
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
  await expect(page.getByTestId('locked-section')).toContainText('请先解锁您的工作区');
  await expect(page.getByText('关于本应用')).toHaveCount(0);
  await page.getByRole('link', { name: '去解锁工作区' }).click();
  await expect(page).toHaveURL(/\/workspaces$/);

  await workspace.openUnlock('门店甲');
  await workspace.submitPassphrase('这不是正确的密码 0000');
  await expect(page.getByRole('alert')).toHaveText('密码不对。请注意大小写和输入法状态后再试。');
  await expect(page.getByText('已连续输错 1 次。')).toBeVisible();
  await workspace.submitPassphrase(testPassphrase);
  await expect(page.getByTestId('open-workspace')).toHaveText('当前工作区：门店甲');

  await workspace.lock();
  await workspace.openUnlock('门店甲');
  await page.getByRole('tab', { name: '用恢复码' }).click();
  await page.getByLabel('恢复码').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByTestId('open-workspace')).toHaveText('当前工作区：门店甲');
  await expect(page.getByText('您是用恢复码打开的。')).toBeVisible();
});

test('repeated wrong passphrases make the user wait', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.create('门店乙');
  await workspace.lock();
  await workspace.openUnlock('门店乙');
  for (let i = 0; i < 3; i += 1) {
    await workspace.submitPassphrase(`错误的密码第${i}次尝试`);
    await expect(page.getByRole('alert')).toContainText('密码不对');
  }
  await expect(page.getByText(/输错次数过多，请在 \d+ 秒后重试。/)).toBeVisible();
  await expect(page.getByRole('button', { name: '解锁', exact: true })).toBeDisabled();
  await page.reload();
  await expect(page.getByText(/请在 \d+ 秒后重试/)).toBeVisible();
});

test('the workspace locks itself after the idle time', async ({ page }) => {
  await page.clock.install();
  const workspace = new WorkspacePage(page);
  await workspace.create('门店丙');
  await new AppShellPage(page).goTo('台账');
  await page.clock.fastForward('09:00');
  await expect(page.getByTestId('open-workspace')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByText('因为长时间没有操作，工作区已自动锁定。')).toBeVisible();
  await expect(page).toHaveURL(/\/workspaces$/);
  await expect(page.getByTestId('open-workspace')).toHaveCount(0);
});

test('switch, rename and delete workspaces; deleting asks for the name and the passphrase and says what goes', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.create('门店一');
  await page.getByRole('button', { name: '切换工作区' }).click();
  await workspace.create('门店二');
  await page.getByRole('button', { name: '切换工作区' }).click();
  await expect(page.getByTestId('workspace-card')).toHaveCount(2);

  const first = page.getByTestId('workspace-card').filter({ hasText: '门店一' });
  await first.getByRole('button', { name: '重命名' }).click();
  await first.getByLabel('新名称').fill('门店一号');
  await first.getByRole('button', { name: '保存名称' }).click();
  await expect(page.getByTestId('workspace-card').filter({ hasText: '门店一号' })).toHaveCount(1);

  const second = page.getByTestId('workspace-card').filter({ hasText: '门店二' });
  const unlockLink = await second.getByRole('link', { name: '解锁' }).getAttribute('href');
  await second.getByRole('button', { name: '删除' }).click();
  const dialog = page.getByRole('dialog', { name: '删除工作区「门店二」' });
  await expect(dialog).toContainText('它的自动快照');
  await expect(dialog).toContainText('在本机记住的密码');
  await expect(dialog).toContainText('它的到期提醒');
  await expect(dialog).toContainText('用其他程序打开过的文件副本');
  await expect(dialog.getByTestId('delete-law')).toContainText('服务结束后合规记录（台账、审核记录、自查和整改记录等）至少还要保存 2 年');
  await expect(dialog.getByTestId('delete-law')).toContainText('条款 二(一)');
  const confirm = dialog.getByRole('button', { name: '永久删除' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/请输入工作区名称/).fill('门店二');
  // The name alone is not enough.
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('请输入这个工作区的密码').fill('这不是正确的密码 0000');
  await confirm.click();
  await expect(dialog.getByRole('alert')).toHaveText('密码不对。请注意大小写和输入法状态后再试。');
  await expect(page.getByTestId('workspace-card')).toHaveCount(2);
  await dialog.getByLabel('请输入这个工作区的密码').fill(testPassphrase);
  await confirm.click();
  await expect(page.getByText('工作区已删除。')).toBeVisible();
  await expect(page.getByTestId('workspace-card')).toHaveCount(1);

  // A link (or reminder) to the deleted workspace lands on the list with a word, not on a blank page.
  await page.goto(unlockLink!);
  await expect(page).toHaveURL(/\/workspaces$/);
  await expect(page.getByTestId('workspace-list-notice')).toHaveText('找不到这个工作区，它可能已被删除。请从下面的列表中选择。');
});
