import { expect, test, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { LedgerPage } from './pages/ledger.page';
import { WorkspacePage } from './pages/workspace.page';
import { chinaDateDaysAgo, chinaDateTimeMinutesAgo, registerPaperLetter } from './support/paper-letter';
import { filesContaining, withPersistentProfile } from './support/profile-scan';

const secret = 'sk-live-TYPEDONCE-4f9d2c8b7a61';

async function addPerson(page: Page, name: string): Promise<void> {
  const staff = new LedgerPage(page, '人员名册');
  await staff.open();
  await staff.startAdding('登记一位员工');
  await page.getByLabel('姓名', { exact: true }).fill(name);
  await page.getByLabel('部门（选填）').fill('门店');
  await page.getByLabel('入职日期').fill(chinaDateDaysAgo(300));
  await staff.save();
}

async function addCredential(page: Page, entry: Readonly<{ name: string; issuedDaysAgo: number; custodian: string; secret?: string }>): Promise<string> {
  const credentials = new LedgerPage(page, '接口凭证台账');
  await credentials.open();
  await credentials.startAdding('登记一个凭证');
  await page.getByLabel('凭证名称').fill(entry.name);
  await page.getByLabel('保管人（从人员名册中选择）').selectOption({ label: `${entry.custodian}（门店）` });
  await page.getByLabel('权限范围').fill('仅用于发送验证码');
  await page.getByLabel('发放时间').fill(`${chinaDateDaysAgo(entry.issuedDaysAgo)}T09:00`);
  if (entry.secret !== undefined) await page.getByLabel('密钥或密码（选填，不会保存）').fill(entry.secret);
  await credentials.save();
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

test('two credentials keep separate 90-day clocks; a leak recorded now has 1-hour and 24-hour deadlines; the typed secret leaves no trace', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  await withPersistentProfile(
    playwright,
    baseURL,
    async (context) => {
      const page = await context.newPage();
      const shell = new AppShellPage(page);
      await new WorkspacePage(page).create('凭证门店');
      await registerPaperLetter(page, chinaDateDaysAgo(200));
      await addPerson(page, '王保管');

      // One issued 200 days ago and rotated 91 days ago; one issued 10 days ago, its key typed once.
      const old = await addCredential(page, { name: '旧的正式环境密钥', issuedDaysAgo: 200, custodian: '王保管' });
      await page.getByRole('button', { name: '记录一次更换…' }).click();
      await page.getByLabel('更换时间').fill(`${chinaDateDaysAgo(91)}T09:00`);
      await page.getByRole('button', { name: '保存更换记录' }).click();
      await expect(page.getByTestId('credential-rotation')).toContainText(/已逾期 \d+ 天/);
      const fresh = await addCredential(page, { name: '新的正式环境密钥', issuedDaysAgo: 10, custodian: '王保管', secret });
      await expect(page.getByTestId('credential-rotation')).toContainText(/还剩 \d+ 天/);
      await expect(page.locator('.record-fields')).toContainText('7a61');
      await expect(page.locator('body')).not.toContainText('TYPEDONCE');

      // The same key is recognised later without being stored.
      await page.getByLabel('要核对的密钥或密码').fill(secret);
      await page.getByRole('button', { name: '核对' }).click();
      await expect(page.getByRole('status').filter({ hasText: '一致' })).toBeVisible();

      await shell.goTo('首页');
      await expect(page.getByTestId(`duty-credential-rotation:${old}`)).toHaveAttribute('data-state', 'overdue');
      await expect(page.getByTestId(`duty-credential-rotation:${fresh}`)).toHaveAttribute('data-state', 'upcoming');
      await expect(page.getByTestId('duty-credential-custody')).toHaveAttribute('data-state', 'done');

      // A suspected leak of the new key, discovered now.
      await page.getByTestId(`duty-credential-rotation:${fresh}`).getByRole('link', { name: '去处理' }).click();
      await page.getByRole('link', { name: '报告疑似泄露…' }).click();
      await expect(page.getByLabel('哪个凭证')).toHaveValue(fresh);
      await page.getByLabel('发现时间（精确到分钟）').fill(chinaDateTimeMinutesAgo(0));
      await page.getByLabel('发现了什么').fill('密钥出现在一个公开的代码仓库里。');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect(page.getByTestId('step-freeze')).toContainText(/还剩 (0 小时 5\d|1 小时 0) 分/);
      await expect(page.getByTestId('step-reset')).toContainText(/还剩 (23 小时 5\d|24 小时 0) 分/);
      await shell.goTo('首页');
      await expect(page.locator('[data-testid^="duty-credential-leak-freeze:"]')).toHaveAttribute('data-state', 'due-soon');
    },
    async (profile) => {
      expect(await filesContaining(profile, '凭证门店')).not.toEqual([]);
      for (const trace of [secret, 'TYPEDONCE', '4f9d2c8b']) expect(await filesContaining(profile, trace), trace).toEqual([]);
    },
  );
});

test('人员: a person who left stays on record, and can no longer be chosen as a custodian', async ({ page }) => {
  await new WorkspacePage(page).create('人员门店');
  await addPerson(page, '李离职');
  await page.getByRole('button', { name: '修改' }).click();
  await page.getByLabel('离职日期（在职请留空）').fill(chinaDateDaysAgo(1));
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('status').filter({ hasText: '修改已保存' })).toBeVisible();
  const staff = new LedgerPage(page, '人员名册');
  await staff.backToList();
  await expect(staff.rows()).toHaveCount(1);
  await page.getByLabel('状态').selectOption({ label: '已离职' });
  await expect(staff.table()).toContainText('李离职');
  const credentials = new LedgerPage(page, '接口凭证台账');
  await credentials.open();
  await credentials.startAdding('登记一个凭证');
  await expect(page.getByLabel('保管人（从人员名册中选择）').locator('option')).toHaveText(['还没有可选的记录，请先到对应台账登记']);
});
