import { describe, expect, it } from 'vitest';
import { layoutHandOverSheet, type HandOverSheet } from '@shared/agent/hand-over-sheet';
import type { LayoutModel } from '@shared/pdf/layout-model';

// Chinese characters a full em, ASCII a little over half: as the bundled font draws them.
const measure = (text: string, size: number) => [...text].reduce((width, char) => width + (/[\u0020-\u007e]/.test(char) ? 0.55 : 1), 0) * size;
const at = (text: string) => Date.parse(`${text}+08:00`);

const sheet: HandOverSheet = {
  merchantName: '城南交接科技有限公司',
  unifiedSocialCreditCode: '91330100MA27XK7H0X',
  signedAt: at('2026-11-30T09:58:00'),
  documentDigest: '4d80ccd0f09948bfb0e22638227e621fa197875ab298951c305a5d63f7ca4be5',
  bundleName: '城南交接科技有限公司-交接包-2026-11-30.smsbak',
  bundleDigest: 'bf90625d7e0a0c1c19670e68742e1b95efbc76559fd5a77597c8171050eded99',
  recoveryCode: 'B6WJ-YHMH-HYZ1-74FZ-WE05-YTK5-GF6F-9KWZ',
  handedOverAt: at('2026-11-30T10:20:00'),
  agentName: '李代理',
  duties: [
    { title: '每季度一次内部安全自查', clause: '一(五)3', due: '2026年12月31日（含当天）前完成' },
    { title: '每年至少一次应急演练', clause: '一(四)1', due: '2027年11月30日（含当天）前完成' },
    { title: '每年至少一次全员信息安全培训', clause: '一(五)2', due: '2027年11月30日（含当天）前完成' },
    { title: '接口凭证专人专管', clause: '一(三)1', due: '尽快完成' },
    { title: '制定信息安全应急预案', clause: '一(四)1', due: '尽快完成' },
    { title: '制定《短信接口信息安全管理制度》', clause: '一(五)1', due: '尽快完成' },
  ],
};

const textOf = (model: LayoutModel) => model.pages.map((page) => page.elements.flatMap((element) => (element.kind === 'text' ? [element.text] : [])).join('')).join('\f');

describe('the hand-over sheet', () => {
  it('names the merchant, the bundle and its recovery code, and says what to do next and by when', () => {
    const text = textOf(layoutHandOverSheet(sheet, measure));
    for (const expected of ['短信合规助手交接单', '经营者：城南交接科技有限公司', '统一社会信用代码：91330100MA27XK7H0X', sheet.recoveryCode, '办理人：李代理', '接下来请您这样做', '从备份恢复']) expect(text).toContain(expected);
    for (const duty of sheet.duties) expect(text).toContain(`${duty.title}（条款 ${duty.clause}）：${duty.due}`);
    expect(text).toContain('不要和交接包存放在同一个地方');
  });

  it('fits one A4 page with six duties, the signature lines included', () => {
    const model = layoutHandOverSheet(sheet, measure);
    expect(model.pages).toHaveLength(1);
    expect(textOf(model)).toContain('商户签收');
  });

  it('leaves out the credit code for a letter registered on paper, rather than printing an empty line', () => {
    const text = textOf(layoutHandOverSheet({ ...sheet, unifiedSocialCreditCode: null }, measure));
    expect(text).not.toContain('统一社会信用代码');
    expect(text).toContain('经营者：城南交接科技有限公司');
  });
});
