import { expect, type Page } from '@playwright/test';

export type SectionName = '首页' | '签署' | '台账' | '文档' | '设置';

/** The frame around every page: header, navigation, console watch. */
export class AppShellPage {
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
  }

  async open(pathName = '/'): Promise<void> {
    await this.page.goto(pathName);
    await expect(this.page.locator('.brand')).toContainText('短信合规助手');
  }

  navigation() {
    return this.page.getByRole('navigation', { name: '主导航' });
  }

  /** The button that opens the sections on a narrow window (hidden on a wide one). */
  menuButton() {
    return this.page.locator('header').getByRole('button', { name: /^(菜单|收起菜单)$/ });
  }

  /** Opens the menu when the window is narrow enough to have one. */
  async openMenuIfFolded(): Promise<void> {
    const button = this.menuButton();
    if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') await button.click();
  }

  async goTo(section: SectionName): Promise<void> {
    await this.openMenuIfFolded();
    await this.navigation().getByRole('link', { name: section, exact: true }).click();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
