import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { canonicalLetterText, letterTemplateSchema } from '@shared/letter/letter-template';
import { lineStartForbidden } from '@shared/pdf/line-breaker';
import { paper, seal } from '../support/synthetic-marks';
import { toPngBuffer } from '../support/synthetic-files';
import { MarksPage } from './pages/marks.page';
import { SigningPage, soleProprietorCode, testOperator } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';
import { decodeQr, inkInRegion, pdfFonts, pdfPageCount, pdfSignatureReport, pdfText, renderPages } from './support/pdf-tools';

const template = letterTemplateSchema.parse(
  JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'templates', 'sms-interface-security-letter.v2.json'), 'utf8')),
);
const squash = (text: string) => text.replace(/\s+/g, '');

test('fill the wizard, sign with pen strokes, and get a signed PDF that betrays any change', async ({ page }) => {
  test.setTimeout(120_000);
  await new WorkspacePage(page).create('签署门店');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator();
  await signing.readToEnd();
  await page.getByRole('button', { name: '下一步' }).click();
  const marks = new MarksPage(page);
  await marks.importImage('seal', '公章.png', toPngBuffer(seal(paper(800, 800, { noise: 5 }), { cx: 0.5, cy: 0.5, radius: 0.3 })));
  await marks.expectAccepted('seal');
  await page.getByRole('button', { name: '下一步' }).click();
  await signing.signWithPen();
  await page.getByRole('button', { name: '下一步' }).click();
  // The confirm step shows what goes into the PDF, and says what the certificate is.
  const preview = page.getByTestId('signature-block-preview');
  await expect(preview.getByRole('img', { name: '签名' })).toBeVisible();
  await expect(preview.getByRole('img', { name: '经营者公章' })).toBeVisible();
  await expect(preview.getByTestId('preview-box')).toContainText('（未勾选）');
  await expect(preview).toContainText('法定代表人：张测试（本人签署）');
  await expect(page.getByTestId('certificate-notice')).toContainText('自签名证书');
  await expect(page.getByTestId('certificate-notice')).toContainText('不能证明签署人是谁');
  await page.getByRole('button', { name: '签署并生成 PDF' }).click();
  const done = page.getByTestId('signed-done');
  await expect(done).toBeVisible({ timeout: 60_000 });
  const digest = await page.getByTestId('signed-digest').textContent();
  expect(digest).toMatch(/^[0-9a-f]{64}$/);
  // The 64-character digest is kept out of sight, under 核对信息.
  await expect(page.getByTestId('signed-digest')).toBeHidden();
  await expect(page.getByTestId('done-operator-copy')).toContainText('经营者留存联（PDF 第 1–4 页）：您自己留存');
  await expect(page.getByTestId('done-provider-copy')).toContainText('服务提供方留存联（PDF 第 5–8 页）：交给短信接口服务提供方');
  await expect(page.getByTestId('done-provider-copy')).toContainText('U 盘');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存 PDF…' }).click();
  const file = test.info().outputPath('signed.pdf');
  await (await download).saveAs(file);

  // The template's text comes back out of the PDF, whitespace aside, in both originals.
  const text = pdfText(file);
  const body = squash(text).replace(/经营者留存联|服务提供方留存联|第\d+页共\d+页/g, '');
  const signatureLabels = template.signatureBlock.map((entry) => entry.label);
  const letterBody = squash(canonicalLetterText(template).split('\n').filter((line) => !signatureLabels.includes(line)).join(''));
  expect(body.split(letterBody).length - 1).toBe(2);
  for (const label of signatureLabels.slice(0, 2)) expect(body.split(squash(label)).length - 1).toBe(2);
  expect(body).toMatch(/日期：\d{4}年\d{1,2}月\d{1,2}日/);

  // No line starts with closing punctuation; the font is embedded (a subset) with a Unicode map.
  for (const line of text.split('\n').map((candidate) => candidate.trim()).filter(Boolean)) {
    expect(lineStartForbidden.has(line[0]!), `line starts with punctuation: ${line}`).toBe(false);
  }
  expect(pdfFonts(file)).toMatch(/[A-Z]{6}\+WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);

  // The digital signature holds, names the merchant, and breaks when one byte of the content changes.
  expect(pdfSignatureReport(file)).toContain('Signature is Valid.');
  expect(pdfSignatureReport(file)).toContain('Signer Certificate Common Name: 测试信息科技有限公司');
  // One byte inside the signed range, in text that keeps the file readable: the producer's version.
  const bytes = readFileSync(file);
  const producerAt = bytes.indexOf('/Producer (jsPDF ');
  expect(producerAt).toBeGreaterThan(0);
  bytes[producerAt + 17] = (bytes[producerAt + 17] ?? 0) === 0x39 ? 0x38 : 0x39;
  const altered = file.replace('.pdf', '-altered.pdf');
  writeFileSync(altered, bytes);
  expect(pdfSignatureReport(altered)).toMatch(/Digest Mismatch/);

  // The evidence page's QR code reads as a short text naming the letter's version, the digest and the time;
  // the page says in Chinese what each value is, and what the self-signed certificate proves.
  const pages = pdfPageCount(file);
  expect(pages).toBe(9);
  const [evidencePage] = renderPages(file, 110, pages, pages);
  expect(decodeQr(evidencePage!)).toMatch(new RegExp(`^《短信接口信息安全保障责任书》第 2 版\n文档内容摘要：${digest}\n签署时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（北京时间）$`));
  const evidence = squash(pdfText(file).split('\f')[pages - 1]!);
  expect(evidence).toContain(`文档内容摘要（SHA-256）：${digest}`);
  expect(evidence).toContain('签署人：张测试（法定代表人本人）');
  expect(evidence).toContain('自签名证书');
  expect(evidence).toContain('它不是这个PDF文件的指纹');
  expect(evidence).toMatch(/签署所用软件：短信合规助手\d+\.\d+\.\d+，Linux电脑上的浏览器模式/);
  expect(evidence).not.toMatch(/Mozilla|AppleWebKit|Gecko|sms-interface/);
  const signaturePages = renderPages(file, 80, 1, pages - 1).filter((png) => inkInRegion(png, { left: 0.35, top: 0.05, right: 0.95, bottom: 0.7 }) > 200);
  expect(signaturePages).toHaveLength(2);

  // 文档 holds this letter only: the rehearsal made while reading left nothing behind.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文档' }).click();
  await expect(page.getByTestId('letter-card')).toHaveCount(1);
  await expect(page.getByTestId('letter-card')).not.toContainText('预演');

  // 核对文件指纹: the saved file is this workspace's original; the altered one was changed after signing.
  const check = async (path: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('file-fingerprint').getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(path);
  };
  await check(file);
  await expect(page.getByTestId('fingerprint-verdict')).toContainText('这是本工作区里「测试信息科技有限公司」于');
  await expect(page.getByTestId('fingerprint-verdict')).toContainText('签署的责任书原件，签署后没有任何改动。');
  await check(altered);
  await expect(page.getByTestId('fingerprint-verdict')).toContainText('但文件指纹与签署时记下的不一样：它在签署后被改动过');
});

