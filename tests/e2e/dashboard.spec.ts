import { expect, test, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { WorkspacePage } from './pages/workspace.page';
import { chinaDateDaysAgo, registerPaperLetter } from './support/paper-letter';
import { addPerson } from './support/staff';
import { answerChecklist } from './support/checklist';

/** The first day of a quarter label (2026-Q3 → 2026-07-01). */
function firstDayOf(quarter: string): string {
  const [year, q] = quarter.split('-Q') as [string, string];
  return `${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

async function dutyStates(page: Page): Promise<string[]> {
  return page.locator('.duty-list > li').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state') ?? ''));
}

test('a letter signed 100 days ago: the last quarter without a self-inspection is overdue first; recording it and a training in their ledgers turns them done', async ({ page }) => {
  const shell = new AppShellPage(page);
  const workspaces = new WorkspacePage(page);
  await workspaces.create('首页测试');
  await expect(page.getByRole('heading', { name: '第一步：签署责任书' })).toBeVisible();

  await registerPaperLetter(page, chinaDateDaysAgo(100));
  await addPerson(page, '钱检查');
  await shell.goTo('首页');
  const overdueInspection = page.locator('[data-testid^="duty-self-inspection:"][data-state="overdue"]').first();
  await expect(overdueInspection).toBeVisible();
  await expect(page.getByTestId('dashboard-summary')).toHaveText(/^\d+ 项逾期，\d+ 项即将到期/);
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'upcoming');
  await expect(page.getByTestId('duty-credential-custody')).toHaveAttribute('data-state', 'upcoming');
  // Overdue first, and an overdue row offers no way to dismiss it.
  expect((await dutyStates(page))[0]).toBe('overdue');
  await expect(overdueInspection.getByRole('button', { name: /忽略|关闭|隐藏/ })).toHaveCount(0);
  const quarter = ((await overdueInspection.getAttribute('data-testid')) ?? '').replace('duty-self-inspection:', '');

  // "记录已完成" opens the self-inspection ledger's form for that quarter; a record for it answers it.
  await overdueInspection.getByRole('link', { name: '记录已完成…' }).click();
  await expect(page.getByRole('heading', { name: '记录一次自查', level: 1 })).toBeVisible();
  await expect(page.getByLabel('这次自查针对的季度')).toHaveValue(quarter);
  await page.getByLabel('自查时间').fill(`${firstDayOf(quarter)}T10:00`);
  await page.getByRole('group', { name: '检查人（从人员名册中勾选）' }).getByRole('checkbox', { name: '钱检查（门店）' }).check();
  await answerChecklist(page);
  await page.getByLabel('发现的问题和说明（选填）').fill('用户信息、内容审核、凭证保管均已检查，未发现问题。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();
  await shell.goTo('首页');
  await expect(page.getByTestId(`duty-self-inspection:${quarter}`)).toHaveAttribute('data-state', 'done');

  // A training of the four subjects, with its sign-in sheet as evidence.
  await page.getByTestId('duty-training').getByRole('link', { name: '记录已完成…' }).click();
  const topics = page.getByRole('group', { name: '培训内容（条款 一(五)2 的四项）' }).getByRole('checkbox');
  await expect(topics).toHaveCount(4);
  for (const topic of await topics.all()) await topic.check();
  await page.getByRole('group', { name: '参加人员（从人员名册中勾选）' }).getByRole('checkbox', { name: '钱检查（门店）' }).check();
  await page.getByLabel('培训说明（选填）').fill('法规、接口安全规范、事件应对、典型案例。');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).last().click();
  await (await chooser).setFiles({ name: '签到表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n签到表\n%%EOF\n') });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('attachments')).toContainText('签到表.pdf');
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('duty-training')).toContainText(`最近一次：${chinaDateDaysAgo(0)}；下一次在 `);

  // What was recorded is kept: locked and unlocked, both are still done.
  await workspaces.lock();
  await workspaces.unlock('首页测试');
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId(`duty-self-inspection:${quarter}`)).toHaveAttribute('data-state', 'done');
  expect(shell.consoleErrors).toEqual([]);
});

test('a completion dated in the future is refused in Chinese', async ({ page }) => {
  await new WorkspacePage(page).create('日期测试');
  await registerPaperLetter(page, chinaDateDaysAgo(100));
  await new AppShellPage(page).goTo('首页');
  await page.getByTestId('duty-training').getByRole('link', { name: '记录已完成…' }).click();
  await page.getByLabel('培训时间').fill(`${chinaDateDaysAgo(-3)}T10:00`);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('时间不能晚于现在。')).toBeVisible();
  await new AppShellPage(page).goTo('首页');
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'upcoming');
});

test('a forged row changes nothing on the dashboard, and its ledger page still lists the genuine rows', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('伪造测试');
  await registerPaperLetter(page, chinaDateDaysAgo(400));
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'overdue');
  // One genuine training, long ago.
  await addPerson(page, '孙参加', 500);
  await shell.goTo('首页');
  await page.getByTestId('duty-training').getByRole('link', { name: '记录已完成…' }).click();
  await page.getByLabel('培训时间').fill(`${chinaDateDaysAgo(390)}T10:00`);
  const allTopics = page.getByRole('group', { name: '培训内容（条款 一(五)2 的四项）' }).getByRole('checkbox');
  await expect(allTopics).toHaveCount(4);
  for (const topic of await allTopics.all()) await topic.check();
  await page.getByRole('group', { name: '参加人员（从人员名册中勾选）' }).getByRole('checkbox', { name: '孙参加（门店）' }).check();
  await page.getByLabel('培训说明（选填）').fill('真实的培训记录');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();

  // Someone with the disk adds a "training held today": a date in the clear, zeros for the sealed part.
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
      const transaction = db.transaction('trainings', 'readwrite');
      transaction.objectStore('trainings').put({ id: 'forged-training', v: 3, heldAt: Date.now(), coverage: 'complete', sealed: new Uint8Array(64) });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
    });
    db.close();
  });
  await page.reload();
  await new WorkspacePage(page).unlock('伪造测试');
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'overdue');
  await expect(page.getByRole('status').filter({ hasText: '有 1 条台账记录无法读取' })).toBeVisible();
  await shell.goTo('台账');
  await page.locator('.ledger-grid').getByRole('link', { name: '培训记录', exact: true }).click();
  await expect(page.locator('table.ledger-table tbody tr')).toHaveCount(1);
  await expect(page.locator('table.ledger-table')).toContainText('真实的培训记录');
  await expect(page.getByTestId('unreadable-notice')).toContainText('有 1 条记录无法读取');
});
