import { expect, test, type Page } from '@playwright/test';
import { ImportPage } from './pages/import.page';
import { WorkspacePage } from './pages/workspace.page';
import { gbkCsv } from './support/import-files';

const rowCount = 60_000;
// Synthetic numbers of the 139 range, one each.
const rows = [['手机号', '来源'], ...Array.from({ length: rowCount }, (_, index) => [`139${String(index).padStart(8, '0')}`, '门店会员登记表'])];

/** What the workspace database holds, read as it is on disk: rows, and how many distinct blind indexes. */
async function storedRows(page: Page): Promise<Readonly<{ rows: number; distinct: number }>> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const name = databases.map((database) => database.name ?? '').find((candidate) => candidate.startsWith('sms-ca-workspace-'));
    if (name === undefined) throw new Error('no workspace database');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open'));
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('personalInformation').objectStore('personalInformation').index('phoneIndex').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('read'));
    });
    const indexes = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('personalInformation').objectStore('personalInformation').getAll();
      request.onsuccess = () => resolve((request.result as { phoneIndex: unknown }[]).map((row) => row.phoneIndex));
      request.onerror = () => reject(request.error ?? new Error('read'));
    });
    db.close();
    return { rows: keys.length, distinct: new Set(indexes).size };
  });
}

test('an import cut short by closing the page resumes at the next unlock and stores no number twice', async ({ page, context }) => {
  test.setTimeout(240_000);
  await new WorkspacePage(page).create('续传门店');
  const importing = new ImportPage(page);
  await importing.ledger.open();
  await importing.chooseFile('大名单.csv', gbkCsv(rows));
  await page.getByRole('button', { name: /^开始导入/ }).click();
  // Half-way: some rows are stored, not all. Then the page is closed.
  await expect(page.getByTestId('import-progress')).toContainText(/已导入 [1-9]\d* 条/, { timeout: 60_000 });
  const before = await storedRows(page);
  expect(before.rows).toBeGreaterThan(0);
  expect(before.rows).toBeLessThan(rowCount);
  await page.close();

  const reopened = await context.newPage();
  const workspace = new WorkspacePage(reopened);
  await workspace.unlock('续传门店');
  const again = new ImportPage(reopened);
  await again.ledger.open();
  await reopened.getByRole('link', { name: '导入记录' }).click();
  await reopened.locator('table.ledger-table tbody tr').first().getByRole('link', { name: /查看/ }).click();
  await expect(again.summary()).toHaveText(`共 ${rowCount} 行数据：已导入 ${rowCount} 条，未导入 0 行（其中重复 0 行）。`, { timeout: 120_000 });
  expect(await storedRows(reopened)).toEqual({ rows: rowCount, distinct: rowCount });
});
