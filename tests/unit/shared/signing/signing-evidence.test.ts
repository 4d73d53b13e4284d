import { describe, expect, it } from 'vitest';
import type { OperatorInfo } from '@shared/signing/operator.schema';
import { describeDeviceZhCN, describeSigner, evidencePageContent, representativeNote, verificationText, type EvidenceFile, type SigningRecord } from '@shared/signing/signing-evidence';

const legal: OperatorInfo = {
  operatorType: 'sole-proprietor',
  operatorName: '深圳市南山区张记便利店',
  unifiedSocialCreditCode: '92350100M000100Y40',
  legalRepresentative: '张建国',
  signerRole: 'legal-representative',
  signerName: '',
  contactPhone: '13900001234',
};
const authorised: OperatorInfo = { ...legal, signerRole: 'authorised-representative', signerName: '李代表' };

const record = (operator: OperatorInfo, authorisation: EvidenceFile | null): SigningRecord => ({
  template: { id: 'sms-interface-security-letter', version: 2, sha256: 'ef'.repeat(32) },
  operator,
  signedAt: Date.UTC(2026, 10, 28, 4),
  soleProprietorBoxChecked: true,
  crossPageMark: false,
  images: [{ role: 'operator-thumbprint', sha256: '12'.repeat(32), originalSha256: '34'.repeat(32) }],
  strokes: null,
  authorisation,
  certificateFingerprint: '56'.repeat(32),
  app: { version: '0.1.0', runtime: 'electron', platform: 'windows', device: 'Windows 电脑上的桌面版' },
});

const pageText = (content: ReturnType<typeof evidencePageContent>) =>
  [content.title, content.lead, ...content.rows.map((row) => `${row.label}：${row.value}`), ...content.notes.map((note) => `${note.heading}：${note.text}`), content.qr.caption].join('\n');

describe('the evidence page, in words a merchant reads', () => {
  it.each([
    [{ runtime: 'electron', platform: 'windows', chromeVersion: '140.0.7339.185' }, 'Windows 电脑上的桌面版'],
    [{ runtime: 'electron', platform: 'macos', chromeVersion: null }, '苹果电脑（macOS）上的桌面版'],
    [{ runtime: 'browser', platform: 'linux', chromeVersion: '140.0.7339.185' }, 'Linux 电脑上的浏览器模式（Chromium 内核 140）'],
    [{ runtime: 'browser', platform: 'other', chromeVersion: null }, '电脑上的浏览器模式'],
  ] as const)('names the device %j as %s', (app, text) => {
    expect(describeDeviceZhCN(app)).toBe(text);
  });

  it('names the legal representative, and the authorisation letter when a representative signs for them', () => {
    const text = pageText(evidencePageContent(record(authorised, { name: '授权委托书.jpg', sha256: '78'.repeat(32) }), '短信接口信息安全保障责任书', 'ab'.repeat(32)));
    expect(text).toContain('法定代表人：张建国');
    expect(text).toContain('签署人：李代表（授权代表）');
    expect(text).toContain(`授权委托书：文件「授权委托书.jpg」，随本责任书存档在应用的「文档」里；其指纹（SHA-256）${'78'.repeat(32)}`);
    expect(describeSigner(authorised)).toBe('李代表（授权代表）');
    expect(representativeNote(authorised)).toBe('法定代表人：张建国；授权代表：李代表，凭法定代表人出具的授权委托书代为签署，授权委托书随本责任书存档（见存证页）。');
    expect(representativeNote(legal)).toBe('法定代表人：张建国（本人签署）');
    expect(pageText(evidencePageContent(record(legal, null), '短信接口信息安全保障责任书', 'ab'.repeat(32)))).not.toContain('授权委托书：');
  });

  it('says what the digest is, that the certificate is self-signed and what it proves, and how to check a file', () => {
    const text = pageText(evidencePageContent(record(legal, null), '短信接口信息安全保障责任书', 'ab'.repeat(32)));
    expect(text).toContain(`文档内容摘要（SHA-256）：${'ab'.repeat(32)}`);
    expect(text).toContain('它不是这个 PDF 文件的指纹');
    expect(text).toContain('自签名证书，没有经过任何第三方认证机构核验');
    expect(text).toContain('它能证明文件签署后没有被改动，不能证明签署人是谁');
    expect(text).toContain('「文档」→「核对文件指纹」');
    expect(text).toContain('签署所用软件：短信合规助手 0.1.0，Windows 电脑上的桌面版');
    // No engineer's words: no user agent, no internal ids, no English.
    const words = new Set(text.replace(/\b[0-9a-f]{64}\b/g, '').match(/[A-Za-z]{3,}/g));
    expect([...words].filter((word) => !['SHA', 'PDF', 'Windows'].includes(word))).toEqual([]);
  });

  it('puts the template, version, digest and signing time into the QR code, with Chinese labels', () => {
    expect(verificationText(record(legal, null), '短信接口信息安全保障责任书', 'ab'.repeat(32))).toBe(
      ['《短信接口信息安全保障责任书》第 2 版', `文档内容摘要：${'ab'.repeat(32)}`, '签署时间：2026-11-28 12:00（北京时间）'].join('\n'),
    );
  });
});
