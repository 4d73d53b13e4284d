import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { PersonalInformationPage } from './pages/personal-information.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';
import { chinaDateDaysAgo, registerPaperLetter } from './support/paper-letter';
import { checkScreen } from './support/screen-walk';

test('the agent\'s start page: every merchant with an overdue duty, without unlocking; the kept schedule holds no phone number or name', async ({ page }) => {
  test.setTimeout(120_000);
  const workspaces = new WorkspacePage(page);
  // One merchant signed 400 days ago and never trained: overdue. Its ledger holds a number and a name.
  await workspaces.create('城南张记小吃店');
  await registerPaperLetter(page, chinaDateDaysAgo(400));
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900139077', name: '欧阳概览', source: '门店登记表' });
  await new AppShellPage(page).goTo('首页');
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'overdue');
  await workspaces.lock();
  // Another merchant, nothing signed yet.
  await workspaces.create('城北李记面馆');
  await workspaces.lock();

  await page.reload();
  const overview = page.getByTestId('schedule-overview');
  await expect(overview).toContainText('各商户的待办');
  const row = overview.locator('li').filter({ hasText: '城南张记小吃店' });
  await expect(row).toContainText(/[1-9]\d* 项逾期/);
  await expect(row).toContainText(/最早逾期：.+（期限 \d{4}-\d{2}-\d{2}）/);
  await expect(overview).not.toContainText('城北李记面馆');
  await checkScreen(page, 'workspaces-overview');

  const stored = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))));
  expect(stored).toContain('城南张记小吃店');
  for (const personal of ['13900139077', '139****9077', '欧阳概览']) expect(stored).not.toContain(personal);
  // What a schedule says in words (titles, bodies) carries no long digit run: no phone number, no ID number.
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('sms-ca.reminder-schedules.v1') ?? '{}')) as Record<string, { title: string; body: string }[]>;
  const words = Object.values(kept).flat().map((item) => `${item.title} ${item.body}`);
  expect(words.length).toBeGreaterThan(0);
  for (const text of words) expect(text).not.toMatch(/\d{7,}/);

  // Search narrows the list; 新商户签约 goes from the new workspace straight into signing.
  await page.getByLabel('按名称查找工作区').fill('李记');
  await expect(page.getByTestId('workspace-card')).toHaveCount(1);
  await page.getByRole('link', { name: '新商户签约' }).click();
  await expect(page.getByRole('heading', { name: '新商户签约', level: 1 })).toBeVisible();
  await page.getByLabel('工作区名称').fill('城西王记超市');
  await page.getByLabel('密码', { exact: true }).fill(testPassphrase);
  await page.getByLabel('再输入一次密码').fill(testPassphrase);
  await page.getByRole('button', { name: '创建工作区' }).click();
  const code = page.getByTestId('recovery-code');
  await expect(code).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('请输入恢复码的最后一组').fill((await code.locator('span').last().textContent()) ?? '');
  await page.getByRole('button', { name: '我已保存，进入工作区' }).click();
  await expect(page.getByRole('heading', { name: '签署责任书', level: 1 })).toBeVisible();
});
