import { expect, test } from '@playwright/test';
import { PersonalInformationPage } from './pages/personal-information.page';
import { WorkspacePage } from './pages/workspace.page';

test('editing one audit entry in the store makes the verification name that entry', async ({ page }) => {
  await new WorkspacePage(page).create('审计门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900003333', name: '审计一', source: '登记表' });
  await ledger.add({ phone: '13900004444', name: '审计二', source: '登记表' });

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: '核验审计日志' }).click();
  await expect(page.getByTestId('audit-result')).toHaveText(/^审计日志完整：共 \d+ 条记录，没有被改动。$/);

  // Tamper as someone with access to the disk would: straight through IndexedDB, entry 3 only.
  await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name ?? '');
    const name = names.find((candidate) => candidate.startsWith('sms-ca-workspace-'));
    if (name === undefined) throw new Error('no workspace database');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('audit', 'readwrite');
      const store = transaction.objectStore('audit');
      const get = store.get(3);
      get.onsuccess = () => store.put({ ...(get.result as Record<string, unknown>), action: 'record-deleted' });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
    });
    db.close();
  });

  await page.getByRole('button', { name: '核验审计日志' }).click();
  await expect(page.getByTestId('audit-result')).toHaveText('第 3 条记录被改动过（校验值不符）。');
});
