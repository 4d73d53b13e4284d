import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { PersonalInformationPage } from './pages/personal-information.page';
import { WorkspacePage } from './pages/workspace.page';
import { chinaDateDaysAgo, registerPaperLetter } from './support/paper-letter';
import { filesContaining, withPersistentProfile } from './support/profile-scan';

// Synthetic: a number of the 139 range, an invented name, a marker in the evidence.
const phone = '13900139555';
const name = '慕容测试庚';
const evidenceMarker = 'CONSENT-EVIDENCE-TO-DELETE-4417';

test('the service of a number ends: deletion due in 15 working days on 首页; after 彻底删除 the profile holds no trace of it and the deletion record remains', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  await withPersistentProfile(
    playwright,
    baseURL,
    async (context) => {
      const page = await context.newPage();
      await new WorkspacePage(page).create('删除门店');
      await registerPaperLetter(page, chinaDateDaysAgo(100));
      const ledger = new PersonalInformationPage(page);
      await ledger.open();
      await ledger.add({ phone: '15800158666', name: '留下的号码', source: '门店会员登记表' });
      await ledger.startAdding('登记一个手机号');
      await page.getByLabel('手机号', { exact: true }).fill(phone);
      await page.getByLabel('姓名或称呼（选填）').fill(name);
      await page.getByLabel('信息来源').fill('书面同意书');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '选择文件…' }).click();
      await (await chooser).setFiles({ name: '同意书.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n${evidenceMarker}\n%%EOF\n`) });
      await ledger.save();

      // The record's page: its service ends.
      await page.getByTestId('service-end-panel').getByRole('button', { name: '服务终止…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '登记服务终止' }).click();
      await expect(dialog.getByText('这一项必填。')).toBeVisible();
      await dialog.getByLabel('原因').fill('用户注销账户');
      await dialog.getByRole('button', { name: '登记服务终止' }).click();
      await expect(page.getByRole('heading', { name: '用户注销账户', level: 1 })).toBeVisible();
      await expect(page.getByTestId('deletion-panel')).toContainText(/须在 \d{4}-\d{2}-\d{2} 前彻底删除（15 个工作日，条款 一\(一\)3）/);
      const due = /须在 (\d{4}-\d{2}-\d{2}) 前/.exec((await page.getByTestId('deletion-panel').textContent()) ?? '')?.[1];

      // 首页 shows the duty with its 15 working days, and the way to it.
      await new AppShellPage(page).goTo('首页');
      const duty = page.locator('[data-testid^="duty-personal-information-deletion:"]');
      await expect(duty).toHaveCount(1);
      await expect(duty).toContainText('删除不再需要的个人信息');
      // The 15 working days follow the day the service ended; on a working day, that day itself is still left too.
      await expect(duty).toContainText(new RegExp(`还剩 1[56] 个工作日（${due} 前）`));
      await duty.getByRole('link', { name: '去处理' }).click();

      // 彻底删除.
      await page.getByTestId('deletion-panel').getByRole('button', { name: '彻底删除…' }).click();
      await page.getByRole('dialog').getByLabel('执行人').fill('王测试');
      await page.getByRole('dialog').getByRole('button', { name: '彻底删除' }).click();
      const record = page.getByTestId('deletion-record');
      await expect(record).toContainText('1 条', { timeout: 30_000 });
      await expect(record).toContainText('验证码发送 1 条');
      await expect(record).toContainText('王测试');
      await expect(record).toContainText('浏览器模式不做自动备份');
      await expect(record).toContainText('删除完成时间');
      await expect(page.getByTestId('deletion-panel')).not.toContainText('139');

      await new AppShellPage(page).goTo('首页');
      await expect(page.locator('[data-testid^="duty-personal-information-deletion:"]')).toHaveCount(0);
      await ledger.open();
      await expect(ledger.rows()).toHaveCount(1);
      await page.getByLabel('按手机号查找（完整号码）').fill(phone);
      await page.getByRole('button', { name: '查找' }).click();
      await expect(page.getByText('没有符合条件的记录。')).toBeVisible();
      await page.getByRole('link', { name: '服务终止与删除记录' }).click();
      await expect(page.locator('table.ledger-table tbody tr')).toHaveCount(1);
      await expect(page.locator('table.ledger-table')).toContainText('已彻底删除');
      await page.close();
    },
    async (profile) => {
      const leaks: Record<string, string[]> = {};
      for (const secret of [phone, name, evidenceMarker, '139****9555']) {
        const hits = await filesContaining(profile, secret);
        if (hits.length > 0) leaks[secret] = hits;
      }
      expect(leaks).toEqual({});
      // The scan sees what IndexedDB holds in clear: the workspace's label is there.
      expect(await filesContaining(profile, '删除门店')).not.toEqual([]);
    },
  );
});
