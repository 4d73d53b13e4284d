import { expect, type Page } from '@playwright/test';

/** Answers every item of the self-inspection checklist 符合, except those named (by label), answered 发现隐患. */
export async function answerChecklist(page: Page, hazards: readonly string[] = []): Promise<void> {
  await expect(page.locator('select:has(option[value="hazard"])')).toHaveCount(9);
  for (const select of await page.locator('select:has(option[value="hazard"])').all()) await select.selectOption({ label: '符合' });
  for (const label of hazards) await page.getByLabel(label).selectOption({ label: '发现隐患' });
}
