import { layoutComplianceDocument, type ComplianceDocument } from '@shared/documents/compliance-document';
import type { MerchantDetails } from '@shared/documents/notice-letter';
import { toChinaDateString } from '@shared/time/china-time';
import { loadPdfFactory } from '@renderer/signing/load-letter-pdf';

/** A compliance document (plan, policy, report) as a PDF with selectable Chinese text (subset font embedded). */
export async function makeComplianceDocumentPdf(document: ComplianceDocument, merchant: MerchantDetails, writtenAt: number): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await loadPdfFactory();
  return pdf((measure) => layoutComplianceDocument(document, merchant, writtenAt, measure), new Map(), {
    title: document.subtitle === undefined ? document.title : `${document.title}（${document.subtitle}）`,
    subject: `《短信接口信息安全保障责任书》条款 ${document.clause}`,
    keywords: document.clause,
    author: merchant.operatorName,
    creator: '短信合规助手',
  });
}

/** The file name of a generated document: its title, its subtitle and the day it was written. */
export function complianceDocumentFileName(document: ComplianceDocument, writtenAt: number): string {
  return `${[document.title, document.subtitle ?? ''].filter((part) => part !== '').join('-').replace(/[\\/:*?"<>|\s]/g, '')}-${toChinaDateString(writtenAt)}.pdf`;
}

/** A compliance document made into its file, with the title and clause 文档 lists it under. */
export async function makeComplianceDocumentFile(
  document: ComplianceDocument,
  merchant: MerchantDetails,
  writtenAt: number,
): Promise<Readonly<{ title: string; clause: string; name: string; data: Uint8Array<ArrayBuffer> }>> {
  return {
    title: document.subtitle === undefined ? document.title : `${document.title}（${document.subtitle}）`,
    clause: document.clause,
    name: complianceDocumentFileName(document, writtenAt),
    data: await makeComplianceDocumentPdf(document, merchant, writtenAt),
  };
}
