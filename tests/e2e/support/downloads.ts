import { test, type Locator, type Page } from '@playwright/test';

/** Clicks a button that hands a file to the browser's downloads and keeps the file in the test's output; returns its path. */
export async function downloadBy(page: Page, button: Locator, fileName: string): Promise<string> {
  const download = page.waitForEvent('download');
  await button.click();
  const file = test.info().outputPath(fileName);
  await (await download).saveAs(file);
  return file;
}
