import type { MerchantDetails, NoticeLetter } from '../documents/notice-letter';
import { letterTime } from '../documents/notice-letter';
import { toChinaDateTimeString } from '../time/china-time';
import type { SigningRecord } from './signing-evidence';

/** The files handed to the provider: the signed PDF and the manifest of its hashes. */
export type ProviderOriginalFiles = Readonly<{ pdfName: string; manifestName: string; receiptName: string; folderName: string }>;

/** Names of the hand-over's files and folder, from the merchant's name and the day of signing (no path characters). */
export function providerOriginalNames(operatorName: string, signedAt: number): ProviderOriginalFiles {
  const merchant = operatorName.replace(/[\\/:*?"<>|\s]/g, '');
  const day = toChinaDateTimeString(signedAt).slice(0, 10);
  return {
    folderName: `服务提供方留存联-${merchant}-${day}`,
    pdfName: `短信接口信息安全保障责任书-${merchant}.pdf`,
    manifestName: '核对清单.json',
    receiptName: `交接回执-${merchant}.pdf`,
  };
}

/**
 * The manifest kept beside the signed PDF for the provider: every hash a
 * checker needs (the file's SHA-256, the content digest printed on the
 * evidence page and in the QR code, the template's, each image's, the
 * strokes'), as stable JSON. Keys stay the same across versions.
 */
export function providerOriginalManifest(input: Readonly<{ record: SigningRecord; templateTitle: string; digest: string; pdfName: string; pdfSha256: string; exportedAt: number }>): string {
  const { record } = input;
  const manifest = {
    format: 'sms-ca/provider-original/v1',
    说明: '服务提供方留存联的核对清单：文件的 SHA-256 指纹与文档内容摘要，可与 PDF 存证页和二维码上的数值逐一核对。',
    letter: { title: input.templateTitle, templateId: record.template.id, templateVersion: record.template.version, templateSha256: record.template.sha256 },
    operator: { name: record.operator.operatorName, unifiedSocialCreditCode: record.operator.unifiedSocialCreditCode },
    signedAt: `${toChinaDateTimeString(record.signedAt)} +08:00`,
    file: { name: input.pdfName, sha256: input.pdfSha256 },
    contentDigest: input.digest,
    certificateSha256: record.certificateFingerprint,
    images: record.images.map((image) => ({ role: image.role, sha256: image.sha256, ...(image.originalSha256 ? { originalSha256: image.originalSha256 } : {}) })),
    signatureStrokesSha256: record.strokes?.sha256 ?? null,
    authorisationLetterSha256: record.authorisation?.sha256 ?? null,
    exportedAt: `${toChinaDateTimeString(input.exportedAt)} +08:00`,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** 三、4: the receipt the merchant keeps when the provider's original is handed over, with lines for the receiver. */
export function providerReceiptLetter(input: Readonly<{ templateTitle: string; record: SigningRecord; digest: string; pdfName: string; pdfSha256: string; handedAt: number }>): NoticeLetter {
  return {
    title: '责任书服务提供方留存联交接回执',
    to: ['短信接口服务提供方'],
    paragraphs: [
      `现将已签署的《${input.templateTitle}》服务提供方留存联（电子文件，带数字签名）及其核对清单交付贵方。责任书一式两份，经营者与服务提供方各执一份，具有同等效力。`,
      '请核对文件的 SHA-256 指纹与存证页、核对清单上的数值一致后，在下方签收。',
    ],
    closing: ['服务提供方签收人：________________　　签收日期：______年____月____日'],
    facts: [
      { label: '文件', value: input.pdfName },
      { label: '文件指纹（SHA-256）', value: input.pdfSha256 },
      { label: '文档内容摘要', value: input.digest },
      { label: '签署时间', value: letterTime(input.record.signedAt) },
      { label: '交付时间', value: letterTime(input.handedAt) },
    ],
    clause: '三、4',
  };
}

export type { MerchantDetails };
