import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PersonalInformationPage } from './pages/personal-information.page';
import { WorkspacePage } from './pages/workspace.page';
import { readXlsx } from './support/import-files';
import { pdfText } from './support/pdf-tools';

test('an exported xlsx keeps formulas and numbers as text, masks phone numbers, and a full export needs a reason on record', async ({ page }) => {
  await new WorkspacePage(page).create('导出门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900139301', name: '测试甲', source: '=1+1' });
  await ledger.startAdding('登记一个手机号');
  await page.getByLabel('手机号', { exact: true }).fill('13900139302');
  await page.getByLabel('信息来源').fill('13800138000');
  await page.getByLabel('使用情况（选填）').fill('@SUM(A1)');
  await ledger.save();
  await ledger.backToList();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^个人信息台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: '已导出 2 条，文件已交给浏览器下载' })).toBeVisible();
  const rows = await readXlsx(await readFile((await file.path())));
  const cells = rows.slice(1).flat();
  for (const value of ['=1+1', '@SUM(A1)', '13800138000', '139****9301', '139****9302']) {
    expect(cells.find((cell) => cell.value === value), value).toMatchObject({ isText: true, isFormula: false });
  }
  expect(JSON.stringify(rows)).not.toContain('13900139301');

  await page.getByRole('button', { name: '导出完整号码…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByText('这一项必填。')).toBeVisible();
  await dialog.getByLabel('导出理由').fill('导入短信平台发送验证码');
  const fullDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const full = await readXlsx(await readFile((await (await fullDownload).path())));
  expect(full.slice(1).flat().find((cell) => cell.value === '13900139301')).toMatchObject({ isText: true });

  await page.getByRole('link', { name: '完整号码导出记录' }).click();
  await expect(page.locator('table.ledger-table')).toContainText('导入短信平台发送验证码');
  await expect(page.locator('table.ledger-table')).toContainText('Excel');
});

test('a ledger prints as a PDF with selectable Chinese text and masked numbers', async ({ page }) => {
  await new WorkspacePage(page).create('打印门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900139401', name: '测试甲', source: '门店会员登记表' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const text = pdfText((await (await download).path()));
  expect(text).toContain('个人信息台账');
  expect(text).toContain('139****9401');
  expect(text).toContain('门店会员登记表');
  expect(text).toContain('手机号已打码');
  expect(text).not.toContain('13900139401');
});