test('an empty pad cannot go on; a resized pad keeps the drawn signature; clearing empties it again', async ({ page }) => {
  test.setTimeout(90_000);
  await new WorkspacePage(page).create('签字板门店');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator();
  await signing.readToEnd();
  await page.getByRole('button', { name: '下一步' }).click();
  const marks = new MarksPage(page);
  await marks.importImage('seal', '公章.png', toPngBuffer(seal(paper(800, 800, { noise: 5 }), { cx: 0.5, cy: 0.5, radius: 0.3 })));
  await marks.expectAccepted('seal');
  await page.getByRole('button', { name: '下一步' }).click();

  const next = page.getByRole('button', { name: '下一步' });
  const canvas = page.getByTestId('signature-canvas');
  // Inked pixels on the canvas, and the inked box as fractions of its size.
  const ink = () =>
    canvas.evaluate((element: HTMLCanvasElement) => {
      const { width, height } = element;
      const data = element.getContext('2d')!.getImageData(0, 0, width, height).data;
      let [count, left, right] = [0, width, 0];
      for (let i = 3; i < data.length; i += 4) {
        if (data[i]! === 0) continue;
        count += 1;
        const x = ((i - 3) / 4) % width;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
      return { width, count, left: left / width, right: right / width };
    });
  await expect(canvas).toBeVisible();
  expect((await ink()).count).toBe(0);
  await expect(next).toBeDisabled();

  await signing.signWithPen();
  await expect(next).toBeEnabled();
  const drawn = await ink();
  expect(drawn.count).toBeGreaterThan(100);

  await page.setViewportSize({ width: 420, height: 900 });
  await expect.poll(async () => (await ink()).width).toBeLessThan(drawn.width);
  const resized = await ink();
  expect(resized.count).toBeGreaterThan(50);
  // The same signature, drawn to the new size: it spans the same part of the pad.
  expect(Math.abs(resized.left - drawn.left)).toBeLessThan(0.03);
  expect(Math.abs(resized.right - drawn.right)).toBeLessThan(0.03);
  await expect(next).toBeEnabled();

  await page.getByRole('button', { name: '清除' }).click();
  await expect.poll(async () => (await ink()).count).toBe(0);
  await expect(next).toBeDisabled();
});

test('the paper copy to sign in ink opens as a PDF in a new tab', async ({ page }) => {
  await new WorkspacePage(page).create('纸质门店');
  await new SigningPage(page).open();
  // Keep the blobs the page hands to new tabs, to read what was opened.
  await page.evaluate(() => {
    const blobs: Blob[] = [];
    Object.assign(window, { openedBlobs: blobs });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object) => {
      if (object instanceof Blob) blobs.push(object);
      return create(object);
    };
  });
  await page.getByRole('button', { name: '打印纸质版…' }).click();
  // The app asks first, and says an unencrypted copy leaves it.
  const dialog = page.getByRole('dialog', { name: '用其他程序打开' });
  await expect(dialog).toContainText('未加密副本');
  const popup = page.context().waitForEvent('page');
  await dialog.getByRole('button', { name: '打开副本' }).click();
  expect((await popup).url()).toMatch(/^blob:/);
  const opened = await page.evaluate(async () => {
    const [blob] = (window as unknown as { openedBlobs: Blob[] }).openedBlobs;
    return blob ? { type: blob.type, header: new TextDecoder().decode((await blob.arrayBuffer()).slice(0, 5)) } : null;
  });
  expect(opened).toEqual({ type: 'application/pdf', header: '%PDF-' });
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('an invalid 统一社会信用代码 is refused in Chinese', async ({ page }) => {
  await new WorkspacePage(page).create('代码门店');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator({ type: '企业', name: '测试有限公司', code: '91350100M000100Y44', legalRepresentative: '张测试', phone: '0571-88886666' });
  await expect(page.getByText('统一社会信用代码的校验位不对，请对照营业执照逐位核对。')).toBeVisible();
  await page.getByLabel('统一社会信用代码（18 位）').fill('91350100M000100YO3');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('统一社会信用代码里有不该出现的字符（不使用字母 I、O、Z、S、V）。')).toBeVisible();
});

test('an open objection blocks signing; withdrawing it unblocks; the wizard resumes after a lock', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.create('异议门店');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator();
  await signing.readToEnd();
  const next = page.getByRole('button', { name: '下一步' });
  await expect(next).toBeEnabled();
  // Nothing was saved before this visit: no word of resuming.
  await expect(page.getByText('已为您保存到上次的进度，可以接着做。')).toHaveCount(0);

  await page.getByLabel('针对的条款').selectOption('一(三)2');
  await page.getByLabel('异议内容').fill('90 天更换周期对我们太短，希望改为 180 天。');
  await page.getByRole('button', { name: '提出异议' }).click();
  await expect(page.getByTestId('objection-list')).toContainText('待处理');
  // The clause as a reader names it, never its id.
  await expect(page.getByTestId('objection-list')).toContainText('第一条（三）第 2 项');
  await expect(page.getByTestId('objection-list')).not.toContainText('一(三)2');
  await expect(page.getByLabel('针对的条款').locator('option', { hasText: /preamble|特殊情况说明-勾选|一\(/ })).toHaveCount(0);
  await expect(page.getByLabel('针对的条款').locator('option', { hasText: '序言' })).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('还有未处理的异议');
  await expect(next).toBeDisabled();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成异议函（PDF）…' }).click();
  const letter = test.info().outputPath('objection.pdf');
  await (await download).saveAs(letter);
  expect(squash(pdfText(letter))).toContain(squash('90 天更换周期对我们太短，希望改为 180 天。'));
  expect(squash(pdfText(letter))).toContain('第一条（三）第2项：');
  expect(pdfText(letter)).not.toContain('一(三)2');

  await workspace.lock();
  await workspace.unlock('异议门店');
  await signing.open();
  await expect(page.getByText('已为您保存到上次的进度，可以接着做。')).toBeVisible();
  await expect(page.getByTestId('read-status')).toHaveText('已读到末尾。');
  await expect(next).toBeDisabled();

  await page.getByRole('button', { name: '撤回' }).click();
  await expect(page.getByTestId('objection-list')).toContainText('已撤回');
  await expect(next).toBeEnabled();
});

test('a company code for a 个体工商户 is warned about and the type can be switched; a too-long name is called too long, with its length', async ({ page }) => {
  await new WorkspacePage(page).create('类型门店');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.enterOperator({ ...testOperator, type: '个体工商户', name: '测'.repeat(220) });
  const warning = page.getByTestId('uscc-type-warning');
  await expect(warning).toHaveText(/这个代码以「91」开头，是企业的代码；个体工商户的代码以「92」开头。/);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('经营者名称太长：现在有 220 个字，最多 60 个字。请按营业执照上的名称填写。')).toBeVisible();
  await expect(page.getByText(/请填写经营者名称/)).toHaveCount(0);

  await warning.getByRole('button', { name: '改选「企业」' }).click();
  await expect(page.getByLabel('企业', { exact: true })).toBeChecked();
  await expect(warning).toHaveCount(0);
  await page.getByLabel('个体工商户', { exact: true }).check();
  await page.getByLabel('统一社会信用代码（18 位）').fill(soleProprietorCode);
  await expect(page.getByTestId('uscc-type-warning')).toHaveCount(0);
});

