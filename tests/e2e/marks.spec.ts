import { expect, test, type Page } from '@playwright/test';
import { paper, seal, thumbprint, blue } from '../support/synthetic-marks';
import { toPngBuffer } from '../support/synthetic-files';
import { MarksPage } from './pages/marks.page';
import { SigningPage, soleProprietorCode, testOperator } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';
import { inkInRegion, pdfPageCount, pdfSignatureReport, pdfText, renderPages } from './support/pdf-tools';

// Synthetic captures drawn by the test itself: never a real fingerprint.
const thumbImage = () => toPngBuffer(thumbprint(paper(900, 700, { tint: [240, 230, 205], lightFall: 0.35, noise: 8, seed: 4 }), { cx: 0.5, cy: 0.52, rx: 0.13, ry: 0.23, angle: 12 }));
const sealImage = () => toPngBuffer(seal(paper(900, 800, { tint: [238, 234, 222], lightFall: 0.3, noise: 6 }), { cx: 0.5, cy: 0.5, radius: 0.3 }));

async function toMarkStep(page: Page, operatorType: '企业' | '个体工商户'): Promise<SigningPage> {
  await new WorkspacePage(page).create(`手印门店${Date.now() % 10_000}`);
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator(operatorType === '企业' ? testOperator : { ...testOperator, type: operatorType, name: '测试便利店', code: soleProprietorCode });
  await signing.readToEnd();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: /第 3 步 · 盖章或按手印/ })).toBeVisible();
  return signing;
}

async function signAndSave(page: Page, signing: SigningPage, checkConfirmStep: () => Promise<void> = async () => undefined): Promise<string> {
  await page.getByRole('button', { name: '下一步' }).click();
  await signing.signWithPen();
  await page.getByRole('button', { name: '下一步' }).click();
  await checkConfirmStep();
  await page.getByRole('button', { name: '签署并生成 PDF' }).click();
  await expect(page.getByTestId('signed-done')).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存 PDF…' }).click();
  const file = test.info().outputPath('marks.pdf');
  await (await download).saveAs(file);
  return file;
}

// Red (not blue-black signature ink) pixels in a region of a rendered page.
function redInk(png: string, region: { left: number; top: number; right: number; bottom: number }): number {
  return inkInRegion(png, region, 'red');
}

test('sole proprietor: tick the box, import a thumbprint, sign: the thumbprint stands at the 经营者 line and the box is ticked', async ({ page }) => {
  test.setTimeout(150_000);
  const signing = await toMarkStep(page, '个体工商户');
  const marks = new MarksPage(page);
  await expect(page.getByRole('button', { name: '下一步' })).toBeDisabled();
  await page.getByLabel(/个体工商户无公章，由法人手印代替/).check();
  await marks.importImage('thumbprint', '手印.png', thumbImage());
  await marks.expectAccepted('thumbprint');
  const file = await signAndSave(page, signing, async () => {
    // The confirm step shows the thumbprint and the ticked box, as the PDF will print them.
    const preview = page.getByTestId('signature-block-preview');
    await expect(preview.getByRole('img', { name: '法人手印（代替公章）' })).toBeVisible();
    await expect(preview.getByRole('img', { name: '签名' })).toBeVisible();
    await expect(preview.getByTestId('preview-box')).toContainText('个体工商户无公章，由法人手印代替（勾选此框后，法人手印与公章具有同等法律效力）（已勾选）');
  });

  expect(pdfSignatureReport(file)).toContain('Signature is Valid.');
  const pages = pdfPageCount(file);
  const text = pdfText(file);
  expect(text.replace(/\s+/g, '')).toContain('个体工商户勾选框：已勾选：无公章，由法人手印代替公章');
  expect(text.replace(/\s+/g, '')).toMatch(/法人手印图片（代公章）的指纹（SHA-256）：[0-9a-f]{64}/);
  expect(text.replace(/\s+/g, '')).toMatch(/法人手印图片（代公章）所取自的原始照片或扫描件的指纹：[0-9a-f]{64}/);
  const signaturePage = renderPages(file, 60, 1, pages - 1).find((png) => redInk(png, { left: 0.08, top: 0.05, right: 0.7, bottom: 0.5 }) > 300);
  expect(signaturePage, 'a page with the red thumbprint near the signature block').toBeDefined();
  expect(inkInRegion(signaturePage!, { left: 0.08, top: 0.05, right: 0.2, bottom: 0.2 }, 'dark')).toBeGreaterThan(20);
});

