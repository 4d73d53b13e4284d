import { expect, type Page } from '@playwright/test';

export type PersonEntry = Readonly<{ phone: string; name: string; source: string }>;

/** 台账 → 个人信息台账. */
export class PersonalInformationPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '台账' }).click();
    await this.page.getByRole('link', { name: '个人信息台账' }).click();
    await expect(this.page.getByRole('heading', { name: '个人信息台账', level: 1 })).toBeVisible();
  }

  async add(entry: PersonEntry): Promise<void> {
    await this.page.getByLabel('手机号', { exact: true }).fill(entry.phone);
    await this.page.getByLabel('姓名或称呼（选填）').fill(entry.name);
    await this.page.getByLabel('信息来源').fill(entry.source);
    await this.page.getByRole('button', { name: '保存记录' }).click();
    const digits = entry.phone.replace(/\D/g, '').slice(-11);
    await expect(this.page.getByTestId('pi-status')).toHaveText(`已保存：${digits.slice(0, 3)}****${digits.slice(7)}`);
  }
}
