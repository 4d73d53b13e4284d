import { expect, type Page } from '@playwright/test';

/** Synthetic test passphrase; strong enough for the meter. */
export const testPassphrase = '老樟树下的青砖巷 Kq7!mz';

/** Creating, locking and unlocking workspaces as a user does it. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  /** Creates a workspace through the form and returns the recovery code it showed. */
  async create(label: string, passphrase = testPassphrase): Promise<string> {
    await this.page.goto('/workspaces/new');
    await this.page.getByLabel('工作区名称').fill(label);
    await this.page.getByLabel('密码', { exact: true }).fill(passphrase);
    await this.page.getByLabel('再输入一次密码').fill(passphrase);
    await this.page.getByRole('button', { name: '创建工作区' }).click();
    const code = this.page.getByTestId('recovery-code');
    await expect(code).toBeVisible({ timeout: 20_000 });
    const recoveryCode = (await code.locator('span').allTextContents()).join('-');
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await this.page.getByLabel('请输入恢复码的最后一组').fill(recoveryCode.slice(-4));
    await this.page.getByRole('button', { name: '我已保存，进入工作区' }).click();
    await expect(this.page.getByTestId('open-workspace')).toHaveText(`当前工作区：${label}`);
    return recoveryCode;
  }

  /** 新商户签约: a workspace for a merchant the agent onboards; ends in the signing wizard. */
  async onboard(label: string, passphrase = testPassphrase): Promise<void> {
    await this.page.goto('/workspaces/new?then=sign');
    await expect(this.page.getByRole('heading', { name: '新商户签约', level: 1 })).toBeVisible();
    await this.page.getByLabel('工作区名称').fill(label);
    await this.page.getByLabel('密码', { exact: true }).fill(passphrase);
    await this.page.getByLabel('再输入一次密码').fill(passphrase);
    await this.page.getByRole('button', { name: '创建工作区' }).click();
    const code = this.page.getByTestId('recovery-code');
    await expect(code).toBeVisible({ timeout: 20_000 });
    await this.page.getByLabel('请输入恢复码的最后一组').fill((await code.locator('span').last().textContent()) ?? '');
    await this.page.getByRole('button', { name: '我已保存，进入工作区' }).click();
    await expect(this.page.getByRole('heading', { name: '签署责任书', level: 1 })).toBeVisible();
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: '锁定', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: '工作区', exact: true })).toBeVisible();
  }

  async openUnlock(label: string): Promise<void> {
    await this.page.goto('/workspaces');
    await this.page.getByTestId('workspace-card').filter({ hasText: label }).getByRole('link', { name: '解锁' }).click();
    await expect(this.page.getByRole('heading', { name: `解锁「${label}」` })).toBeVisible();
  }

  async submitPassphrase(passphrase: string): Promise<void> {
    await this.page.getByLabel('密码', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: '解锁', exact: true }).click();
  }

  async unlock(label: string, passphrase = testPassphrase): Promise<void> {
    await this.openUnlock(label);
    await this.submitPassphrase(passphrase);
    await expect(this.page.getByTestId('open-workspace')).toHaveText(`当前工作区：${label}`, { timeout: 20_000 });
  }
}
