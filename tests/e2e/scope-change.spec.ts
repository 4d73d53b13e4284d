import { expect, test, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { ContentReviewPage } from './pages/content-review.page';
import { LedgerPage } from './pages/ledger.page';
import { testOperator } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';
import { pdfText } from './support/pdf-tools';
import { signLetterWithSeal } from './support/sign-letter';

const agreed = ['请选择…', '验证码', '账户安全通知', '业务办理提醒'];

/** The scenarios 短信内容审核台账's form offers now. */
async function offeredScenarios(page: Page): Promise<string[]> {
  const review = new ContentReviewPage(page);
  await review.startRegistering();
  const select = page.getByLabel('使用场景');
  await expect(select).toBeEnabled();
  return select.locator('option').allTextContents();
}

test('the written application names the merchant and 一(三)3; the new scenario is selectable in content review and 个人信息台账 only after the consent is recorded with its evidence', async ({ page }) => {
  test.setTimeout(240_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('场景门店');
  await signLetterWithSeal(page);

  // 首页's standing rules lead to the ledgers that keep them.
  await shell.goTo('首页');
  await page.locator('.rule-list li').filter({ hasText: '变更使用场景须事先书面申请' }).getByRole('link', { name: '去场景变更申请' }).click();

  const changes = new LedgerPage(page, '场景变更申请');
  await expect(page.getByRole('heading', { name: '场景变更申请', level: 1 })).toBeVisible();
  await changes.startAdding('申请新的使用场景');
  await page.getByLabel('新场景的名称').fill('会员活动通知');
  await page.getByLabel('短信性质').selectOption({ label: '营销推广类' });
  await page.getByLabel('申请理由').fill('会员希望收到每月的活动和优惠通知。');
  await page.getByLabel('发送对象、范围和频次').fill('已勾选同意接收活动通知的会员，每月不超过 4 条。');
  await changes.save();
  const recordPath = new URL(page.url()).pathname;

  // The application, pre-filled from the signed letter.
  const download = page.waitForEvent('download');
  await page.getByTestId('step-application').getByRole('button', { name: '生成书面申请（PDF）' }).click();
  const file = test.info().outputPath('scope-change-application.pdf');
  await (await download).saveAs(file);
  const text = pdfText(file).replace(/\s+/g, '');
  expect(text).toContain('关于变更短信接口使用场景的申请');
  expect(text).toContain(testOperator.name);
  expect(text).toContain(testOperator.code);
  expect(text).toContain('条款一(三)3');
  expect(text).toContain('会员活动通知');
  await expect(page.getByTestId('attachments')).toContainText('关于变更短信接口使用场景的申请');

  // Not selectable while it is only drafted...
  expect(await offeredScenarios(page)).toEqual(agreed);

  // ...nor once the application is submitted.
  await changes.open();
  await page.locator(`a[href="${recordPath}"]`).click();
  const application = page.getByTestId('step-application');
  await application.locator('textarea').fill('盖章后当面交给服务提供方的客户经理。');
  await application.getByRole('button', { name: '记录已提交申请' }).click();
  await expect(application).toContainText('提交：盖章后当面交给服务提供方的客户经理。');
  await expect(page.getByRole('button', { name: '修改' })).toHaveCount(0);
  expect(await offeredScenarios(page)).toEqual(agreed);

  // A consent without its evidence is refused; with it, recorded.
  await changes.open();
  await page.locator(`a[href="${recordPath}"]`).click();
  const consent = page.getByTestId('consent-form');
  await consent.getByLabel('答复情况（谁、以什么方式同意，文号或邮件日期）').fill('客户经理书面回函同意，回函编号 2026-118。');
  await consent.getByRole('button', { name: '记录同意' }).click();
  await expect(consent.getByRole('alert')).toContainText('请附上服务提供方同意的凭证');
  const chooser = page.waitForEvent('filechooser');
  await consent.getByRole('button', { name: '选择凭证文件…' }).click();
  await (await chooser).setFiles({ name: '同意回函.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n同意回函（测试）\n%%EOF\n', 'utf8') });
  await expect(consent).toContainText('同意回函.pdf');
  await consent.getByRole('button', { name: '记录同意' }).click();
  await expect(page.getByTestId('consent-line')).toContainText('“会员活动通知”现在可以在台账中选择');
  await expect(page.getByTestId('attachments')).toContainText('同意回函.pdf');

  // Now it is offered, and a marketing message under it is not flagged for its marketing wording.
  expect(await offeredScenarios(page)).toEqual([...agreed, '会员活动通知（服务提供方已同意）']);
  const review = new ContentReviewPage(page);
  await review.fill({ signature: '【城东便利店】', scenario: '会员活动通知（服务提供方已同意）', recipients: 80, content: '本周六会员日，全场八折优惠，回T退订。' });
  await review.ledger.save();
  await expect(page.locator('.record-fields')).toContainText('会员活动通知');
  await expect(page.getByTestId('screening')).toContainText('没有发现需要注意的地方');

  // 个人信息台账 offers it too, and its list names it.
  const people = new LedgerPage(page, '个人信息台账');
  await people.open();
  await people.startAdding('登记一个手机号');
  await page.getByLabel('手机号', { exact: true }).fill('13800138000');
  await page.getByLabel('使用场景').selectOption({ label: '会员活动通知（服务提供方已同意）' });
  await page.getByLabel('信息来源').fill('会员登记表');
  await people.save();
  await expect(page.locator('.record-fields')).toContainText('会员活动通知');
  await people.backToList();
  await expect(people.table()).toContainText('会员活动通知');
  expect(shell.consoleErrors).toEqual([]);
});
