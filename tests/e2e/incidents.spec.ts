import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { LedgerPage } from './pages/ledger.page';
import { testOperator } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';
import { chinaDateTimeMinutesAgo } from './support/paper-letter';
import { pdfText } from './support/pdf-tools';
import { signLetterWithSeal } from './support/sign-letter';

test('an incident discovered 40 minutes ago: containment overdue, the notice due in 20 minutes and reminded of; the regulator notice names the merchant; closing leaves the untold users missed', async ({ page }) => {
  test.setTimeout(180_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('事件门店');
  await signLetterWithSeal(page);

  const incidents = new LedgerPage(page, '安全事件台账');
  await incidents.open();
  await incidents.startAdding('登记安全事件');
  await page.getByLabel('事件类型').selectOption({ label: '用户信息泄露' });
  await page.getByLabel('发现时间（精确到分钟）').fill(chinaDateTimeMinutesAgo(40));
  await page.getByLabel('事件概况').fill('会员手机号导出文件被误发到外部群聊。');
  await page.getByLabel('当地网信办').fill('测试市互联网信息办公室');
  await page.getByLabel('当地通信管理局').fill('测试省通信管理局');
  await incidents.save();

  const contain = page.getByTestId('step-contain');
  const notify = page.getByTestId('step-notify');
  await expect(contain).toContainText(/已逾期 0 小时 1\d 分/);
  await expect(contain.locator('.pill')).toHaveText('已逾期');
  await expect(notify).toContainText(/还剩 0 小时 (19|20) 分/);
  await expect(notify.locator('.pill')).toHaveText('即将到期');

  // The written notice to the regulators, filled in from the signed letter.
  const download = page.waitForEvent('download');
  await notify.getByRole('button', { name: '生成致监管部门的报告（PDF）' }).click();
  const file = test.info().outputPath('regulator-notice.pdf');
  await (await download).saveAs(file);
  const text = pdfText(file).replace(/\s+/g, '');
  expect(text).toContain(testOperator.name);
  expect(text).toContain(testOperator.code);
  expect(text).toContain('测试市互联网信息办公室');
  expect(text).toContain('一(四)2');
  await expect(page.getByTestId('attachments')).toContainText('关于发生信息安全事件的报告');

  // Reminders are scheduled for the hour deadlines, minutes ahead.
  await shell.goTo('首页');
  await expect(page.getByTestId('dashboard-summary')).toContainText(/[1-9]\d* 项逾期/);
  await page.getByTestId('scheduled-reminders').locator('summary').click();
  const reminders = page.getByTestId('scheduled-reminders');
  await expect(reminders).toContainText('事件门店：安全事件：1 小时内书面报告');
  await expect(reminders).toContainText('到期前 30 分钟、10 分钟和到期时提醒');

  // Contain and notify, then close without telling users: that step is missed, not done.
  await page.locator('[data-testid^="duty-incident-contain:"]').getByRole('link', { name: '去处理' }).click();
  for (const step of ['contain', 'notify'] as const) {
    const row = page.getByTestId(`step-${step}`);
    await row.locator('textarea').fill(step === 'contain' ? '已暂停接口并删除群聊中的文件。' : '已书面通知服务提供方和监管部门。');
    await row.getByRole('button', { name: '记录完成' }).click();
    await expect(row).toContainText('已于');
  }
  const close = page.locator('.close-incident');
  await close.locator('textarea').fill('文件已撤回，未发现进一步扩散。');
  await close.getByRole('button', { name: '事件已完全解决' }).click();
  await expect(page.getByRole('status').filter({ hasText: '事件已结束' })).toBeVisible();
  await shell.goTo('首页');
  const users = page.locator('[data-testid^="duty-incident-users:"]');
  await expect(users).toHaveAttribute('data-state', 'missed');
  await expect(users).toContainText('已错过');
  await expect(users).toContainText('记录已结束，这一步没有完成');
  await expect(page.locator('[data-testid^="duty-incident-contain:"]')).toHaveCount(0);
});
