import { describe, expect, it } from 'vitest';
import { providerOriginalManifest, providerOriginalNames, providerReceiptLetter } from '@shared/signing/provider-original';
import type { SigningRecord } from '@shared/signing/signing-evidence';

const record: SigningRecord = {
  template: { id: 'sms-interface-security-letter', version: 2, sha256: 'a'.repeat(64) },
  operator: { operatorType: 'sole-proprietor', operatorName: '城南/张记 小吃店', unifiedSocialCreditCode: '92350100M000100Y40', legalRepresentative: '张测试', signerRole: 'legal-representative', signerName: '', contactPhone: '13900001234' },
  signedAt: Date.parse('2026-11-29T10:00:00+08:00'),
  soleProprietorBoxChecked: true,
  crossPageMark: false,
  images: [{ role: 'operator-thumbprint', sha256: 'b'.repeat(64), originalSha256: 'c'.repeat(64) }],
  strokes: null,
  authorisation: null,
  certificateFingerprint: 'd'.repeat(64),
  app: { version: '0.1.0', runtime: 'browser', platform: 'linux', device: 'Linux 电脑上的浏览器模式' },
};

describe('the provider\'s original (三、4)', () => {
  it('names its folder and files after the merchant and the day, with nothing a path could use', () => {
    expect(providerOriginalNames(record.operator.operatorName, record.signedAt)).toEqual({
      folderName: '服务提供方留存联-城南张记小吃店-2026-11-29',
      pdfName: '短信接口信息安全保障责任书-城南张记小吃店.pdf',
      manifestName: '核对清单.json',
      receiptName: '交接回执-城南张记小吃店.pdf',
    });
  });

  it('lists every hash a checker needs, in a manifest of stable keys', () => {
    const manifest = JSON.parse(providerOriginalManifest({ record, templateTitle: '短信接口信息安全保障责任书', digest: 'e'.repeat(64), pdfName: 'x.pdf', pdfSha256: 'f'.repeat(64), exportedAt: record.signedAt + 60_000 })) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'sms-ca/provider-original/v1',
      file: { name: 'x.pdf', sha256: 'f'.repeat(64) },
      contentDigest: 'e'.repeat(64),
      letter: { templateVersion: 2, templateSha256: 'a'.repeat(64) },
      images: [{ role: 'operator-thumbprint', sha256: 'b'.repeat(64), originalSha256: 'c'.repeat(64) }],
      signedAt: '2026-11-29 10:00 +08:00',
    });
  });

  it('gives the receipt the file, its hashes and a line for the receiver', () => {
    const receipt = providerReceiptLetter({ templateTitle: '短信接口信息安全保障责任书', record, digest: 'e'.repeat(64), pdfName: 'x.pdf', pdfSha256: 'f'.repeat(64), handedAt: record.signedAt });
    expect(receipt.clause).toBe('三、4');
    expect(receipt.facts?.map((fact) => fact.value)).toEqual(expect.arrayContaining(['x.pdf', 'f'.repeat(64), 'e'.repeat(64)]));
    expect(receipt.closing?.[0]).toContain('签收人');
  });
});
