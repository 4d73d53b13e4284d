import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download } from '@playwright/test';
import { testOperator } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';
import { pdfSignatureReport, pdfText } from './support/pdf-tools';
import { signLetterWithSeal } from './support/sign-letter';

test('the provider\'s original in one step: the signed PDF, a manifest of its hashes and a receipt naming the merchant', async ({ page }) => {
  test.setTimeout(180_000);
  await new WorkspacePage(page).create('交接门店');
  await signLetterWithSeal(page);
  const digest = (await page.getByTestId('signed-digest').textContent()) ?? '';
  expect(digest).toMatch(/^[0-9a-f]{64}$/);

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByTestId('provider-original').getByRole('button', { name: /存到 U 盘/ }).click();
  await expect(page.getByTestId('provider-original').getByRole('status')).toContainText('已交给浏览器下载');
  await expect.poll(() => downloads.length).toBe(3);
  const files = new Map<string, string>();
  for (const download of downloads) {
    const target = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(target);
    files.set(download.suggestedFilename(), target);
  }
  const name = (suffix: string) => [...files.keys()].find((file) => file.endsWith(suffix)) ?? '';
  expect(name('.json')).toMatch(/^服务提供方留存联-测试信息科技有限公司-\d{4}-\d{2}-\d{2}-核对清单\.json$/);

  const pdfPath = files.get(name(`短信接口信息安全保障责任书-${testOperator.name}.pdf`))!;
  const manifest = JSON.parse(await readFile(files.get(name('.json'))!, 'utf8')) as { file: { sha256: string }; contentDigest: string; operator: { unifiedSocialCreditCode: string } };
  expect(manifest.file.sha256).toBe(createHash('sha256').update(await readFile(pdfPath)).digest('hex'));
  expect(manifest.contentDigest).toBe(digest);
  expect(manifest.operator.unifiedSocialCreditCode).toBe(testOperator.code);
  expect(pdfSignatureReport(pdfPath)).toContain('Signature is Valid.');

  const receipt = pdfText(files.get(name(`交接回执-${testOperator.name}.pdf`))!).replace(/\s+/g, '');
  expect(receipt).toContain('责任书服务提供方留存联交接回执');
  expect(receipt).toContain(testOperator.name);
  expect(receipt).toContain(testOperator.code);
  expect(receipt).toContain(digest);
  await expect(page.getByRole('button', { name: '打印交接回执' })).toBeVisible();
});
