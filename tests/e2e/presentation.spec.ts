import { expect, test, type Page } from '@playwright/test';
import { SigningPage } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';
import { checkScreen } from './support/screen-walk';

const pin = '246813';

async function expectMerchantScreenOnly(page: Page): Promise<void> {
  await expect(page.getByTestId('presentation-shell')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '工作区', exact: true })).toHaveCount(0);
  await expect(page.getByText('当前工作区')).toHaveCount(0);
}

async function typePin(page: Page, value: string): Promise<void> {
  await page.getByRole('button', { name: '办理人员退出' }).click();
  const dialog = page.getByRole('dialog', { name: '办理人员退出商户签署' });
  await dialog.getByLabel('退出密码').fill(value);
  await dialog.getByRole('button', { name: '退出' }).click();
}

test('商户操作: only the merchant\'s part of signing until the PIN; no address, back button, shortcut or reload reaches the agent\'s screens', async ({ page }) => {
  test.setTimeout(120_000);
  const workspaces = new WorkspacePage(page);
  await workspaces.create('演示门店甲');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator();

  // The agent hands the device over at 阅读.
  await page.getByTestId('start-presentation').getByRole('button', { name: '交给商户操作…' }).click();
  const start = page.getByRole('dialog', { name: '设置退出密码' });
  await start.getByLabel('退出密码（4 到 8 位数字）').fill('12');
  await start.getByLabel('再输入一次').fill('12');
  await start.getByRole('button', { name: '开始商户操作' }).click();
  await expect(start.getByText('请输入 4 到 8 位数字。')).toBeVisible();
  await start.getByLabel('退出密码（4 到 8 位数字）').fill(pin);
  await start.getByLabel('再输入一次').fill(pin);
  await start.getByRole('button', { name: '开始商户操作' }).click();

  await expectMerchantScreenOnly(page);
  await expect(page.getByRole('heading', { name: '请您阅读并签署责任书' })).toBeVisible();
  await expect(page.getByTestId('letter-end')).toBeAttached();
  await expect(page.getByRole('button', { name: '上一步' })).toHaveCount(0);
  await checkScreen(page, 'presentation-read');

  // Typed addresses, the back button and its shortcut all land on the merchant's screen.
  for (const address of ['/workspaces', '/ledgers', '/settings', '/workspaces/new', '/', '/no-such-page']) {
    await page.goto(address);
    await expectMerchantScreenOnly(page);
  }
  await page.goBack();
  await expectMerchantScreenOnly(page);
  await page.keyboard.press('Alt+ArrowLeft');
  await expectMerchantScreenOnly(page);
  // After a reload the workspace is locked: the screen asks for the device back, and nothing else.
  await expect(page.getByTestId('presentation-locked')).toContainText('请把设备交还给办理人员');
  await checkScreen(page, 'presentation-locked');

  await typePin(page, '000000');
  await expect(page.getByRole('alert')).toHaveText('退出密码不对，请重试。');
  await expectMerchantScreenOnly(page);
  await page.getByRole('dialog', { name: '办理人员退出商户签署' }).getByLabel('退出密码').fill(pin);
  await page.getByRole('dialog', { name: '办理人员退出商户签署' }).getByRole('button', { name: '退出' }).click();
  await expect(page.getByTestId('presentation-shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '工作区', exact: true })).toBeVisible();
});

test('商户操作: the merchant reads, and giving the letter back ends with a word to return the device', async ({ page }) => {
  test.setTimeout(120_000);
  await new WorkspacePage(page).create('演示门店乙');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator();
  await page.getByTestId('start-presentation').getByRole('button', { name: '交给商户操作…' }).click();
  const start = page.getByRole('dialog', { name: '设置退出密码' });
  await start.getByLabel('退出密码（4 到 8 位数字）').fill(pin);
  await start.getByLabel('再输入一次').fill(pin);
  await start.getByRole('button', { name: '开始商户操作' }).click();
  await signing.readToEnd();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '盖章或按手印', level: 2 })).toBeVisible();
  await expectMerchantScreenOnly(page);
  await typePin(page, pin);
  // Back with the agent, on the step the merchant reached.
  await expect(page.getByRole('heading', { name: '签署责任书', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /盖章或按手印/, level: 2 })).toBeVisible();
});
