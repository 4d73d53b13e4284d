import { expect, type Page } from '@playwright/test';
import { AppShellPage, type SectionName } from '../pages/app-shell.page';
import { navigateInApp, type Screen } from './screen-walk';

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

async function openLedger(page: Page, title: string): Promise<void> {
  await new AppShellPage(page).goTo('台账');
  await page.locator('.ledger-grid').getByRole('link', { name: title, exact: true }).click();
  await heading(page, title);
}

/** A ledger's list, a section of it (`sectionTitle`), or the form its `add` button opens. */
function ledgerScreen(name: string, title: string, add?: string, sectionTitle?: string): Screen {
  return {
    name,
    open: async (page) => {
      await openLedger(page, title);
      if (sectionTitle !== undefined) {
        await page.getByRole('link', { name: sectionTitle, exact: true }).click();
        await heading(page, sectionTitle);
      }
      if (add !== undefined) {
        await page.getByRole('link', { name: add }).click();
        await heading(page, add);
      }
    },
  };
}

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
  ledgerScreen('content-review', '短信内容审核台账'),
  ledgerScreen('content-review-new', '短信内容审核台账', '登记待审核的短信'),
  ledgerScreen('sending-allowlist', '短信内容审核台账', undefined, '发送白名单'),
  ledgerScreen('sending-allowlist-new', '短信内容审核台账', '添加网址或电话', '发送白名单'),
  ledgerScreen('scope-change', '场景变更申请'),
  ledgerScreen('scope-change-new', '场景变更申请', '申请新的使用场景'),
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

/**
 * Records of 短信内容审核台账 and 场景变更申请, once the walk has added them
 * (every-screen.spec.ts): a message with screening hits, waiting for its
 * second reviewer, and an application with its steps.
 */
export const reviewRecordScreens: readonly Screen[] = [
  {
    name: 'content-review-record',
    open: async (page) => {
      await openLedger(page, '短信内容审核台账');
      await page.locator('table.ledger-table tbody tr').first().getByRole('link', { name: '查看' }).click();
      await expect(page.getByTestId('screening-hit').first()).toBeVisible();
      await expect(page.getByTestId('review-slot-a')).toContainText('意见要等另一位审核人提交后才显示');
    },
  },
  {
    name: 'scope-change-record',
    open: async (page) => {
      await openLedger(page, '场景变更申请');
      await page.locator('table.ledger-table tbody tr').first().getByRole('link', { name: '查看' }).click();
      await expect(page.getByTestId('scope-change-steps')).toBeVisible();
    },
  },
];

/** The same sections under other names, for a second look at another point of the journey. */
export function renamed(screens: readonly Screen[], suffix: string): Screen[] {
  return screens.map((screen) => ({ ...screen, name: `${screen.name}-${suffix}` }));
}
