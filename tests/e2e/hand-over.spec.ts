import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { HandOverPage } from './pages/hand-over.page';
import { PersonalInformationPage, type PersonEntry } from './pages/personal-information.page';
import type { OperatorEntry } from './pages/signing.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';
import { pdfText } from './support/pdf-tools';
import { filesContaining, withPersistentProfile } from './support/profile-scan';
import { checkScreen } from './support/screen-walk';
import { signLetterWithSeal } from './support/sign-letter';

// Two synthetic merchants (valid GB 32100 check characters, numbers from the 139/158 ranges, invented names).
const handedOver: OperatorEntry = { type: '企业', name: '城南交接科技有限公司', code: '91330100MA27XK7H0X', legalRepresentative: '欧阳交接', phone: '13900139088' };
const staying: OperatorEntry = { type: '企业', name: '城北留存商贸有限公司', code: '91440300MA5F78570T', legalRepresentative: '司马留存', phone: '15800158077' };
const customer: PersonEntry = { phone: '13900139066', name: '诸葛交接', source: '门店登记表' };
const merchantPassphrase = '河埠头晒着蓝印花布 Wd4$';
const agentName = '李代理';

/** The agent's day: both merchants onboarded and signed; the first has a customer on its ledger. Ends with every workspace locked. */
async function signTwoMerchants(page: Page): Promise<void> {
  const workspaces = new WorkspacePage(page);
  await workspaces.onboard(handedOver.name);
  await signLetterWithSeal(page, handedOver);
  // An agent's merchant is offered the hand-over as the next step.
  await expect(page.getByTestId('done-handover').getByRole('link', { name: '交接给商户…' })).toBeVisible();
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add(customer);
  await workspaces.lock();
  await workspaces.onboard(staying.name);
  await signLetterWithSeal(page, staying);
  await workspaces.lock();
}

/** From the day list, 交接给商户… for the first merchant: unlocks, and lands on the hand-over form. */
async function openHandOver(page: Page): Promise<HandOverPage> {
  const row = page.getByTestId('day-item').filter({ hasText: handedOver.name });
  await expect(row).toContainText('已签署，未交接');
  await row.getByRole('link', { name: '交接给商户…' }).click();
  await new WorkspacePage(page).submitPassphrase(testPassphrase);
  const handOver = new HandOverPage(page);
  await handOver.expectOpen();
  return handOver;
}

async function chooseBundle(page: Page, bundle: Buffer, secret: Readonly<{ kind: '用密码' | '用恢复码'; value: string }>): Promise<void> {
  await page.goto('/workspaces/restore');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件…' }).click();
  await (await chooser).setFiles({ name: '交接包.smsbak', mimeType: 'application/octet-stream', buffer: bundle });
  await page.getByLabel(secret.kind).check();
  await page.getByLabel(secret.kind === '用密码' ? '密码' : '恢复码', { exact: true }).fill(secret.value);
  await page.getByRole('button', { name: '核对备份' }).click();
}

/** In a fresh profile: the bundle restores, and the merchant's 首页 shows the signed letter and its duties. */
async function restoreAndOpen(page: Page, bundle: Buffer, secret: Readonly<{ kind: '用密码' | '用恢复码'; value: string }>): Promise<void> {
  await chooseBundle(page, bundle, secret);
  await expect(page.getByRole('status').filter({ hasText: '备份核对无误' })).toContainText(`工作区「${handedOver.name}」`, { timeout: 30_000 });
  await page.getByRole('button', { name: '恢复这个备份' }).click();
  await expect(page.getByRole('heading', { name: `解锁「${handedOver.name}」` })).toBeVisible({ timeout: 30_000 });
  if (secret.kind === '用恢复码') {
    await page.getByRole('tab', { name: '用恢复码' }).click();
    await page.getByLabel('恢复码').fill(secret.value);
    await page.getByRole('button', { name: '解锁', exact: true }).click();
  } else {
    await new WorkspacePage(page).submitPassphrase(secret.value);
  }
  await expect(page.getByTestId('open-workspace')).toHaveText(`当前工作区：${handedOver.name}`, { timeout: 20_000 });
  await new AppShellPage(page).goTo('首页');
  await expect(page.getByTestId('letter-status')).toContainText(/签署于 \d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId('duty-training')).toBeVisible();
  await expect(page.getByTestId('dashboard-summary')).toBeVisible();
}

