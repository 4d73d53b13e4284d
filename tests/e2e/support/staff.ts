import type { Page } from '@playwright/test';
import { LedgerPage } from '../pages/ledger.page';
import { chinaDateDaysAgo } from './paper-letter';

/** Registers a person in 人员名册 (department 门店), employed from `joinedDaysAgo` days ago. */
export async function addPerson(page: Page, name: string, joinedDaysAgo = 300): Promise<void> {
  const staff = new LedgerPage(page, '人员名册');
  await staff.open();
  await staff.startAdding('登记一位员工');
  await page.getByLabel('姓名', { exact: true }).fill(name);
  await page.getByLabel('部门（选填）').fill('门店');
  await page.getByLabel('入职日期').fill(chinaDateDaysAgo(joinedDaysAgo));
  await staff.save();
}