test('骑缝: the thumbprint is split across the right edge of every page of both originals', async ({ page }) => {
  test.setTimeout(150_000);
  const signing = await toMarkStep(page, '个体工商户');
  const marks = new MarksPage(page);
  await page.getByLabel(/个体工商户无公章，由法人手印代替/).check();
  await marks.importImage('thumbprint', '手印.png', thumbImage());
  await marks.expectAccepted('thumbprint');
  await page.getByLabel(/骑缝/).check();
  const file = await signAndSave(page, signing);
  expect(pdfSignatureReport(file)).toContain('Signature is Valid.');
  const pages = renderPages(file, 50, 1, pdfPageCount(file) - 1);
  expect(pages.length).toBeGreaterThanOrEqual(6);
  for (const png of pages) expect(redInk(png, { left: 0.9, top: 0.35, right: 1, bottom: 0.65 }), png).toBeGreaterThan(30);
});

test('company: the seal is lifted and placed over the operator name; the sole-proprietor box stays empty', async ({ page }) => {
  test.setTimeout(150_000);
  const signing = await toMarkStep(page, '企业');
  const marks = new MarksPage(page);
  await expect(page.getByLabel(/个体工商户无公章/)).toHaveCount(0);
  await marks.importImage('seal', '公章.png', sealImage());
  await marks.expectAccepted('seal');
  const file = await signAndSave(page, signing);
  expect(pdfSignatureReport(file)).toContain('Signature is Valid.');
  const text = pdfText(file).replace(/\s+/g, '');
  expect(text).toContain('个体工商户勾选框：未勾选');
  expect(text).toContain('经营者公章图片的指纹（SHA-256）');
  const pages = pdfPageCount(file);
  const withSeal = renderPages(file, 60, 1, pages - 1).filter((png) => redInk(png, { left: 0.08, top: 0.05, right: 0.7, bottom: 0.6 }) > 300);
  expect(withSeal).toHaveLength(2);
});

test('a bad capture is refused with its reason, and a good one then accepted', async ({ page }) => {
  await toMarkStep(page, '企业');
  const marks = new MarksPage(page);
  const blueSeal = toPngBuffer(seal(paper(700, 700, { noise: 5 }), { cx: 0.5, cy: 0.5, radius: 0.3, color: blue }));
  await marks.importImage('seal', '蓝色.png', blueSeal);
  await expect(marks.status('seal')).toContainText('没有找到红色印迹', { timeout: 30_000 });
  const cut = toPngBuffer(seal(paper(700, 700, { noise: 5 }), { cx: 0.92, cy: 0.5, radius: 0.3 }));
  await marks.importImage('seal', '切边.png', cut);
  await expect(marks.status('seal')).toContainText('印迹被图片边缘切掉了一部分', { timeout: 30_000 });
  await marks.importImage('seal', '不是图片.png', Buffer.from('not an image at all'));
  await expect(marks.status('seal')).toContainText('这张图片打不开', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: '下一步' })).toBeDisabled();
  await marks.importImage('seal', '公章.png', sealImage());
  await marks.expectAccepted('seal');
  await expect(page.getByRole('button', { name: '下一步' })).toBeEnabled();
});

test('the seal step refuses a thumbprint, and the thumbprint step a seal, each saying what it saw', async ({ page }) => {
  test.setTimeout(90_000);
  await toMarkStep(page, '个体工商户');
  const marks = new MarksPage(page);
  await marks.importImage('seal', '手印.png', thumbImage());
  await expect(marks.status('seal')).toContainText('这张图看起来是手印（有指纹纹路），不是公章。', { timeout: 30_000 });
  await expect(marks.status('seal')).toContainText('个体工商户没有公章的，请勾选上面的说明框，改按手印。');
  await expect(page.getByRole('button', { name: '下一步' })).toBeDisabled();

  await page.getByLabel(/个体工商户无公章，由法人手印代替/).check();
  await marks.importImage('thumbprint', '公章.png', sealImage());
  await expect(marks.status('thumbprint')).toContainText('这张图看起来是公章（有外圈、文字或五角星），不是手印。', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: '下一步' })).toBeDisabled();
  await marks.importImage('thumbprint', '手印.png', thumbImage());
  await marks.expectAccepted('thumbprint');
});

test('a tiny picture is called too small, with the smallest size and the file types taken', async ({ page }) => {
  await toMarkStep(page, '企业');
  const marks = new MarksPage(page);
  await expect(page.getByTestId('mark-capture-seal')).toContainText('可导入 JPG、PNG 或 WebP 格式的照片或扫描件，长和宽都至少 200 像素。');
  const tiny = { width: 8, height: 8, data: new Uint8ClampedArray(8 * 8 * 4).map((_, i) => (i % 4 === 0 || i % 4 === 3 ? 255 : 20)) };
  await marks.importImage('seal', '小图.png', toPngBuffer(tiny));
  await expect(marks.status('seal')).toContainText('图片太小（8 × 8 像素），看不清印迹。请导入长和宽都至少 200 像素的照片或扫描件（JPG、PNG 或 WebP）。', { timeout: 30_000 });
});
