import { describe, expect, it } from 'vitest';
import { findForeignWords, separateKnownFindings } from '../../../e2e/support/plain-chinese';

const tokens = (text: string, exceptions: readonly string[] = []) => findForeignWords([{ text, where: 'p' }], exceptions).map((finding) => finding.token);

describe('the plain-Chinese check of the screen walk', () => {
  it.each([
    ['preamble', ['preamble']],
    ['条款 一(二)1-1 的内容', ['一(二)1-1']],
    ['特殊情况说明-勾选', ['特殊情况说明-勾选']],
    ['错误代码：ui/page-not-found', ['ui/page-not-found']],
    ['uploadFile 失败', ['uploadFile']],
    ['已保存为 sms-interface-security-letter-2026-11-29.pdf', ['sms-interface-security-letter-2026-11-29.pdf']],
    ['工作区「{label}」', ['label', '{label}']],
    ['Loading…', ['Loading']],
    ['holidays', ['holidays']],
    ['11/29/2026, 09:34 PM', ['PM']],
  ])('flags %s', (text, expected) => expect(tokens(text)).toEqual(expected));

  it.each([
    '导出为 Excel 或 PDF',
    '选择 .xlsx 或 .csv 文件；备份文件（.smsbak）',
    '文件指纹（SHA-256）前 16 位：ee1207b442b12b28…',
    '浏览器内核 Chromium 150.0.0.0 · macOS · Windows · Linux',
    '统一社会信用代码 91350100M000100Y43',
    '恢复码 7K2M-Q9XA',
    '审核人 A 和审核人 B；不使用字母 I、O、Z、S、V',
    '保存时保持 UTF-8 编码；不是 JSON 格式；GBK 或 GB18030',
    '已保存：异议函-城东张记便利店-2026-11-29.pdf',
    '更换 API 密钥，登记 IP 白名单',
    '请导入 JPG、PNG 或 WebP 格式的照片',
    '日期写成 2027-01-01 这样',
  ])('lets %s through', (text) => expect(tokens(text)).toEqual([]));

  it('allows a word on the screens that list it as an exception only', () => {
    expect(tokens('在 holidays 后面', ['holidays'])).toEqual([]);
    expect(tokens('在 workdays 后面', ['holidays'])).toEqual(['workdays']);
  });

  it('sets a known finding apart on the screens it names only; today none is tolerated', () => {
    const findings = findForeignWords([{ text: 'preamble 为保障短信接口…', where: 'select' }]);
    const known = [{ screen: /^sign-read/, text: /^preamble/, reason: 'an example' }];
    expect(separateKnownFindings('sign-read', findings, known).unexpected).toEqual([]);
    expect(separateKnownFindings('documents', findings, known).unexpected).toHaveLength(1);
    expect(separateKnownFindings('sign-read', findings).unexpected).toHaveLength(1);
  });
});
