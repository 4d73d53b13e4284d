import { expect, test, type Locator, type Page } from '@playwright/test';

export type HandOverEntry = Readonly<{ agentName: string; passphrase: string; confirm: string; current: string }>;

/** 交接给商户, driven as the agent and the merchant would: the form, the bundle, the recovery code, the sheet. */
export class HandOverPage {
  constructor(readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '交接给商户', level: 1 })).toBeVisible();
  }

  async fill(entry: Partial<HandOverEntry>): Promise<void> {
    if (entry.agentName !== undefined) await this.page.getByLabel('代理人姓名').fill(entry.agentName);
    if (entry.passphrase !== undefined) await this.page.getByLabel('商户的新密码').fill(entry.passphrase);
    if (entry.confirm !== undefined) await this.page.getByLabel('商户再输入一次新密码').fill(entry.confirm);
    if (entry.current !== undefined) await this.page.getByLabel('这个工作区现在的密码').fill(entry.current);
  }

  submitButton(): Locator {
    return this.page.getByRole('button', { name: '制作交接包…' });
  }

  /** The problems the form shows now (one at a time). */
  problems(): Locator {
    return this.page.locator('form').getByRole('alert');
  }

  /** Submits and expects exactly this one problem on screen. */
  async expectRefused(message: string): Promise<void> {
    await this.submitButton().click();
    await expect(this.problems()).toHaveText([message], { timeout: 20_000 });
  }

  /** Submits a good form; returns the bundle (kept in the test's output) and the recovery code shown once. */
  async handOver(entry: HandOverEntry): Promise<Readonly<{ bundle: string; name: string; recoveryCode: string }>> {
    await this.fill(entry);
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.submitButton().click();
    const file = await download;
    const bundle = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(bundle);
    await expect(this.page.getByTestId('handover-done')).toBeVisible({ timeout: 60_000 });
    const recoveryCode = (await this.page.getByTestId('handover-recovery-code').locator('span').allTextContents()).join('-');
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    return { bundle, name: file.suggestedFilename(), recoveryCode };
  }

  /** Saves the hand-over sheet; returns the PDF's path. */
  async saveSheet(): Promise<string> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.page.getByRole('button', { name: '保存交接单（PDF）…' }).click();
    const file = await download;
    const sheet = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(sheet);
    await expect(this.page.getByTestId('handover-sheet-status')).toContainText('交接单');
    return sheet;
  }
}
