import { a4, type LayoutModel, type SizedMeasure } from '../pdf/layout-model';
import { defaultFrame, PageFlow } from '../pdf/page-flow';
import type { MerchantDetails } from './notice-letter';
import { letterTime } from './notice-letter';

/** A labelled line (版本: 第 2 版). */
export type DocumentFact = Readonly<{ label: string; value: string }>;

/** A numbered part of a document: its heading, its paragraphs (each line a paragraph), labelled lines. */
export type DocumentSection = Readonly<{ heading: string; paragraphs?: readonly string[]; facts?: readonly DocumentFact[] }>;

/**
 * A document the merchant issues or keeps (the emergency plan, the
 * management policy, a self-inspection or drill report): title, the facts
 * that identify it, its sections, and the clause of the responsibility
 * letter it answers.
 */
export type ComplianceDocument = Readonly<{
  title: string;
  /** Under the title: 第 2 版, or the quarter a report covers. */
  subtitle?: string;
  facts: readonly DocumentFact[];
  sections: readonly DocumentSection[];
  clause: string;
}>;

const chineseNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** 一、二、三… for section headings. */
export function sectionNumber(index: number): string {
  return chineseNumbers[index] ?? String(index + 1);
}

/**
 * Lays out a compliance document on A4: title, the merchant as the signed
 * letter names them (name, 统一社会信用代码), the identifying facts, the
 * numbered sections, the clause it answers, the merchant's closing block, and
 * page numbers.
 */
export function layoutComplianceDocument(document: ComplianceDocument, merchant: MerchantDetails, writtenAt: number, measure: SizedMeasure): LayoutModel {
  const flow = new PageFlow(measure);
  const body = { size: 11, leading: 19 } as const;
  flow.paragraph(document.title, { size: 18, leading: 30, align: 'center', after: document.subtitle === undefined ? 12 : 2 });
  if (document.subtitle !== undefined) flow.paragraph(document.subtitle, { size: 11, leading: 20, align: 'center', after: 12 });
  for (const fact of [{ label: '经营者', value: merchant.operatorName }, { label: '统一社会信用代码', value: merchant.unifiedSocialCreditCode }, ...document.facts]) {
    flow.paragraph(`${fact.label}：${fact.value}`, { ...body, after: 1 });
  }
  flow.skip(8);
  document.sections.forEach((section, index) => {
    // A heading never ends a page alone.
    flow.ensureSpace(body.leading * 3);
    flow.paragraph(`${sectionNumber(index)}、${section.heading}`, { size: 13, leading: 24, after: 4 });
    for (const paragraph of section.paragraphs ?? []) {
      for (const line of paragraph.split('\n').filter((text) => text.trim() !== '')) flow.paragraph(`\u3000\u3000${line.trim()}`, { ...body, after: 3 });
    }
    for (const fact of section.facts ?? []) flow.paragraph(`${fact.label}：${fact.value === '' ? '—' : fact.value}`, { ...body, indent: 22, after: 2 });
    flow.skip(8);
  });
  flow.paragraph(`依据：《短信接口信息安全保障责任书》条款 ${document.clause}。`, { size: 10, leading: 17, after: 22 });
  flow.ensureSpace(body.leading * 5);
  flow.paragraph(`经营者（盖章）：${merchant.operatorName}`, body);
  flow.paragraph(`统一社会信用代码：${merchant.unifiedSocialCreditCode}`, body);
  flow.paragraph(`法定代表人：${merchant.legalRepresentative}`, body);
  flow.paragraph(`日期：${letterTime(writtenAt)}`, body);
  const pages = flow.pages();
  return {
    pages: pages.map((page, index) => ({
      elements: [
        ...page.elements,
        { kind: 'text', x: a4.width / 2, y: defaultFrame.bottom + 34, text: `第 ${index + 1} 页 共 ${pages.length} 页`, size: 9, align: 'center' },
      ],
    })),
  };
}
