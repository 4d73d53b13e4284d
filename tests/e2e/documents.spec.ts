import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { letterTemplateSchema } from '@shared/letter/letter-template';
import { toChinaDateString } from '@shared/time/china-time';
import { AppShellPage } from './pages/app-shell.page';
import { soleProprietor, SoleProprietorSigning } from './pages/sole-proprietor';
import { WorkspacePage } from './pages/workspace.page';
import { pdfText } from './support/pdf-tools';

const template = letterTemplateSchema.parse(
  JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'templates', 'sms-interface-security-letter.v2.json'), 'utf8')),
);
const squash = (text: string) => text.replace(/\s+/g, '');
const today = () => toChinaDateString(Date.now());

async function raiseObjection(page: Page, clauseId: string, text: string): Promise<void> {
  await page.getByLabel('针对的条款').selectOption(clauseId);
  await page.getByLabel('异议内容').fill(text);
  await page.getByRole('button', { name: '提出异议' }).click();
  await expect(page.getByTestId('objection-list')).toContainText(text);
}

test('文档 says what it holds and lists the objection letters: clauses by name, withdrawn objections left out of the PDF', async ({ page }) => {
  test.setTimeout(120_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('异议门店');
  await shell.goTo('文档');
  await expect(page.getByRole('main')).toContainText('以及签署前提出异议时生成的异议函');
  await expect(page.getByTestId('objection-letters')).toContainText('没有异议函。在「签署 → 阅读责任书」中提出异议后，异议函会出现在这里。');

  const signing = new SoleProprietorSigning(page);
  await signing.signing.open();
  await signing.fillOperator(soleProprietor);
  await raiseObjection(page, '一(二)1-1', '这一项的表述过于笼统，请写明具体范围。');
  await raiseObjection(page, '一(三)2', '90 天更换周期对我们太短，希望改为 180 天。');
  await page.getByTestId('objection-list').locator('li').filter({ hasText: '90 天' }).getByRole('button', { name: '撤回' }).click();
  await expect(page.getByTestId('objection-list')).toContainText('已撤回');

  await shell.goTo('文档');
  const letter = page.getByTestId('objection-letter');
  await expect(letter).toHaveCount(1);
  await expect(letter.getByRole('heading')).toHaveText(`异议函 · ${soleProprietor.name} · ${today()}`);
  const rows = letter.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('条款 一(二)1 第 1 项');
  await expect(rows.nth(0)).toContainText('待处理');
  await expect(rows.nth(1)).toContainText('条款 一(三)2');
  await expect(rows.nth(1)).toContainText('已撤回');
  await expect(letter).not.toContainText('1-1');

  // The item's label opens the clause and the item, word for word.
  await rows.nth(0).getByRole('button', { name: /条款 一\(二\)1 第 1 项/ }).click();
  const dialog = page.getByRole('dialog');
  const clause = template.chapters[0]!.sections[1]!.clauses[0]!;
  await expect(dialog.getByTestId('clause-text').locator('p')).toHaveText([`${clause.label} ${clause.text}`, `${clause.items![0]!.label} ${clause.items![0]!.text}`]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const download = page.waitForEvent('download');
  await letter.getByRole('button', { name: '另存为 PDF…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`异议函-${soleProprietor.name}-${today()}.pdf`);
  const saved = test.info().outputPath('objection-letter.pdf');
  await file.saveAs(saved);
  await expect(letter.getByRole('status')).toContainText('已交给浏览器下载');
  const text = squash(pdfText(saved));
  expect(text).toContain(squash(`关于《${template.title}》的异议函`));
  expect(text).toContain(squash(soleProprietor.name));
  expect(text).toContain(squash('第一条（二）第 1 项第 1 小项'));
  expect(text).toContain(squash('这一项的表述过于笼统，请写明具体范围。'));
  expect(text).not.toContain(squash('90 天更换周期对我们太短'));
  expect(text).not.toContain('1-1');
  expect(shell.consoleErrors).toEqual([]);
});

test('a paper copy asks for the time it was signed; the signed PDF is saved under its Chinese title', async ({ page }) => {
  test.setTimeout(120_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('纸质门店');
  await shell.goTo('文档');
  const form = page.getByTestId('wet-ink-form');
  await expect(form).toContainText('请填写签署的日期和时间');
  await form.getByLabel('经营者名称').fill('城南张记小吃店');
  await form.getByLabel('签署日期').fill('2026-03-02');
  await form.getByRole('button', { name: '选择扫描件并登记…' }).click();
  await expect(form.getByRole('status')).toHaveText('请填写签署时间（时:分）。');
  await form.getByLabel('签署时间').fill('15:30');
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: '选择扫描件并登记…' }).click();
  await (await chooser).setFiles({ name: '责任书扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n纸质责任书扫描件（测试）\n%%EOF\n', 'utf8') });
  await expect(form.getByRole('status')).toHaveText('已登记纸质签署的责任书。');
  const paperCard = page.getByTestId('letter-card').filter({ hasText: '城南张记小吃店' });
  await expect(paperCard).toContainText('签署于 2026-03-02 15:30');

  // A letter signed in the app: saved as 短信接口信息安全保障责任书-<经营者>-<生效日期>.pdf, never the template's id.
  const signing = new SoleProprietorSigning(page);
  await signing.signing.open();
  await signing.fillOperator(soleProprietor);
  await signing.readAndContinue();
  await signing.giveThumbprint();
  await signing.signWithPen();
  await signing.toConfirm();
  await signing.confirm();
  await shell.goTo('文档');
  const signedCard = page.getByTestId('letter-card').filter({ hasText: soleProprietor.name });
  await expect(signedCard).toContainText(/文件指纹（SHA-256）前 16 位：[0-9a-f]{16}…/);
  const download = page.waitForEvent('download');
  await signedCard.getByRole('button', { name: '另存为…' }).click();
  expect((await download).suggestedFilename()).toBe(`短信接口信息安全保障责任书-${soleProprietor.name}-${today()}.pdf`);
  expect(shell.consoleErrors).toEqual([]);
});