test('acceptance 1: the bundle of one of two merchants opens in a fresh profile with the merchant\'s passphrase and with its recovery code, not another', async ({ page, browser }) => {
  test.setTimeout(420_000);
  await signTwoMerchants(page);
  const handOver = await openHandOver(page);
  await checkScreen(page, 'handover-form');

  // Every bad input has its own words, one at a time.
  await handOver.expectRefused('请填写代理人姓名。');
  await handOver.fill({ agentName });
  await handOver.expectRefused('请商户设置一个新密码。');
  await handOver.fill({ passphrase: '12345678' });
  await handOver.expectRefused('商户的新密码太容易被猜到，请按上面的提示加强。');
  await handOver.fill({ passphrase: merchantPassphrase, confirm: `${merchantPassphrase}x` });
  await handOver.expectRefused('两次输入的商户新密码不一致。');
  await handOver.fill({ confirm: merchantPassphrase });
  await handOver.expectRefused('请输入这个工作区现在的密码（代理人的密码）。');
  await handOver.fill({ current: merchantPassphrase });
  await handOver.expectRefused('商户的新密码不能和这个工作区现在的密码一样，请让商户另设一个。');
  await handOver.fill({ current: '不是这个密码 0000' });
  await handOver.expectRefused('这个工作区现在的密码不对，请代理人重新输入。');

  const { bundle, name, recoveryCode } = await handOver.handOver({ agentName, passphrase: merchantPassphrase, confirm: merchantPassphrase, current: testPassphrase });
  expect(name).toMatch(new RegExp(`^${handedOver.name}-交接包-\\d{4}-\\d{2}-\\d{2}\\.smsbak$`));
  await expect(page.getByTestId('handover-saved')).toContainText(`交接包「${name}」已交给浏览器下载`);
  await expect(page.getByRole('note')).toContainText('不要把交接单和交接包文件存在同一个U盘或文件夹里');
  await checkScreen(page, 'handover-done');

  // The sheet: its own file, the merchant's facts, the recovery code and what to do next, as selectable text.
  const sheet = pdfText(await handOver.saveSheet()).replace(/\s+/g, '');
  for (const expected of ['短信合规助手交接单', handedOver.name, handedOver.code, recoveryCode, name, '接下来请您这样做', '从备份恢复', '每年至少一次全员信息安全培训', agentName]) expect(sheet).toContain(expected);
  for (const personal of [handedOver.legalRepresentative, handedOver.phone, customer.phone, customer.name]) expect(sheet).not.toContain(personal);

  // The agent's workspace still opens with the agent's passphrase: its own key file did not change.
  const agent = new WorkspacePage(page);
  await agent.lock();
  await agent.unlock(handedOver.name);

  const data = await readFile(bundle);
  const fresh = await browser.newContext();
  const merchant = await fresh.newPage();
  try {
    // What the agent knows does not open it, and says so in Chinese.
    await chooseBundle(merchant, data, { kind: '用密码', value: testPassphrase });
    await expect(merchant.getByTestId('restore-status')).toHaveText('密码或恢复码不对：备份要用制作备份时该工作区的密码，交接包要用商户自己设置的密码或交接单上的恢复码。现有数据没有改动。', { timeout: 30_000 });
    await restoreAndOpen(merchant, data, { kind: '用密码', value: merchantPassphrase });
    await new AppShellPage(merchant).goTo('文档');
    await expect(merchant.locator('main')).toContainText(handedOver.name);
    // Only this merchant came: the other one is not in the bundle.
    await merchant.goto('/workspaces');
    await expect(merchant.getByTestId('workspace-card')).toHaveCount(1);
    await expect(merchant.locator('main')).not.toContainText(staying.name);
  } finally {
    await fresh.close();
  }

  const second = await browser.newContext();
  const withCode = await second.newPage();
  try {
    await restoreAndOpen(withCode, data, { kind: '用恢复码', value: recoveryCode });
  } finally {
    await second.close();
  }
});

test('acceptance 2: after 清理本机资料, the agent\'s profile holds none of that merchant\'s personal data or signature strokes; the onboarding record and the other merchant remain', async ({ playwright, baseURL }) => {
  test.setTimeout(420_000);
  await withPersistentProfile(
    playwright,
    baseURL,
    async (context) => {
      const page = await context.newPage();
      await page.goto('/workspaces');
      await signTwoMerchants(page);
      const handOver = await openHandOver(page);
      await handOver.handOver({ agentName, passphrase: merchantPassphrase, confirm: merchantPassphrase, current: testPassphrase });
      await page.getByRole('link', { name: '回到工作区列表' }).click();

      const row = page.getByTestId('day-item').filter({ hasText: handedOver.name });
      await expect(row).toContainText('已交接，待清理');
      await expect(row).toContainText(`由 ${agentName} 交接`);
      await row.getByRole('button', { name: '清理本机资料…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('这个工作区的密码（代理人设置的）').fill(testPassphrase);
      await dialog.getByRole('button', { name: '清理', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: '资料已从这台电脑清理' })).toContainText(handedOver.name, { timeout: 30_000 });

      await expect(row).toContainText('已交接，已清理');
      await expect(page.getByTestId('day-item').filter({ hasText: staying.name })).toContainText('已签署，未交接');
      await expect(page.getByTestId('workspace-card')).toHaveCount(1);
      await expect(page.getByTestId('workspace-card')).toContainText(staying.name);
      await expect(page.getByTestId('workspace-card').filter({ hasText: handedOver.name })).toHaveCount(0);
    },
    async (profile) => {
      // The scan sees what the profile keeps in clear: the onboarding record's name, and the other merchant's workspace.
      expect(await filesContaining(profile, handedOver.name)).not.toEqual([]);
      expect(await filesContaining(profile, staying.name)).not.toEqual([]);
      const leaks: Record<string, string[]> = {};
      // Signature strokes as the app keeps them: points with the pen's pressure and tilt.
      for (const secret of [handedOver.legalRepresentative, handedOver.phone, handedOver.code, customer.phone, customer.name, '"tiltX":20', '"pointerType":"pen"']) {
        const hits = await filesContaining(profile, secret);
        if (hits.length > 0) leaks[secret] = hits;
      }
      expect(leaks).toEqual({});
    },
  );
});
