import { expect, type Page } from '@playwright/test';
import { AppShellPage } from './app-shell.page';

export type OperatorEntry = Readonly<{
  type: '企业' | '个体工商户';
  name: string;
  code: string;
  legalRepresentative: string;
  phone: string;
}>;

/** Synthetic operator: the code is GB 32100's own example with a valid check character. */
export const testOperator: OperatorEntry = {
  type: '企业',
  name: '测试信息科技有限公司',
  code: '91350100M000100Y43',
  legalRepresentative: '张测试',
  phone: '13900001234',
};

/** A sole proprietor's code (9 市场监管 + 2 个体工商户), the same example with its own check character. */
export const soleProprietorCode = '92350100M000100Y40';

/** The signing wizard (签署), driven as a merchant would. */
export class SigningPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    // At 420 px the sections are behind 菜单: the shell's page object opens it first.
    await new AppShellPage(this.page).goTo('签署');
    await expect(this.page.getByRole('heading', { name: '签署责任书', level: 1 })).toBeVisible();
  }

  async fillOperator(entry: OperatorEntry = testOperator): Promise<void> {
    await this.enterOperator(entry);
    await this.page.getByRole('button', { name: '下一步' }).click();
  }

  /** Fills step 1 without going on. */
  async enterOperator(entry: OperatorEntry = testOperator): Promise<void> {
    await this.page.getByLabel(entry.type, { exact: true }).check();
    await this.page.getByLabel('经营者名称（与营业执照一致）').fill(entry.name);
    await this.page.getByLabel('统一社会信用代码（18 位）').fill(entry.code);
    await this.page.getByLabel('法定代表人（个体工商户填经营者姓名）').fill(entry.legalRepresentative);
    await this.page.getByLabel('联系电话').fill(entry.phone);
  }

  /** Scrolls the letter to its end, as a reader would. */
  async readToEnd(): Promise<void> {
    await this.page.getByTestId('letter-end').scrollIntoViewIfNeeded();
    await expect(this.page.getByTestId('read-status')).toHaveText('已读到末尾。');
  }

  /**
   * Signs with synthetic pen strokes: pointer type pen, pressure rising and
   * falling, tilt, dispatched on the canvas as a pen display would send them.
   */
  async signWithPen(): Promise<void> {
    const canvas = this.page.getByTestId('signature-canvas');
    await canvas.scrollIntoViewIfNeeded();
    await canvas.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const strokes = [
        Array.from({ length: 40 }, (_, i) => [0.1 + i * 0.012, 0.5 + Math.sin(i / 4) * 0.2]),
        Array.from({ length: 30 }, (_, i) => [0.45 + i * 0.01, 0.3 + i * 0.015]),
        Array.from({ length: 35 }, (_, i) => [0.65 + i * 0.008, 0.6 - Math.cos(i / 5) * 0.15]),
      ];
      strokes.forEach((points, strokeIndex) => {
        points.forEach(([x, y], index) => {
          const type = index === 0 ? 'pointerdown' : 'pointermove';
          const pressure = 0.2 + 0.6 * Math.sin((index / (points.length - 1)) * Math.PI);
          const event = new PointerEvent(type, {
            bubbles: true,
            cancelable: true,
            composed: true,
            pointerId: 10 + strokeIndex,
            pointerType: 'pen',
            isPrimary: true,
            buttons: 1,
            button: index === 0 ? 0 : -1,
            pressure,
            tiltX: 20,
            tiltY: -10,
            clientX: rect.left + x! * rect.width,
            clientY: rect.top + y! * rect.height,
          });
          (index === 0 ? element : document).dispatchEvent(event);
        });
        const last = points.at(-1)!;
        document.dispatchEvent(
          new PointerEvent('pointerup', { bubbles: true, pointerId: 10 + strokeIndex, pointerType: 'pen', buttons: 0, button: 0, clientX: rect.left + last[0]! * rect.width, clientY: rect.top + last[1]! * rect.height }),
        );
      });
    });
  }
}
