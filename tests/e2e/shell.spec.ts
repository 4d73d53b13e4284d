import { expect, test } from '@playwright/test';
import { AppShellPage, type SectionName } from './pages/app-shell.page';
import { WorkspacePage } from './pages/workspace.page';

const sections: ReadonlyArray<{ name: SectionName; path: string; heading: string; firstStep: RegExp }> = [
  { name: '签署', path: '/sign', heading: '签署责任书', firstStep: /开始之前，请准备好/ },
  { name: '台账', path: '/ledgers', heading: '台账', firstStep: /先在「人员名册」登记/ },
  { name: '文档', path: '/documents', heading: '文档', firstStep: /签署责任书后，带数字签名的 PDF 会出现在这里/ },
  { name: '设置', path: '/settings', heading: '设置', firstStep: /请先做一次备份/ },
  { name: '首页', path: '/', heading: '合规概览', firstStep: /第一步：签署责任书/ },
];

test('the shell speaks Chinese, every section is reachable, and the console stays clean', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('导航测试');
  await expect(page).toHaveTitle('短信合规助手');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(shell.heading()).toHaveText('合规概览');
  await expect(page.locator('.badge')).toHaveText('浏览器模式');

  for (const section of sections) {
    await shell.goTo(section.name);
    await expect(page).toHaveURL(new RegExp(`${section.path}$`));
    await expect(shell.heading()).toHaveText(section.heading);
    await expect(page.getByText(section.firstStep)).toBeVisible();
    await expect(shell.navigation().getByRole('link', { name: section.name, exact: true })).toHaveClass(/active/);
  }

  expect(shell.consoleErrors).toEqual([]);
});

test('the ledger overview lists every ledger with its clause', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('台账测试');
  await shell.goTo('台账');
  const cards = page.locator('.ledger-grid > li');
  // The ten ledgers of the letter and the staff register.
  await expect(cards).toHaveCount(11);
  await expect(cards.filter({ hasText: '个人信息台账' })).toContainText('条款 一(一)3');
  await expect(cards.filter({ hasText: '接口凭证台账' })).toContainText('条款 一(三)1');
  // A card whose ledger is built opens it; one not built yet is no link and says so.
  for (const title of ['人员名册', '个人信息台账', '接口凭证台账', '安全事件台账', '不可抗力', '培训记录']) {
    await expect(cards.filter({ hasText: title }).getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  for (const card of await cards.all()) {
    if ((await card.getByRole('link').count()) === 0) await expect(card).toContainText('即将推出');
  }
  expect(shell.consoleErrors).toEqual([]);
});

test('a deep link loads directly and an unknown address explains itself with a way back', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('链接测试');
  await shell.goTo('设置');
  await expect(shell.heading()).toHaveText('设置');

  await shell.open('/no-such-page');
  await expect(page.getByRole('alert')).toContainText('没有找到这个页面。');
  // The code is for support tools, not for the merchant to read.
  await expect(page.getByRole('alert')).toHaveAttribute('data-error-code', 'ui/page-not-found');
  await expect(page.getByRole('alert')).not.toContainText('ui/page-not-found');
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
});

test('the page is served with the strict content security policy', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).toContain("default-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");

  const blocked = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes";';
    document.body.append(script);
    return { directive: await violation, injected: document.body.dataset['injected'] ?? 'no' };
  });
  expect(blocked).toEqual({ directive: 'script-src-elem', injected: 'no' });
});
