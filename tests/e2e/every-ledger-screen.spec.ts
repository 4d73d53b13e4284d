import { expect, test, type Page } from '@playwright/test';
import { ledgerRegistry } from '@shared/ledgers/ledger-registry';
import { LedgerPage } from './pages/ledger.page';
import { WorkspacePage } from './pages/workspace.page';
import { chinaDateDaysAgo, chinaDateTimeMinutesAgo, registerPaperLetter } from './support/paper-letter';
import { navigateInApp, walkScreens, type Screen } from './support/screen-walk';

// Every ledger the registry holds — its list, its form, and a record with its
// workflow where it has one — through the same checks as every other screen
// (support/screen-walk.ts): a new ledger is walked the day it is registered.

const heading = (page: Page, name: string) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

// Records some ledgers never take from a form: an import batch is started on
// its own page, a full-number export is recorded by the export itself (its
// "new" address is no page). A ledger added with another way fails here
// until it is listed.
const madeWithoutForm: Readonly<Record<string, string | null>> = {
  'personal-information-import': '从文件导入手机号',
  'personal-information-export': null,
};

const ledgerScreens: Screen[] = ledgerRegistry.flatMap((definition) => {
  const list: Screen = {
    name: `ledger-${definition.id}`,
    open: async (page: Page) => {
      await navigateInApp(page, `/ledgers/${definition.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.ledger-header')).toBeVisible();
    },
  };
  const ownPage = madeWithoutForm[definition.id];
  if (ownPage === null) return [list];
  const adding: Screen = {
    name: `ledger-${definition.id}-new`,
    open: async (page: Page) => {
      await navigateInApp(page, `/ledgers/${definition.id}/new`);
      await (ownPage === undefined ? expect(page.locator('form.ledger-form')).toBeVisible() : heading(page, ownPage));
    },
  };
  return [list, adding];
});

/** The record page the app shows right after a save. */
const current = (name: string): Screen => ({ name, open: async (page) => expect(page.locator('.record-fields')).toBeVisible() });

test('every ledger of the registry: list and form at 1280 and 420 px; records of the event ledgers with their steps', async ({ page }) => {
  test.setTimeout(600_000);
  await new WorkspacePage(page).create('台账巡检门店');
  await registerPaperLetter(page, chinaDateDaysAgo(120));
  await walkScreens(page, ledgerScreens);

  const staff = new LedgerPage(page, '人员名册');
  await staff.open();
  await staff.startAdding('登记一位员工');
  await page.getByLabel('姓名', { exact: true }).fill('司马巡检');
  await page.getByLabel('部门（选填）').fill('门店');
  await staff.save();
  await walkScreens(page, [current('record-staff')]);

  const credentials = new LedgerPage(page, '接口凭证台账');
  await credentials.open();
  await credentials.startAdding('登记一个凭证');
  await page.getByLabel('凭证名称').fill('正式环境密钥');
  await page.getByLabel('保管人（从人员名册中选择）').selectOption({ label: '司马巡检（门店）' });
  await page.getByLabel('权限范围').fill('仅发送验证码');
  await page.getByLabel('密钥或密码（选填，不会保存）').fill('sk-walk-0123456789abcdef');
  await credentials.save();
  await walkScreens(page, [current('record-api-credential')]);
  await page.getByRole('link', { name: '报告疑似泄露…' }).click();
  await page.getByLabel('发现了什么').fill('密钥出现在公开的聊天记录里。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await walkScreens(page, [current('record-credential-leak')]);

  const incidents = new LedgerPage(page, '安全事件台账');
  await incidents.open();
  await incidents.startAdding('登记安全事件');
  await page.getByLabel('发现时间（精确到分钟）').fill(chinaDateTimeMinutesAgo(40));
  await page.getByLabel('事件概况').fill('会员资料导出文件被误发。');
  await page.getByLabel('当地网信办').fill('测试市互联网信息办公室');
  await page.getByLabel('当地通信管理局').fill('测试省通信管理局');
  await incidents.save();
  await walkScreens(page, [current('record-security-incident')]);

  const events = new LedgerPage(page, '不可抗力');
  await events.open();
  await events.startAdding('登记不可抗力事件');
  await page.getByLabel('发生了什么').fill('台风导致门店停电。');
  await page.getByLabel('对履行责任的影响').fill('两天无法审核短信。');
  await events.save();
  await walkScreens(page, [current('record-force-majeure')]);
  await heading(page, '台风导致门店停电。');
});