test('a refused authorisation letter is explained beside its picker, and the message goes when a good file is chosen', async ({ page }) => {
  await new WorkspacePage(page).create('授权门店');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.enterOperator();
  await page.getByLabel('授权代表', { exact: true }).check();
  await page.getByLabel('授权代表姓名').fill('李代表');
  const field = page.getByTestId('authorisation-field');
  await expect(field).toContainText('可以是 JPG、PNG、WebP 格式的照片或扫描件，或 PDF 文件');

  let chooser = page.waitForEvent('filechooser');
  await field.getByRole('button', { name: '选择授权委托书…' }).click();
  await (await chooser).setFiles({ name: '授权书.txt', mimeType: 'text/plain', buffer: Buffer.from('不是图片') });
  await expect(field.getByRole('alert')).toHaveText('不支持这种文件类型。');

  chooser = page.waitForEvent('filechooser');
  await field.getByRole('button', { name: '选择授权委托书…' }).click();
  await (await chooser).setFiles({ name: '授权书.png', mimeType: 'image/png', buffer: toPngBuffer(paper(300, 400)) });
  await expect(field).toContainText('已上传：授权书.png');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: /第 2 步 · 阅读责任书/ })).toBeVisible();
});

test('an authorised representative signs: the PDF names the legal representative and the authorisation letter; the done step leads to 首页', async ({ page }) => {
  test.setTimeout(120_000);
  await new WorkspacePage(page).create('代签门店');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.enterOperator();
  await page.getByLabel('授权代表', { exact: true }).check();
  await page.getByLabel('授权代表姓名').fill('李代表');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择授权委托书…' }).click();
  await (await chooser).setFiles({ name: '授权委托书.png', mimeType: 'image/png', buffer: toPngBuffer(paper(300, 400, { seed: 9 })) });
  await expect(page.getByTestId('authorisation-field')).toContainText('已上传：授权委托书.png');
  await page.getByRole('button', { name: '下一步' }).click();
  await signing.readToEnd();
  await page.getByRole('button', { name: '下一步' }).click();
  const marks = new MarksPage(page);
  await marks.importImage('seal', '公章.png', toPngBuffer(seal(paper(800, 800, { noise: 5 }), { cx: 0.5, cy: 0.5, radius: 0.3 })));
  await marks.expectAccepted('seal');
  await page.getByRole('button', { name: '下一步' }).click();
  await signing.signWithPen();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByTestId('confirm-facts')).toContainText('授权委托书.png（随责任书存档');
  await expect(page.getByTestId('signature-block-preview')).toContainText('李代表（授权代表）');
  await expect(page.getByTestId('signature-block-preview')).toContainText('法定代表人：张测试；授权代表：李代表，凭法定代表人出具的授权委托书代为签署');
  await page.getByRole('button', { name: '签署并生成 PDF' }).click();
  await expect(page.getByTestId('signed-done')).toBeVisible({ timeout: 60_000 });
  const digest = await page.getByTestId('signed-digest').textContent();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存 PDF…' }).click();
  const file = test.info().outputPath('authorised.pdf');
  await (await download).saveAs(file);
  expect(pdfSignatureReport(file)).toContain('Signature is Valid.');
  const pages = pdfPageCount(file);
  const [operatorCopy, providerCopy] = [4, 8].map((page) => squash(pdfText(file).split('\f')[page - 1]!));
  for (const signaturePage of [operatorCopy!, providerCopy!]) {
    expect(signaturePage).toContain('李代表（授权代表）');
    expect(signaturePage).toContain('法定代表人：张测试；授权代表：李代表，凭法定代表人出具的授权委托书代为签署，授权委托书随本责任书存档（见存证页）。');
  }
  const evidence = squash(pdfText(file).split('\f')[pages - 1]!);
  expect(evidence).toContain('法定代表人：张测试');
  expect(evidence).toContain('签署人：李代表（授权代表）');
  expect(evidence).toMatch(/授权委托书：文件「授权委托书\.png」，随本责任书存档在应用的「文档」里；其指纹（SHA-256）[0-9a-f]{64}/);
  const [evidencePage] = renderPages(file, 110, pages, pages);
  const qr = decodeQr(evidencePage!);
  expect(qr).toContain('第 2 版');
  expect(qr).toContain(`文档内容摘要：${digest}`);

  await page.getByRole('link', { name: '去首页' }).click();
  await expect(page).toHaveURL(/\/$/);
});
