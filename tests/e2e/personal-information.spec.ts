import { expect, test } from '@playwright/test';
import { PersonalInformationPage } from './pages/personal-information.page';
import { WorkspacePage } from './pages/workspace.page';

test('personal information is saved encrypted, listed masked and found by exact number', async ({ page }) => {
  await new WorkspacePage(page).create('台账门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await expect(page.getByText('还没有记录。')).toBeVisible();
  await ledger.add({ phone: '138 1234 5678', name: '王小明', source: '门店会员登记表' });
  await ledger.add({ phone: '+86 139-8765-4321', name: '李华', source: '小程序注册页' });

  const table = ledger.table();
  await expect(ledger.rows()).toHaveCount(2);
  await expect(table).toContainText('138****5678');
  await expect(table).not.toContainText('13812345678');
  await expect(table).not.toContainText('王小明');

  await page.getByLabel('按手机号查找（完整号码）').fill('13987654321');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('139****4321');
});

test('ID-card and bank-card numbers and bad phone numbers are refused in Chinese', async ({ page }) => {
  await new WorkspacePage(page).create('拒收门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.startAdding('登记一个手机号');
  await page.getByLabel('手机号', { exact: true }).fill('12345');
  await page.getByLabel('姓名或称呼（选填）').fill('11010519491231002X');
  await page.getByLabel('信息来源').fill('卡号 6222 0212 3456 7890 128');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请输入 11 位中国大陆手机号。')).toBeVisible();
  await expect(page.getByText('这里像是身份证号。责任书禁止收集身份证号，请删除。')).toBeVisible();
  await expect(page.getByText('这里像是银行卡号。责任书禁止收集银行卡信息，请删除。')).toBeVisible();
  await ledger.backToList();
  await expect(page.getByText('还没有记录。')).toBeVisible();
});

test('a number registered twice is refused with the way to its record; the collection time is the moment of saving', async ({ page }) => {
  await new WorkspacePage(page).create('重复门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.startAdding('登记一个手机号');
  await expect(page.getByLabel('收集时间（选填）')).toHaveValue('');
  await expect(page.getByText('不填则记为点击“保存”的时间。')).toBeVisible();
  await page.getByLabel('手机号', { exact: true }).fill('13900139701');
  await page.getByLabel('信息来源').fill('门店会员登记表');
  // The form was opened a while ago: the record takes the time it is saved.
  const savedAt = Date.now() + 3 * 3_600_000;
  await page.clock.setFixedTime(savedAt);
  await ledger.save();
  const expected = new Date(savedAt + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  await expect(page.locator('.record-fields')).toContainText(expected);
  await ledger.backToList();

  await ledger.startAdding('登记一个手机号');
  await page.getByLabel('手机号', { exact: true }).fill('139 0013 9701');
  await page.getByLabel('信息来源').fill('小程序注册页');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '手机号 139****9701 已经登记过，不能重复登记。' });
  await expect(refusal).toBeVisible();
  // One message at a time: a new attempt with a field error clears the refusal.
  await page.getByLabel('姓名或称呼（选填）').fill('11010519491231002X');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('这里像是身份证号。责任书禁止收集身份证号，请删除。')).toBeVisible();
  await expect(refusal).toHaveCount(0);
  await page.getByLabel('姓名或称呼（选填）').fill('');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await refusal.getByRole('link', { name: '查看已有的记录' }).click();
  await expect(page.getByRole('heading', { name: '139****9701', level: 1 })).toBeVisible();
  await expect(page.locator('.record-fields')).toContainText('门店会员登记表');
});
