import { expect, type Download, type Page } from '@playwright/test';
import { PersonalInformationPage } from './personal-information.page';

/** 个人信息台账 → 从文件导入…: choose a file, check its columns, run it, read its report. */
export class ImportPage {
  readonly ledger: PersonalInformationPage;

  constructor(readonly page: Page) {
    this.ledger = new PersonalInformationPage(page);
  }

  /** From the ledger's list: opens the import and chooses the file. */
  async chooseFile(name: string, buffer: Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.page.getByRole('link', { name: '从文件导入…' }).first().click();
    await expect(this.page.getByRole('heading', { name: '从文件导入手机号', level: 1 })).toBeVisible();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /选择文件…|换一个文件…/ }).click();
    await (await chooser).setFiles({ name, mimeType, buffer });
    await expect(this.page.getByTestId('import-file-summary')).toContainText(name);
  }

  /** Starts the import and waits for its summary on the batch's page. */
  async run(): Promise<void> {
    await this.page.getByRole('button', { name: /^开始导入/ }).click();
    await expect(this.page.getByTestId('import-batch-panel')).toBeVisible();
    await expect(this.page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  }

  summary() {
    return this.page.getByTestId('import-summary');
  }

  problems() {
    return this.page.getByTestId('import-problems').locator('tbody tr');
  }

  /** Downloads the error report (browser mode: a download). */
  async downloadReport(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '下载错误报告（Excel）' }).click();
    return download;
  }
}
