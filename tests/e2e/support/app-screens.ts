import { expect, type Page } from '@playwright/test';
import { AppShellPage, type SectionName } from '../pages/app-shell.page';
import { navigateInApp, type Screen } from './screen-walk';
import { answerChecklist } from './checklist';

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
  { name: 'locked-handover', open: async (page) => (await page.goto('/handover'), expect(page.getByTestId('locked-section')).toBeVisible()) },
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
    name: 'handover',
    open: async (page) => {
      await new AppShellPage(page).goTo('设置');
      await page.getByRole('link', { name: '交接给商户…' }).click();
      await heading(page, '交接给商户');
    },
  },
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

/** A ledger's list, through 台账 (and a sibling record type's button, for a plan or a hazard). */
async function openLedger(page: Page, card: string, section?: string): Promise<void> {
  await new AppShellPage(page).goTo('台账');
  await page.locator('.ledger-grid').getByRole('link', { name: card, exact: true }).click();
  if (section !== undefined) await page.getByRole('link', { name: section, exact: true }).click();
  await heading(page, section ?? card);
}

/** The first record of the list on screen. */
async function openFirstRecord(page: Page): Promise<void> {
  await page.locator('table.ledger-table tbody tr').first().getByRole('link', { name: '查看' }).click();
  await expect(page.getByTestId('attachments')).toBeVisible();
}

const save = async (page: Page) => {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();
};

/**
 * The routine ledgers (一(四)1, 一(五)1–3), walked as a merchant fills them
 * in: each form, then the record it makes with its workflow. Needs a letter
 * signed in the app (the generated documents name the merchant) and 王检查 in
 * 人员名册.
 */
export const routineLedgerScreens: readonly Screen[] = [
  { name: 'emergency-plans', open: (page) => openLedger(page, '应急预案与演练', '应急预案') },
  { name: 'emergency-plan-new', open: async (page) => (await page.getByRole('link', { name: '制定应急预案' }).click(), heading(page, '制定应急预案')) },
  {
    name: 'emergency-plan-record',
    open: async (page) => {
      await page.getByLabel('应急负责人（从人员名册中选择）').selectOption({ label: '王检查（门店）' });
      await page.getByLabel('对外报告人（负责书面通知）').selectOption({ label: '王检查（门店）' });
      await save(page);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '发布并生成 PDF' }).click();
      await download;
      await expect(page.getByTestId('version-status')).toContainText('现行版本');
    },
  },
  { name: 'emergency-drills', open: (page) => openLedger(page, '应急预案与演练') },
  { name: 'emergency-drill-new', open: async (page) => (await page.getByRole('link', { name: '记录一次演练' }).click(), heading(page, '记录一次演练')) },
  {
    name: 'emergency-drill-record',
    open: async (page) => {
      await page.getByLabel('依据的应急预案（选择版本）').selectOption({ index: 1 });
      await page.getByLabel('演练科目').fill('模拟接口密钥泄露');
      await page.getByRole('group', { name: '参加人员（从人员名册中勾选）' }).getByRole('checkbox').first().check();
      await page.getByLabel('演练过程').fill('按预案处置。');
      await page.getByLabel('总结报告：效果、发现的问题和改进措施').fill('流程可行。');
      await save(page);
      await expect(page.getByTestId('drill-plan')).toBeVisible();
    },
  },
  { name: 'trainings', open: (page) => openLedger(page, '培训记录') },
  { name: 'training-new', open: async (page) => (await page.getByRole('link', { name: '记录一次培训' }).click(), heading(page, '记录一次培训')) },
  {
    name: 'training-record',
    open: async (page) => {
      await page.getByRole('group', { name: '培训内容（条款 一(五)2 的四项）' }).getByRole('checkbox').first().check();
      await page.getByRole('group', { name: '参加人员（从人员名册中勾选）' }).getByRole('checkbox').first().check();
      await page.getByLabel('培训说明（选填）').fill('法规培训');
      await save(page);
      await expect(page.getByTestId('training-coverage')).toBeVisible();
    },
  },
  { name: 'self-inspections', open: (page) => openLedger(page, '季度自查与整改') },
  { name: 'self-inspection-new', open: async (page) => (await page.getByRole('link', { name: '记录一次自查' }).click(), heading(page, '记录一次自查')) },
  {
    name: 'self-inspection-record',
    open: async (page) => {
      await page.getByRole('group', { name: '检查人（从人员名册中勾选）' }).getByRole('checkbox').first().check();
      await answerChecklist(page, ['接口凭证都在 90 天内更换过']);
      await save(page);
      await expect(page.getByTestId('inspection-panel')).toBeVisible();
    },
  },
  { name: 'hazard-new', open: async (page) => (await page.getByRole('link', { name: '登记发现的隐患…' }).click(), heading(page, '登记隐患')) },
  {
    name: 'hazard-record',
    open: async (page) => {
      await page.getByLabel('隐患情况').fill('测试环境密钥超过 90 天没有更换。');
      await page.getByLabel('整改责任人（从人员名册中选择）').selectOption({ label: '王检查（门店）' });
      await save(page);
      await expect(page.getByTestId('hazard-fix')).toBeVisible();
    },
  },
  { name: 'hazards', open: (page) => openLedger(page, '季度自查与整改', '隐患整改') },
  { name: 'policies', open: (page) => openLedger(page, '管理制度') },
  { name: 'policy-new', open: async (page) => (await page.getByRole('link', { name: '制定管理制度' }).click(), heading(page, '制定管理制度')) },
  {
    name: 'policy-record',
    open: async (page) => {
      await page.getByLabel('制度负责人（从人员名册中选择）').selectOption({ label: '王检查（门店）' });
      await save(page);
      await expect(page.getByTestId('version-status')).toContainText('草稿');
    },
  },
  {
    name: 'policy-record-in-force',
    open: async (page) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '发布并生成 PDF' }).click();
      await download;
      await expect(page.getByTestId('version-status')).toContainText('现行版本');
    },
  },
  { name: 'policies-after-issue', open: async (page) => (await openLedger(page, '管理制度'), await openFirstRecord(page)) },
  {
    name: 'documents-generated',
    open: async (page) => {
      await new AppShellPage(page).goTo('文档');
      await expect(page.getByTestId('generated-document')).not.toHaveCount(0);
    },
  },
  {
    name: 'home-service-end',
    open: async (page) => {
      await new AppShellPage(page).goTo('首页');
      await page.getByRole('button', { name: '记录服务终止…' }).click();
      await expect(page.getByTestId('service-end-form')).toBeVisible();
    },
  },
  {
    name: 'home-service-ended',
    open: async (page) => {
      await page.getByRole('button', { name: '保存服务终止日期' }).click();
      await expect(page.getByTestId('service-ended')).toBeVisible();
    },
  },
];
