import { expect, type Page } from '@playwright/test';
import { paper, thumbprint } from '../../support/synthetic-marks';
import { toPngBuffer } from '../../support/synthetic-files';
import { MarksPage } from './marks.page';
import { SigningPage, testOperator, type OperatorEntry } from './signing.page';

/** A 个体工商户 with no seal: synthetic, its 统一社会信用代码 a valid one (GB 32100's example). */
export const soleProprietor: OperatorEntry = { ...testOperator, type: '个体工商户', name: '城东张记便利店', legalRepresentative: '张测试' };

/** A synthetic red-ink thumbprint on paper, drawn by the test: never anybody's finger. */
export const syntheticThumbprint = () =>
  toPngBuffer(thumbprint(paper(900, 700, { tint: [240, 230, 205], lightFall: 0.35, noise: 8, seed: 4 }), { cx: 0.5, cy: 0.52, rx: 0.13, ry: 0.23, angle: 12 }));

/**
 * The signing wizard as a sole proprietor without a seal, step by step: each
 * step is a function so a walk can stop at any of them and look around.
 */
export class SoleProprietorSigning {
  readonly signing: SigningPage;
  readonly marks: MarksPage;

  constructor(readonly page: Page) {
    this.signing = new SigningPage(page);
    this.marks = new MarksPage(page);
  }

  /** Step 1 filled; ends on step 2 (阅读责任书). */
  async fillOperator(operator: OperatorEntry = soleProprietor): Promise<void> {
    await this.signing.fillOperator(operator);
    await expect(this.page.getByRole('heading', { name: /第 2 步 · 阅读责任书/ })).toBeVisible();
  }

  /** Step 2 read to the end; ends on step 3 (盖章或按手印). */
  async readAndContinue(): Promise<void> {
    await this.signing.readToEnd();
    await this.page.getByRole('button', { name: '下一步' }).click();
    await expect(this.page.getByRole('heading', { name: /第 3 步 · 盖章或按手印/ })).toBeVisible();
  }

  /** Step 3: ticks the sole-proprietor box and imports the thumbprint; stays on step 3, accepted. */
  async giveThumbprint(): Promise<void> {
    await this.page.getByLabel(/个体工商户无公章，由法人手印代替/).check();
    await this.marks.importImage('thumbprint', '手印.png', syntheticThumbprint());
    await this.marks.expectAccepted('thumbprint');
  }

  /** From step 3 to step 4 (签字), then signs with a pen; stays on step 4. */
  async signWithPen(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步' }).click();
    await expect(this.page.getByRole('heading', { name: /第 4 步 · 签字/ })).toBeVisible();
    await this.signing.signWithPen();
  }

  /** From step 4 to step 5 (确认并生成文件). */
  async toConfirm(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步' }).click();
    await expect(this.page.getByRole('heading', { name: /第 5 步 · 确认并生成文件/ })).toBeVisible();
  }

  /** Signs: ends when the signed letter is made. */
  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: '签署并生成 PDF' }).click();
    await expect(this.page.getByTestId('signed-done')).toBeVisible({ timeout: 90_000 });
  }
}
