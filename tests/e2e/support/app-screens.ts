import { expect, type Page } from '@playwright/test';
import { AppShellPage, type SectionName } from '../pages/app-shell.page';
import { navigateInApp, type Screen } from './screen-walk';

// A small file to import in the walk: numbers of the 139 range, invented names.
const importFile = Buffer.from('\ufeff手机号,姓名,来源\r\n13900001301,测试甲,门店会员登记表\r\n13900001302,测试乙,门店会员登记表\r\n', 'utf8');

const personalInformationList = async (page: Page) => {
  await new AppShellPage(page).goTo('台账');
  await heading(page, '台账');
  await page.locator('.ledger-grid').getByRole('link', { name: '个人信息台账', exact: true }).click();
  await heading(page, '个人信息台账');
};

const chooseImportFile = async (page: Page) => {
  await personalInformationList(page);
  await page.getByRole('link', { name: '从文件导入…' }).first().click();
  await heading(page, '从文件导入手机号');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles({ name: '客户名单.csv', mimeType: 'text/csv', buffer: importFile });
  await expect(page.getByTestId('import-mapping')).toBeVisible();
};

// The screens of the app, for walks that check every one of them
// (every-screen.spec.ts). A new screen is one entry here: how to open it
// from anywhere in its state, and what shows it is there.

const heading = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

const section = (name: string, label: SectionName, title: string): Screen => ({
  name,
  open: async (page) => {
    await new AppShellPage(page).goTo(label);
    await heading(page, title);
  },
});

/** Before any workspace exists (and so with none open): loaded by address, nothing to lose. */
export const screensWithoutWorkspace: readonly Screen[] = [
  { name: 'welcome', open: async (page) => (await page.goto('/'), heading(page, '欢迎使用短信合规助手')) },
  { name: 'create-workspace', open: async (page) => (await page.goto('/workspaces/new'), heading(page, '新建工作区')) },
  { name: 'restore-backup', open: async (page) => (await page.goto('/workspaces/restore'), heading(page, '从备份恢复')) },
  { name: 'locked-sign', open: async (page) => (await page.goto('/sign'), expect(page.getByTestId('locked-section')).toBeVisible()) },
  { name: 'locked-ledgers', open: async (page) => (await page.goto('/ledgers'), expect(page.getByTestId('locked-section')).toBeVisible()) },
  { name: 'locked-documents', open: async (page) => (await page.goto('/documents'), expect(page.getByTestId('locked-section')).toBeVisible()) },
  { name: 'locked-settings', open: async (page) => (await page.goto('/settings'), expect(page.getByTestId('locked-section')).toBeVisible()) },
  // The pen-display window of the desktop app: its preload gives it a pad host of two calls, stood in for here.
  {
    name: 'sign-pad',
    open: async (page) => {
      // Only on /pad: the script stays with the page for every later address of the walk.
      await page.addInitScript(() => {
        if (window.location.pathname !== '/pad') return;
        Object.assign(window, { padHost: { pad: { submit: async () => ({ ok: true, value: null }), close: async () => ({ ok: true, value: null }) } } });
      });
      await page.goto('/pad');
      await expect(page.getByTestId('signature-canvas')).toBeVisible();
    },
  },
  { name: 'not-found-locked', open: async (page) => (await page.goto('/no-such-page'), expect(page.getByRole('alert')).toContainText('没有找到这个页面')) },
];

/**
 * The sections of an open workspace, reached through the navigation (a
 * reload would lock the workspace). The screens the lead adds (ledgers,
 * dashboard) go here.
 */
export const workspaceSections: readonly Screen[] = [
  section('home', '首页', '合规概览'),
  section('ledgers', '台账', '台账'),
  {
    name: 'personal-information',
    open: async (page) => {
      await new AppShellPage(page).goTo('台账');
      await page.getByRole('link', { name: '个人信息台账' }).click();
      await heading(page, '个人信息台账');
    },
  },
  {
    name: 'pi-record',
    open: async (page) => {
      await personalInformationList(page);
      await page.locator('table.ledger-table tbody tr').first().getByRole('link', { name: /查看/ }).click();
      await expect(page.getByTestId('service-end-panel')).toBeVisible();
    },
  },
  {
    name: 'pi-import',
    open: async (page) => {
      await personalInformationList(page);
      await page.getByRole('link', { name: '从文件导入…' }).first().click();
      await heading(page, '从文件导入手机号');
    },
  },
  { name: 'pi-import-mapping', open: chooseImportFile },
  {
    name: 'pi-import-batch',
    open: async (page) => {
      await chooseImportFile(page);
      await page.getByRole('button', { name: /^开始导入/ }).click();
      await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: 'pi-export-full',
    open: async (page) => {
      await personalInformationList(page);
      await page.getByRole('button', { name: '导出完整号码…' }).click();
      await expect(page.getByRole('dialog')).toContainText('导出理由');
    },
  },
  {
    name: 'pi-service-end',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await personalInformationList(page);
      await page.locator('table.ledger-table tbody tr').first().getByRole('link', { name: /查看/ }).click();
      await page.getByTestId('service-end-panel').getByRole('button', { name: '服务终止…' }).click();
      await page.getByRole('dialog').getByLabel('原因').fill('用户注销账户');
      await page.getByRole('dialog').getByRole('button', { name: '登记服务终止' }).click();
      await expect(page.getByTestId('deletion-panel')).toContainText('彻底删除…');
    },
  },
  {
    name: 'pi-deletion-record',
    open: async (page) => {
      await page.getByTestId('deletion-panel').getByRole('button', { name: '彻底删除…' }).click();
      await page.getByRole('dialog').getByLabel('执行人').fill('王测试');
      await page.getByRole('dialog').getByRole('button', { name: '彻底删除' }).click();
      await expect(page.getByTestId('deletion-record')).toContainText('删除完成时间', { timeout: 30_000 });
    },
  },
  {
    name: 'pi-deletions',
    open: async (page) => {
      await personalInformationList(page);
      await page.getByRole('link', { name: '服务终止与删除记录' }).click();
      await heading(page, '服务终止与删除记录');
    },
  },
  {
    name: 'pi-imports',
    open: async (page) => {
      await personalInformationList(page);
      await page.getByRole('link', { name: '导入记录' }).click();
      await heading(page, '导入记录');
    },
  },
  {
    name: 'pi-exports',
    open: async (page) => {
      await personalInformationList(page);
      await page.getByRole('link', { name: '完整号码导出记录' }).click();
      await heading(page, '完整号码导出记录');
    },
  },
  section('documents', '文档', '文档'),
  section('settings', '设置', '设置'),
  {
    name: 'not-found',
    open: async (page) => {
      await navigateInApp(page, '/no-such-page');
      await expect(page.getByRole('alert')).toContainText('没有找到这个页面');
    },
  },
];

/** The same sections under other names, for a second look at another point of the journey. */
export function renamed(screens: readonly Screen[], suffix: string): Screen[] {
  return screens.map((screen) => ({ ...screen, name: `${screen.name}-${suffix}` }));
}
