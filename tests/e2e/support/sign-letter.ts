import { expect, type Page } from '@playwright/test';
import { paper, seal } from '../../support/synthetic-marks';
import { toPngBuffer } from '../../support/synthetic-files';
import { MarksPage } from '../pages/marks.page';
import { SigningPage, testOperator, type OperatorEntry } from '../pages/signing.page';

/** Signs the letter in the app (company, seal, pen signature), for tests that need the merchant's details on file. */
export async function signLetterWithSeal(page: Page, operator: OperatorEntry = testOperator): Promise<void> {
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator(operator);
  await signing.readToEnd();
  await page.getByRole('button', { name: '下一步' }).click();
  const marks = new MarksPage(page);
  await marks.importImage('seal', '公章.png', toPngBuffer(seal(paper(800, 800, { noise: 5 }), { cx: 0.5, cy: 0.5, radius: 0.3 })));
  await marks.expectAccepted('seal');
  await page.getByRole('button', { name: '下一步' }).click();
  await signing.signWithPen();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '签署并生成 PDF' }).click();
  await expect(page.getByTestId('signed-done')).toBeVisible({ timeout: 60_000 });
}
