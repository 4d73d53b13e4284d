import { expect, test, type Page } from '@playwright/test';
import { AppShellPage, type SectionName } from './pages/app-shell.page';
import { PersonalInformationPage } from './pages/personal-information.page';
import { WorkspacePage } from './pages/workspace.page';
import { horizontalOverflow, navigationHeight } from './support/layout-checks';
import { checkScreen } from './support/screen-walk';

const sections: ReadonlyArray<{ name: SectionName; path: RegExp }> = [
  { name: '签署', path: /\/sign$/ },
  { name: '台账', path: /\/ledgers$/ },
  { name: '文档', path: /\/documents$/ },
  { name: '设置', path: /\/settings$/ },
  { name: '首页', path: /\/$/ },
];

/** The sections the navigation marks as the current page. */
const currentSections = async (page: Page) => {
  const links = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
  const marked = await links.evaluateAll((elements) => elements.map((element) => ({ text: element.textContent, current: element.getAttribute('aria-current') === 'page', active: element.classList.contains('active') })));
  // What is marked for the eye and for a screen reader is the same.
  for (const link of marked) expect(link.current, `${link.text}: class and aria-current agree`).toBe(link.active);
  return marked.filter((link) => link.current).map((link) => link.text);
};

test('the navigation marks exactly the section that is open (首页 only on 首页)', async ({ page }) => {
  const shell = new AppShellPage(page);
  await shell.open('/');
  // With no workspace open, 首页 is the workspace list, and only the list.
  expect(await currentSections(page)).toEqual(['首页']);
  await page.getByRole('link', { name: '新建工作区' }).click();
  await expect(shell.heading()).toHaveText('新建工作区');
  expect(await currentSections(page)).toEqual([]);
  await new WorkspacePage(page).create('导航门店');
  for (const section of sections) {
    await shell.goTo(section.name);
    await expect(page).toHaveURL(section.path);
    // The address changes before React Router commits the new location (a transition): wait for the mark.
    await expect.poll(() => currentSections(page), { message: `on ${section.name}` }).toEqual([section.name]);
  }
  await new PersonalInformationPage(page).open();
  expect(await currentSections(page)).toEqual(['台账']);
});

test('at 420 px: a one-line top bar, the sections under 菜单, fitting one screen, closing once a section is chosen', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('城东张记便利店第二分店');
  await page.setViewportSize({ width: 420, height: 800 });

  const header = page.locator('header');
  const menu = shell.menuButton();
  await expect(menu).toHaveText('菜单');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.navigation()).toBeHidden();
  // One line: the brand and the menu button side by side, nothing wrapped.
  expect((await header.boundingBox())!.height).toBeLessThan(70);
  await expect(page.getByText('短信合规助手', { exact: true })).toBeVisible();

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(menu).toHaveText('收起菜单');
  await expect(shell.navigation().getByRole('link')).toHaveText(['首页', '签署', '台账', '文档', '设置']);
  const { height, innerHeight } = await navigationHeight(page);
  expect(height).toBeLessThanOrEqual(innerHeight);
  // The workspace tools: its name and each button on one line.
  await expect(page.getByTestId('open-workspace')).toBeVisible();
  for (const name of ['切换工作区', '锁定']) {
    const box = (await header.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.height, name).toBeLessThan(40);
  }
  expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(420);
  // The open menu passes the same checks as any screen (screenshot, axe, font, words).
  await checkScreen(page, 'menu-open');
  await page.setViewportSize({ width: 420, height: 800 });
  await expect(menu).toHaveAttribute('aria-expanded', 'true');

  await shell.navigation().getByRole('link', { name: '台账', exact: true }).click();
  await expect(shell.heading()).toHaveText('台账');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.navigation()).toBeHidden();

  // Escape from inside the menu folds it and returns to its button.
  await menu.click();
  await shell.navigation().getByRole('link', { name: '文档', exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  // Back to a wide window: the side navigation, no menu button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(shell.navigation()).toBeVisible();
  const nav = (await shell.navigation().boundingBox())!;
  expect(nav.width).toBeLessThan(250);
});

test('a .ledger-table stacks into one card per row at 420 px, each value under its heading, and never scrolls the page sideways', async ({ page }) => {
  await new WorkspacePage(page).create('台账门店');
  const ledger = new PersonalInformationPage(page);
  await ledger.open();
  await ledger.add({ phone: '13900001111', name: '欧阳测试', source: '门店会员登记表（二〇二六年十一月）' });
  const table = page.locator('table.ledger-table');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  const headings = await table.locator('thead th').allTextContents();
  expect(headings.length).toBeGreaterThan(3);

  await page.setViewportSize({ width: 420, height: 800 });
  const cells = table.locator('tbody tr').first().locator('td');
  await expect(cells).toHaveCount(headings.length);
  for (const [index, heading] of headings.entries()) await expect(cells.nth(index)).toHaveAttribute('data-label', heading.trim());
  // Stacked: each cell spans the card; the column headings are read from data-label.
  const tableBox = (await table.boundingBox())!;
  const cellBox = (await cells.nth(1).boundingBox())!;
  expect(cellBox.width).toBeGreaterThan(tableBox.width * 0.8);
  await expect(table.locator('thead')).toHaveCSS('position', 'absolute');
  expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(420);

  // A row added later gets its labels too.
  await page.setViewportSize({ width: 1280, height: 800 });
  await ledger.add({ phone: '13900002222', name: '李测试', source: '小程序注册页' });
  await page.setViewportSize({ width: 420, height: 800 });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').first().locator('td').nth(1)).toHaveAttribute('data-label', headings[1]!.trim());
});

test('one link style and one button style, whether a button is a <button> or a link', async ({ page }) => {
  await new WorkspacePage(page).create('样式门店');
  await new WorkspacePage(page).lock();
  await page.getByTestId('workspace-card').getByRole('link', { name: '解锁' }).click();
  const link = page.getByRole('link', { name: '返回工作区列表' });
  const style = (selector: ReturnType<Page['locator']>, properties: readonly string[]) =>
    selector.evaluate((element, names) => Object.fromEntries(names.map((name) => [name, getComputedStyle(element).getPropertyValue(name)])), properties);
  const accent = 'rgb(31, 95, 168)';
  expect(await style(link, ['color', 'text-decoration-line'])).toEqual({ color: accent, 'text-decoration-line': 'underline' });

  await page.goto('/workspaces');
  const buttonLike = ['border-top-width', 'border-top-style', 'border-radius', 'padding-top', 'padding-left', 'font-size', 'min-height', 'font-family'];
  const linkButton = await style(page.getByRole('link', { name: '解锁' }), buttonLike);
  const realButton = await style(page.getByRole('button', { name: '重命名' }), buttonLike);
  expect(linkButton).toEqual(realButton);
  expect(await style(page.getByRole('link', { name: '从备份恢复' }), [...buttonLike, 'color'])).toEqual(await style(page.getByRole('button', { name: '重命名' }), [...buttonLike, 'color']));
  // A visited link keeps its look (解锁 was just followed): no browser purple.
  expect(await style(page.getByRole('link', { name: '解锁' }), ['color'])).toEqual({ color: 'rgb(255, 255, 255)' });
});
