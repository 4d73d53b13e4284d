import { expect, type Page } from '@playwright/test';

/** One ledger of 台账: its list, its form, a record's page. */
export class LedgerPage {
  constructor(
    readonly page: Page,
    /** The ledger's name as its card and heading show it. */
    readonly title: string,
  ) {}

  /** 台账 → the ledger's card. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '台账', exact: true }).click();
    await this.page.locator('.ledger-grid').getByRole('link', { name: this.title, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: this.title, level: 1 })).toBeVisible();
  }

  /** The ledger's list, from anywhere inside it. */
  async backToList(): Promise<void> {
    await this.page.locator('.breadcrumbs').getByRole('link', { name: this.title, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: this.title, level: 1 })).toBeVisible();
  }

  /** Opens the add form by its button (e.g. 登记一位员工). */
  async startAdding(button: string): Promise<void> {
    await this.page.getByRole('link', { name: button }).click();
    await expect(this.page.getByRole('heading', { name: button, level: 1 })).toBeVisible();
  }

  /** Saves the form and waits for the new record's page. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();
  }

  table() {
    return this.page.locator('table.ledger-table');
  }

  rows() {
    return this.table().locator('tbody tr');
  }
}
