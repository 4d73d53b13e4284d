import { expect, type Page } from '@playwright/test';
import { LedgerPage } from './ledger.page';

export type PersonEntry = Readonly<{ phone: string; name: string; source: string }>;

/** 台账 → 个人信息台账. */
export class PersonalInformationPage extends LedgerPage {
  constructor(page: Page) {
    super(page, '个人信息台账');
  }

  /** Registers one number and comes back to the list. */
  async add(entry: PersonEntry): Promise<void> {
    await this.startAdding('登记一个手机号');
    await this.page.getByLabel('手机号', { exact: true }).fill(entry.phone);
    await this.page.getByLabel('姓名或称呼（选填）').fill(entry.name);
    await this.page.getByLabel('信息来源').fill(entry.source);
    await this.save();
    const digits = entry.phone.replace(/\D/g, '').slice(-11);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(`${digits.slice(0, 3)}****${digits.slice(7)}`);
    await this.backToList();
  }
}
