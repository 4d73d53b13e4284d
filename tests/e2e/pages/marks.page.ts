import { expect, type Page } from '@playwright/test';

/** Step 3 of the wizard, 盖章 / 手印. */
export class MarksPage {
  constructor(readonly page: Page) {}

  async importImage(kind: 'seal' | 'thumbprint', name: string, buffer: Buffer, nth = 0): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId(`mark-capture-${kind}`).nth(nth).getByRole('button', { name: '导入照片或扫描件…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'image/png', buffer });
  }

  status(kind: 'seal' | 'thumbprint', nth = 0) {
    return this.page.getByTestId(`mark-status-${kind}`).nth(nth);
  }

  async expectAccepted(kind: 'seal' | 'thumbprint', nth = 0): Promise<void> {
    await expect(this.status(kind, nth)).toHaveText('印迹清晰，已保存。', { timeout: 30_000 });
    await expect(this.page.getByTestId(`mark-preview-${kind}`).nth(nth)).toBeVisible();
  }
}
