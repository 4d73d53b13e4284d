import { expect, test, type Page } from '@playwright/test';
import { LedgerPage } from './pages/ledger.page';
import { PersonalInformationPage } from './pages/personal-information.page';
import { WorkspacePage } from './pages/workspace.page';
import { chinaDateDaysAgo } from './support/paper-letter';
import { readRawRows, tamper } from './support/tamper';

async function verifyInSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: '核验审计日志' }).click();
}

async function workspaceWithTwoRecords(page: Page, label: string): Promise<void> {
  await new WorkspacePage(page).create(label);
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900003333', name: '审计一', source: '登记表' });
  await ledger.add({ phone: '13900004444', name: '审计二', source: '登记表' });
  await verifyInSettings(page);
  await expect(page.getByTestId('audit-result')).toHaveText(/^审计日志完整：共 \d+ 条记录，没有被改动。$/);
}

async function auditSeqs(page: Page): Promise<number[]> {
  return (await readRawRows(page, 'audit')).map((entry) => (entry as { seq: number }).seq);
}

test('editing one audit entry in the store makes the verification name that entry', async ({ page }) => {
  await workspaceWithTwoRecords(page, '审计门店');
  const [entry] = (await readRawRows(page, 'audit')).filter((row) => (row as { seq: number }).seq === 3);
  await tamper(page, [{ kind: 'put', table: 'audit', row: { ...(entry as object), action: 'record-deleted' } }]);
  await page.getByRole('button', { name: '核验审计日志' }).click();
  await expect(page.getByTestId('audit-result')).toHaveText('第 3 条记录被改动过（校验值不符）。');
});

test('cutting the tail off the log and rewriting its head to the new last entry is named as such', async ({ page }) => {
  await workspaceWithTwoRecords(page, '截尾门店');
  const entries = (await readRawRows(page, 'audit')) as { seq: number; hash: string }[];
  const keep = entries.slice(0, -2);
  const last = keep.at(-1)!;
  await tamper(page, [
    { kind: 'delete', table: 'audit', keys: entries.slice(-2).map((entry) => entry.seq) },
    { kind: 'put', table: 'meta', row: { key: 'auditHead', value: { seq: last.seq, hash: last.hash } } },
  ]);
  await page.getByRole('button', { name: '核验审计日志' }).click();
  await expect(page.getByTestId('audit-result')).toHaveText(`日志末尾从第 ${last.seq + 1} 条起的记录被删除了，末尾标记也被改写过（校验码不符），想掩盖这次删除。`);
});

test('wiping the whole log and its head is named as such, with how many entries there were', async ({ page }) => {
  await workspaceWithTwoRecords(page, '清空门店');
  const count = (await auditSeqs(page)).length;
  await tamper(page, [
    { kind: 'clear', table: 'audit' },
    { kind: 'delete', table: 'meta', keys: ['auditHead'] },
  ]);
  await page.getByRole('button', { name: '核验审计日志' }).click();
  await expect(page.getByTestId('audit-result')).toHaveText(`审计日志被整个清空了：本机另存的记录表明它原有 ${count} 条，现在一条也没有。`);
});

test('putting back an older copy of a record is named, with the ledger it is in', async ({ page }) => {
  await new WorkspacePage(page).create('旧版门店');
  const staff = new LedgerPage(page, '人员名册');
  await staff.open();
  await staff.startAdding('登记一位员工');
  await page.getByLabel('姓名', { exact: true }).fill('王旧版');
  await page.getByLabel('部门（选填）').fill('门店');
  await page.getByLabel('入职日期').fill(chinaDateDaysAgo(300));
  await staff.save();
  const [older] = await readRawRows(page, 'staff');
  await page.getByRole('button', { name: '修改' }).click();
  await page.getByLabel('部门（选填）').fill('仓库');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('status').filter({ hasText: '修改已保存' })).toBeVisible();
  await tamper(page, [{ kind: 'put', table: 'staff', row: older }]);

  await verifyInSettings(page);
  await expect(page.getByTestId('audit-result')).toHaveText(/^「人员名册」里有一条数据被换成了旧的版本（或删除后又被放回）：与审计日志第 \d+ 条记下的不一致。$/);
});
