import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { soleProprietor, SoleProprietorSigning } from './pages/sole-proprietor';
import { testPassphrase } from './pages/workspace.page';

// A merchant's first day, from an empty profile: what they read at each step
// is what this test asserts. The sole proprietor has no seal and gives a
// (synthetic) thumbprint instead.

test('first day: create a workspace, sign as a sole proprietor with a thumbprint, reach 首页 and find the next step', async ({ page }) => {
  test.setTimeout(180_000);
  const shell = new AppShellPage(page);
  const main = page.getByRole('main');

  // An empty profile opens on the welcome, which names the first step.
  await shell.open('/');
  await expect(shell.heading()).toHaveText('欢迎使用短信合规助手');
  await expect(main).toContainText('签署《短信接口信息安全保障责任书》，并按期履行其中的每一项义务。');
  await expect(main).toContainText('第一步是创建一个工作区：为它设一个密码。');

  await main.getByRole('link', { name: '新建工作区' }).click();
  await expect(shell.heading()).toHaveText('新建工作区');
  await expect(main).toContainText('名称不加密，请不要填写个人姓名或手机号。');
  await page.getByLabel('工作区名称').fill('城东张记');
  await page.getByLabel('密码', { exact: true }).fill(testPassphrase);
  await expect(page.getByTestId('strength-label')).toHaveText(/密码强度：(够强|强|很强)/);
  await page.getByLabel('再输入一次密码').fill(testPassphrase);
  await page.getByRole('button', { name: '创建工作区' }).click();

  // The recovery code, shown once, with what to do with it.
  await expect(shell.heading()).toHaveText('请保存恢复码', { timeout: 20_000 });
  await expect(main).toContainText('它只显示这一次：请打印出来，或工整地抄在纸上，和营业执照放在一起。');
  const code = (await page.getByTestId('recovery-code').locator('span').allTextContents()).join('-');
  await page.getByLabel('请输入恢复码的最后一组').fill(code.slice(-4));
  await page.getByRole('button', { name: '我已保存，进入工作区' }).click();

  // 首页 before signing: the one next step.
  await expect(shell.heading()).toHaveText('合规概览');
  await expect(page.getByTestId('open-workspace')).toHaveText('当前工作区：城东张记');
  await expect(main.getByRole('heading', { name: '第一步：签署责任书' })).toBeVisible();
  await expect(main).toContainText('签署只需几分钟，全程不联网。');
  await main.getByRole('link', { name: '去签署' }).click();

  // 签署, step by step.
  await expect(shell.heading()).toHaveText('签署责任书');
  await expect(main).toContainText('开始之前，请准备好');
  await expect(main).toContainText('个体工商户没有公章：红色印泥和一张白纸，或直接用电脑摄像头拍摄手印');
  await expect(main.getByRole('heading', { level: 2 })).toContainText(['第 1 步 · 填写经营者信息']);
  const signing = new SoleProprietorSigning(page);
  await signing.fillOperator(soleProprietor);
  await expect(main).toContainText('请完整阅读。读到末尾后才能继续');
  await signing.readAndContinue();
  await expect(main).toContainText('没有公章的，勾选下面的说明框，由法人按红色手印代替公章。');
  await signing.giveThumbprint();
  await signing.signWithPen();
  await signing.toConfirm();
  await signing.confirm();
  await expect(page.getByTestId('signed-done')).toContainText('签署完成');
  await expect(page.getByTestId('signed-done')).toContainText('责任书已生效，已加密保存在本工作区的「文档」里。');

  // 首页 after signing: the letter in force, and the duties with what to do next, overdue first.
  await shell.goTo('首页');
  await expect(shell.heading()).toHaveText('合规概览');
  await expect(main).toContainText('生效中：有效期与使用短信接口的服务期限一致');
  await expect(main.getByRole('heading', { name: '要做的事' })).toBeVisible();
  await expect(main).toContainText('逾期的排在最前面，逾期事项不能忽略或隐藏。');
  const firstDuty = main.locator('.duty-list > li').first();
  await expect(firstDuty).toContainText(/未到期|即将到期|已逾期|待处理/);
  // Nothing is overdue on the first day; the first duty says what to do and by when.
  await expect(main.locator('.duty-overdue')).toHaveCount(0);
  // The quarter's self-inspection (一(五)3) comes first: every other duty is due later or has no date.
  await expect(firstDuty).toContainText('每季度一次内部安全自查');
  await expect(firstDuty).toContainText(/\d{4} 年第 [1-4] 季度/);
  await expect(firstDuty).toContainText(/还剩 \d+ 天（\d{4}-\d{2}-\d{2} 前）|今天到期/);
  await expect(firstDuty).toContainText('检查用户信息管理、内容审核和凭证保管，写自查报告，然后在这里记录。');
  await expect(firstDuty.getByRole('link', { name: '记录已完成…' })).toBeVisible();
  await expect(main.getByTestId('duty-credential-custody')).toContainText('接口凭证专人专管');
  await expect(main.getByRole('heading', { name: '长期遵守的规定' })).toBeVisible();
  expect(shell.consoleErrors).toEqual([]);
});
