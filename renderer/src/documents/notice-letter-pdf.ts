import { layoutNoticeLetter, type MerchantDetails, type NoticeLetter } from '@shared/documents/notice-letter';
import { toChinaDateString } from '@shared/time/china-time';
import { loadPdfFactory } from '@renderer/signing/load-letter-pdf';

/** A generated letter as a PDF with selectable Chinese text (subset font embedded). */
export async function makeNoticeLetterPdf(letter: NoticeLetter, merchant: MerchantDetails, writtenAt: number): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await loadPdfFactory();
  return pdf((measure) => layoutNoticeLetter(letter, merchant, writtenAt, measure), new Map(), {
    title: letter.title,
    subject: `《短信接口信息安全保障责任书》条款 ${letter.clause}`,
    keywords: letter.clause,
    author: merchant.operatorName,
    creator: '短信合规助手',
  });
}

/** The file name of a generated letter: its title and the day it was written. */
export function noticeLetterFileName(letter: NoticeLetter, writtenAt: number): string {
  return `${letter.title.replace(/[\\/:*?"<>|]/g, '')}-${toChinaDateString(writtenAt)}.pdf`;
}
