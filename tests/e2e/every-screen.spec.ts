import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { ContentReviewPage } from './pages/content-review.page';
import { LedgerPage } from './pages/ledger.page';
import { soleProprietor, SoleProprietorSigning } from './pages/sole-proprietor';
import { PersonalInformationPage } from './pages/personal-information.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';
import { renamed, reviewRecordScreens, routineLedgerScreens, screensWithoutWorkspace, workspaceSections } from './support/app-screens';
import { signLetterWithSeal } from './support/sign-letter';
import { addPerson } from './support/staff';
import { checkScreen, walkScreens } from './support/screen-walk';

// Every screen, at 1280 and 420 px: a screenshot in test-results/, no
// sideways scrolling, no text box narrower than two characters, no serious
// or critical accessibility violation, every text drawn with the bundled
// font, and no English word or internal id (support/screen-walk.ts).

test('before any workspace: welcome, create, restore, the locked sections and an unknown address', async ({ page }) => {
  test.setTimeout(180_000);
  await walkScreens(page, screensWithoutWorkspace);
});

test('a sole proprietor\'s workspace, from its creation through signing, locked and unlocked', async ({ page }) => {
  test.setTimeout(480_000);
  const shell = new AppShellPage(page);
  const workspace = new WorkspacePage(page);

  await page.goto('/workspaces/new');
  await page.getByLabel('工作区名称').fill('城东门店');
  await page.getByLabel('密码', { exact: true }).fill(testPassphrase);
  await page.getByLabel('再输入一次密码').fill(testPassphrase);
  await page.getByRole('button', { name: '创建工作区' }).click();
  await expect(page.getByTestId('recovery-code')).toBeVisible({ timeout: 20_000 });
  await checkScreen(page, 'recovery-code');
  const code = (await page.getByTestId('recovery-code').locator('span').allTextContents()).join('-');
  await page.getByLabel('请输入恢复码的最后一组').fill(code.slice(-4));
  await page.getByRole('button', { name: '我已保存，进入工作区' }).click();
  await expect(page.getByTestId('open-workspace')).toHaveText('当前工作区：城东门店');

  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900001111', name: '欧阳测试', source: '门店会员登记表' });
  await ledger.add({ phone: '13900002222', name: '龘靐测试', source: '小程序注册页' });
  // A message with hits, reviewed once, and a scope change application, for their record screens.
  const review = new ContentReviewPage(page);
  await review.addPerson('欧阳审核');
  await review.register({ signature: '【城东门店】', scenario: '业务办理提醒', recipients: 120, content: '您送修的电饭煲已修好，请致电 13912345678 预约取回，代开发票请到前台。' });
  await review.review('欧阳审核（门店）', '不通过', '含有不在白名单中的手机号和违规服务用语。');
  await expect(review.slot('a')).toContainText('已于');
  const changes = new LedgerPage(page, '场景变更申请');
  await changes.open();
  await changes.startAdding('申请新的使用场景');
  await page.getByLabel('新场景的名称').fill('物流配送通知');
  await page.getByLabel('申请理由').fill('网店开通后需要通知顾客包裹的配送进度。');
  await page.getByLabel('发送对象、范围和频次').fill('在网店下单的顾客，每单不超过 3 条。');
  await changes.save();
  await walkScreens(page, workspaceSections);
  await walkScreens(page, reviewRecordScreens);

  const signing = new SoleProprietorSigning(page);
  await walkScreens(page, [
    { name: 'sign-operator', open: async () => signing.signing.open() },
    { name: 'sign-read', open: async () => signing.fillOperator(soleProprietor) },
  ]);
  // An objection, raised and then settled, leaves an objection letter in 文档.
  await page.getByLabel('针对的条款').selectOption('一(三)2');
  await page.getByLabel('异议内容').fill('90 天更换周期对我们太短，希望改为 180 天。');
  await page.getByRole('button', { name: '提出异议' }).click();
  await expect(page.getByTestId('objection-list')).toContainText('待处理');
  await checkScreen(page, 'sign-read-objection');
  await page.getByRole('button', { name: '已协商解决' }).click();
  await expect(page.getByTestId('objection-list')).toContainText('已解决');

  await walkScreens(page, [
    { name: 'sign-mark', open: async () => signing.readAndContinue() },
    { name: 'sign-mark-thumbprint', open: async () => signing.giveThumbprint() },
    { name: 'sign-signature', open: async () => signing.signWithPen() },
    { name: 'sign-confirm', open: async () => signing.toConfirm() },
    { name: 'sign-done', open: async () => signing.confirm() },
  ]);
  await walkScreens(page, renamed(workspaceSections.filter((screen) => ['home', 'documents'].includes(screen.name)), 'after-signing'));

  await walkScreens(page, [
    {
      name: 'clause-dialog',
      open: async () => {
        await page.getByTestId('objection-letter').getByRole('button', { name: /条款 一\(三\)2/ }).click();
        await expect(page.getByRole('dialog')).toContainText('定期更换接口访问凭证');
      },
    },
  ]);
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

  await workspace.lock();
  await walkScreens(page, [
    { name: 'workspaces', open: async () => expect(page.getByTestId('workspace-card')).toHaveCount(1) },
    {
      name: 'delete-dialog',
      open: async () => {
        await page.getByTestId('workspace-card').getByRole('button', { name: '删除' }).click();
        await expect(page.getByRole('dialog')).toContainText('至少还要保存 2 年');
      },
    },
  ]);
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await walkScreens(page, [{ name: 'unlock', open: async () => workspace.openUnlock('城东门店') }]);
  expect(shell.consoleErrors).toEqual([]);
});

test('the routine ledgers: plan, drill, training, self-inspection and hazard, policy, generated documents, the service\'s end, and a deletion refused while records are kept', async ({ page }) => {
  test.setTimeout(480_000);
  const shell = new AppShellPage(page);
  const workspace = new WorkspacePage(page);
  await workspace.create('例行门店');
  await signLetterWithSeal(page);
  await addPerson(page, '王检查');
  await walkScreens(page, routineLedgerScreens);

  await workspace.lock();
  await walkScreens(page, [
    {
      name: 'delete-dialog-refused',
      open: async () => {
        await page.getByTestId('workspace-card').getByRole('button', { name: '删除' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel(/请输入工作区名称/).fill('例行门店');
        await dialog.getByLabel('请输入这个工作区的密码').fill(testPassphrase);
        await dialog.getByRole('button', { name: '永久删除' }).click();
        await expect(dialog.getByTestId('retention-refusal')).toBeVisible({ timeout: 20_000 });
      },
    },
  ]);
  expect(shell.consoleErrors).toEqual([]);
});
