import type { LayoutModel, SizedMeasure } from '../pdf/layout-model';
import { PageFlow } from '../pdf/page-flow';
import { toChinaDateTimeString } from '../time/china-time';

/** The merchant as the signed letter names it: who writes every generated letter. */
export type MerchantDetails = Readonly<{
  operatorName: string;
  unifiedSocialCreditCode: string;
  legalRepresentative: string;
  contactPerson: string;
  contactPhone: string;
}>;

/** A letter the app fills in: title, addressees, the body's paragraphs, and the clause it answers. */
export type NoticeLetter = Readonly<{
  title: string;
  to: readonly string[];
  paragraphs: readonly string[];
  /** Labelled lines after the body (事件类型: …), each kept on one page. */
  facts?: readonly Readonly<{ label: string; value: string }>[];
  /** Lines after the facts (a receipt's line for the receiver to sign). */
  closing?: readonly string[];
  clause: string;
}>;

/** A time in a letter: 2026年11月29日 14:05 (China time). */
export function letterTime(instant: number): string {
  const [date, time] = toChinaDateTimeString(instant).split(' ') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日 ${time}`;
}

/**
 * Lays out a generated letter on A4: title, addressees, body, facts, the
 * clause of the responsibility letter it answers, and the merchant's
 * signature block with 统一社会信用代码 and contacts.
 */
export function layoutNoticeLetter(letter: NoticeLetter, merchant: MerchantDetails, writtenAt: number, measure: SizedMeasure): LayoutModel {
  const flow = new PageFlow(measure);
  const body = { size: 11, leading: 19 } as const;
  flow.paragraph(letter.title, { size: 16, leading: 28, align: 'center', after: 14 });
  for (const addressee of letter.to) flow.paragraph(`${addressee}：`, { ...body, after: 2 });
  flow.skip(6);
  for (const paragraph of letter.paragraphs) flow.paragraph(`\u3000\u3000${paragraph}`, { ...body, after: 6 });
  if (letter.facts !== undefined && letter.facts.length > 0) {
    flow.skip(4);
    for (const fact of letter.facts) {
      flow.ensureSpace(body.leading * 2);
      flow.paragraph(`${fact.label}：${fact.value}`, { ...body, indent: 22, after: 2 });
    }
  }
  if (letter.closing !== undefined) {
    flow.skip(10);
    for (const line of letter.closing) flow.paragraph(line, { ...body, after: 10 });
  }
  flow.skip(8);
  flow.paragraph(`依据：《短信接口信息安全保障责任书》条款 ${letter.clause}。`, { size: 10, leading: 17, after: 22 });
  flow.ensureSpace(body.leading * 6);
  flow.paragraph(`经营者（盖章）：${merchant.operatorName}`, body);
  flow.paragraph(`统一社会信用代码：${merchant.unifiedSocialCreditCode}`, body);
  flow.paragraph(`法定代表人：${merchant.legalRepresentative}`, body);
  flow.paragraph(`联系人：${merchant.contactPerson}\u3000联系电话：${merchant.contactPhone}`, body);
  flow.paragraph(`日期：${letterTime(writtenAt)}`, body);
  return { pages: flow.pages() };
}
