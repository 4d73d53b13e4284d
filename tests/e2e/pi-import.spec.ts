import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ImportPage } from './pages/import.page';
import { WorkspacePage } from './pages/workspace.page';
import { gbkCsv, readXlsx, xlsxFile } from './support/import-files';

// Synthetic rows: numbers from the 139/158 test ranges, invented names; the bad
// ones carry what 一(一)1 forbids (an ID number by its check digit, a bank card
// by Luhn), malformed numbers and duplicates.
const heading = ['手机号', '姓名', '来源', '使用场景', '身份证号', '备注'];
const gbkRows = [
  heading,
  ['13900139001', '欧阳测试甲', '门店会员登记表', '验证码', '', ''],
  ['13900139002', '司马测试乙', '门店会员登记表', '账户安全通知', '', ''],
  ['1390013900', '号码少一位', '门店会员登记表', '验证码', '', ''],
  ['13900139003', '诸葛测试丙', '门店会员登记表', '验证码', '11010519491231002X', ''],
  ['13900139004', '上官测试丁', '门店会员登记表', '验证码', '', '退款卡号 6222021234567890128'],
  ['13900139001', '重复的甲', '门店会员登记表', '验证码', '', ''],
  ['15800158005', '东方测试戊', '小程序注册页', '广告推送', '', ''],
  ['15800158006', '南宫测试己', '小程序注册页', '业务办理提醒', '', ''],
];

test('a GBK CSV from Chinese Excel is imported: good rows stored, every bad row reported with its row, column and reason', async ({ page }) => {
  await new WorkspacePage(page).create('导入门店');
  const importing = new ImportPage(page);
  await importing.ledger.open();
  await importing.chooseFile('客户名单.csv', gbkCsv(gbkRows));
  await expect(page.getByTestId('import-file-summary')).toContainText('GBK/GB18030 编码');
  await expect(page.getByTestId('import-file-summary')).toContainText('共 8 行数据');
  // The ID column cannot be chosen; the numbers are masked in the preview.
  await expect(page.getByTestId('import-mapping')).toContainText('不得收集，不导入（条款 一(一)1）');
  await expect(page.getByTestId('import-preview')).toContainText('139****9001');
  await expect(page.getByTestId('import-preview')).not.toContainText('13900139001');
  await importing.run();

  await expect(importing.summary()).toHaveText('共 8 行数据：已导入 3 条，未导入 5 行（其中重复 1 行）。');
  const problems = importing.problems();
  await expect(problems).toHaveCount(5);
  await expect(problems.nth(0)).toContainText('4');
  await expect(problems.nth(0)).toContainText('不是 11 位中国大陆手机号。');
  await expect(problems.nth(1)).toContainText('E（身份证号）');
  await expect(problems.nth(1)).toContainText('像是身份证号');
  await expect(problems.nth(2)).toContainText('F（备注）');
  await expect(problems.nth(2)).toContainText('像是银行卡号');
  await expect(problems.nth(3)).toContainText('前面已经出现过');
  await expect(problems.nth(4)).toContainText('使用场景只能是');
  await expect(page.getByTestId('import-batch-panel')).toContainText('E（身份证号）：这一列是身份证、银行卡、住址等');

  const report = await importing.downloadReport();
  const rows = await readXlsx(await readFile((await report.path())));
  expect(rows[0]?.map((cell) => cell.value)).toEqual(['行号', '列', '原因']);
  expect(rows.slice(1, 6).map((row) => row[0]?.value)).toEqual(['4', '5', '6', '7', '8']);
  expect(rows.slice(1, 6).map((row) => String(row[2]?.value))).toEqual([
    expect.stringContaining('不是 11 位'),
    expect.stringContaining('身份证号'),
    expect.stringContaining('银行卡'),
    expect.stringContaining('前面已经出现过'),
    expect.stringContaining('使用场景只能是'),
  ]);
  // The report never repeats what it refused.
  expect(JSON.stringify(rows)).not.toMatch(/11010519491231002X|6222021234567890128/);

  await page.getByRole('link', { name: '查看个人信息台账' }).click();
  await expect(importing.ledger.rows()).toHaveCount(3);
  await expect(importing.ledger.table()).toContainText('139****9001');
  await expect(importing.ledger.table()).toContainText('客户名单.csv');

  // The batch ends as a whole: its service ends, and 彻底删除 removes its three numbers.
  await page.getByRole('link', { name: '导入记录' }).click();
  await page.locator('table.ledger-table tbody tr').first().getByRole('link', { name: /查看/ }).click();
  await page.getByRole('button', { name: '本批服务终止…' }).click();
  await page.getByRole('dialog').getByLabel('原因').fill('会员活动结束');
  await page.getByRole('dialog').getByRole('button', { name: '登记服务终止' }).click();
  await expect(page.getByRole('heading', { name: '客户名单.csv', level: 1 })).toBeVisible();
  await page.getByTestId('deletion-panel').getByRole('button', { name: '彻底删除…' }).click();
  await page.getByRole('dialog').getByLabel('执行人').fill('王测试');
  await page.getByRole('dialog').getByRole('button', { name: '彻底删除' }).click();
  await expect(page.getByTestId('deletion-record')).toContainText('3 条', { timeout: 30_000 });
  await expect(page.getByTestId('deletion-record')).toContainText('验证码发送 1 条；账户安全通知 1 条；业务办理提醒 1 条');
  await importing.ledger.open();
  await expect(page.getByText('还没有记录。')).toBeVisible();
});

test('an xlsx written by exceljs is imported; numbers the workspace already has are refused as duplicates', async ({ page }) => {
  await new WorkspacePage(page).create('表格门店');
  const importing = new ImportPage(page);
  await importing.ledger.open();
  await importing.ledger.add({ phone: '13900139101', name: '已登记', source: '门店会员登记表' });
  const xlsx = await xlsxFile([
    ['联系电话', '客户姓名', '收集时间', '同意方式'],
    [13900139101, '已登记的号码', new Date(Date.UTC(2026, 9, 8, 9, 30)), '书面同意'],
    [13900139102, '测试乙', new Date(Date.UTC(2026, 9, 9, 14, 0)), '线上勾选确认'],
    ['139-0013-9103', '测试丙', '2026/10/10 8:05', '书面'],
    ['1.39001E+10', '科学计数', '', ''],
  ]);
  await importing.chooseFile('会员.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await expect(page.getByTestId('import-file-summary')).toContainText('Excel 工作簿');
  await page.getByLabel('信息来源').fill('会员系统导出');
  await importing.run();
  await expect(importing.summary()).toHaveText('共 4 行数据：已导入 2 条，未导入 2 行（其中重复 1 行）。');
  await expect(importing.problems().nth(0)).toContainText('已经在个人信息台账里登记过');
  await expect(importing.problems().nth(1)).toContainText('科学计数法');

  await page.getByRole('link', { name: '查看个人信息台账' }).click();
  await expect(importing.ledger.rows()).toHaveCount(3);
  await importing.ledger.rows().filter({ hasText: '139****9102' }).getByRole('link', { name: /查看/ }).click();
  await expect(page.locator('.record-fields')).toContainText('2026-10-09 14:00');
  await expect(page.locator('.record-fields')).toContainText('线上勾选确认');
  await expect(page.locator('.record-fields')).toContainText('会员系统导出');
});
