import { describe, expect, it } from 'vitest';
import { fillDate, layoutLetter } from '@shared/letter/letter-layout';
import { letterTemplateSchema } from '@shared/letter/letter-template';
import { a4 } from '@shared/pdf/layout-model';
import { lineStartForbidden } from '@shared/pdf/line-breaker';
import templateJson from '../../../../assets/templates/sms-interface-security-letter.v2.json';

const template = letterTemplateSchema.parse(templateJson);
const measure = (text: string, size: number) => [...text].reduce((width, char) => width + (/[\u0020-\u007e]/.test(char) ? 0.55 : 1), 0) * size;

function layout(overrides: Partial<Parameters<typeof layoutLetter>[0]['content']> = {}) {
  return layoutLetter({
    template,
    content: {
      operatorName: '测试信息科技有限公司',
      operatorMarks: [],
      representativeName: '张测试',
      representativeMarks: [{ imageId: 'signature', aspect: 2.5, kind: 'signature' }],
      representativeNote: '法定代表人：张测试（本人签署）',
      date: { year: 2026, month: 11, day: 28 },
      soleProprietorBoxChecked: false,
      ...overrides,
    },
    copies: ['经营者留存联', '服务提供方留存联'],
    evidence: { title: '签署存证', lead: '本页记录签署经过。', rows: [{ label: '文档内容摘要', value: 'ab'.repeat(32) }], qr: { value: `文档内容摘要：${'ab'.repeat(32)}`, caption: '扫描核对' }, notes: [{ heading: '如何核对', text: '在「文档」里核对。' }] },
    pageLabel: (page, total) => `第 ${page} 页 共 ${total} 页`,
    measure,
  });
}

describe('letter layout', () => {
  it('lays out two originals of equal length and the evidence page last', () => {
    const model = layout();
    const [first, second] = model.copyPageCounts;
    expect(first).toBe(second);
    expect(model.pages).toHaveLength(first! + second! + 1);
    expect(model.evidencePageCount).toBe(1);
    expect(model.pages.at(-1)?.elements.some((element) => element.kind === 'qr' && element.value === `文档内容摘要：${'ab'.repeat(32)}`)).toBe(true);
    const labels = model.pages.map((page) => page.elements.find((element) => element.kind === 'text' && element.y === 48));
    expect(labels.slice(0, first).every((label) => label?.kind === 'text' && label.text === '经营者留存联')).toBe(true);
  });

  it('keeps every element on the page and no line starting with closing punctuation', () => {
    for (const page of layout().pages) {
      for (const element of page.elements) {
        if (element.kind === 'text') {
          expect(element.y).toBeLessThan(a4.height);
          expect(lineStartForbidden.has(element.text[0]!), element.text).toBe(false);
        }
      }
    }
  });

  it('places the signature on the representative line, inside the page, in each original', () => {
    const model = layout();
    const signatures = model.placements.filter((placement) => placement.imageId === 'signature');
    expect(signatures).toHaveLength(2);
    for (const placement of signatures) {
      expect(placement.line).toBe('representative');
      expect(placement.x + placement.width).toBeLessThan(a4.width);
      const page = model.pages[placement.page]!;
      const label = page.elements.find((element) => element.kind === 'text' && element.text.startsWith('法定代表人 / 授权代表'));
      expect(label).toBeDefined();
      if (label?.kind === 'text') expect(Math.abs(label.y - (placement.y + placement.height / 2))).toBeLessThan(20);
    }
  });

  it('ticks the sole proprietor box when asked', () => {
    const box = (checked: boolean) => layout({ soleProprietorBoxChecked: checked }).pages.flatMap((page) => page.elements).find((element) => element.kind === 'checkbox');
    expect(box(true)).toMatchObject({ checked: true });
    expect(box(false)).toMatchObject({ checked: false });
  });

  it('fills the date line, or leaves blanks for ink', () => {
    expect(fillDate('日期：年 月 日', { year: 2026, month: 11, day: 28 })).toBe('日期：2026 年 11 月 28 日');
    expect(fillDate('日期：年 月 日', null)).toBe('日期：＿＿＿＿ 年 ＿＿ 月 ＿＿ 日');
    // Version 1's label keeps its space after the half-width colon.
    expect(fillDate('日期: 年 月 日', { year: 2026, month: 1, day: 2 })).toBe('日期: 2026 年 1 月 2 日');
  });
});
