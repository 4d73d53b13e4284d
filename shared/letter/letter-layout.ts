import { a4, type LayoutElement, type LayoutModel, type LayoutPage, type SizedMeasure } from '../pdf/layout-model';
import { PageFlow } from '../pdf/page-flow';
import { letterBlocks, type LetterTemplate } from './letter-template';

/** An image placed in the signature block: a signature, a seal or a thumbprint. */
export type PlacedMark = Readonly<{ imageId: string; aspect: number; kind: 'signature' | 'seal' | 'thumbprint' }>;

/** What fills the signature block of every original. */
export type SignatureBlockContent = Readonly<{
  operatorName: string;
  /** Over the operator's name, as a seal is pressed over it on paper. */
  operatorMarks: readonly PlacedMark[];
  representativeName: string;
  representativeMarks: readonly PlacedMark[];
  /** Year, month and day in China time, filled into the date line. */
  date: Readonly<{ year: number; month: number; day: number }> | null;
  soleProprietorBoxChecked: boolean;
}>;

export type EvidenceRow = Readonly<{ label: string; value: string }>;

export type EvidencePageContent = Readonly<{ title: string; rows: readonly EvidenceRow[]; digest: string; qrCaption: string }>;

export type LetterLayoutInput = Readonly<{
  template: LetterTemplate;
  content: SignatureBlockContent;
  /** One original per label, e.g. 经营者留存联 and 服务提供方留存联. */
  copies: readonly string[];
  evidence: EvidencePageContent | null;
  pageLabel: (page: number, total: number) => string;
  measure: SizedMeasure;
  /** 骑缝: the mark split across the right edges of every page of each original. */
  crossPageMark?: PlacedMark | null;
}>;

const body = { size: 11, leading: 19 } as const;
const markHeights = { signature: 42, seal: 118, thumbprint: 62 } as const;

/** Where the signature block's marks ended up, for tests and for the evidence page. */
export type MarkPlacement = Readonly<{ copy: number; page: number; imageId: string; x: number; y: number; width: number; height: number; line: 'operator' | 'representative' }>;

export type LetterLayout = LayoutModel & Readonly<{ placements: readonly MarkPlacement[]; copyPageCounts: readonly number[] }>;

/**
 * Lays out the letter as the pages of a PDF: every original in full with its
 * copy label, the signature block kept on one page, then the evidence page.
 */
export function layoutLetter(input: LetterLayoutInput): LetterLayout {
  const pages: LayoutPage[] = [];
  const placements: MarkPlacement[] = [];
  const copyPageCounts: number[] = [];
  input.copies.forEach((copyLabel, copy) => {
    const flow = new PageFlow(input.measure);
    layoutBody(flow, input.template);
    const marks = layoutSignatureBlock(flow, input);
    const copyPages = flow.pages();
    copyPageCounts.push(copyPages.length);
    for (const mark of marks) placements.push({ ...mark, copy, page: pages.length + mark.page });
    copyPages.forEach((page, index) => {
      const slice = input.crossPageMark ? [crossPageSlice(input.crossPageMark, index, copyPages.length)] : [];
      pages.push({ elements: [...page.elements, ...pageFurniture(copyLabel, input.pageLabel(index + 1, copyPages.length)), ...slice] });
    });
  });
  if (input.evidence !== null) pages.push(layoutEvidence(input.evidence, input.measure));
  return { pages, placements, copyPageCounts };
}

/**
 * Slice `index` of `total` of a cross-page mark: the whole image is placed so
 * that its index-th vertical strip falls on this page's right edge, and
 * clipped to that strip. Fanned out, the pages show the whole mark again.
 */
export function crossPageSlice(mark: PlacedMark, index: number, total: number): LayoutElement {
  const height = markHeights[mark.kind === 'signature' ? 'thumbprint' : mark.kind];
  const width = height * mark.aspect;
  const strip = width / total;
  const y = a4.height / 2 - height / 2;
  return { kind: 'clipped-image', x: a4.width - strip - index * strip, y, width, height, imageId: mark.imageId, clip: [a4.width - strip, y, strip, height] };
}

function pageFurniture(copyLabel: string, pageText: string): LayoutElement[] {
  return [
    { kind: 'text', x: a4.width - 62, y: 48, text: copyLabel, size: 10, align: 'right' },
    { kind: 'line', x1: 62, y1: 56, x2: a4.width - 62, y2: 56, width: 0.4 },
    { kind: 'text', x: a4.width / 2, y: a4.height - 36, text: pageText, size: 9, align: 'center' },
  ];
}

function layoutBody(flow: PageFlow, template: LetterTemplate): void {
  for (const block of letterBlocks(template)) {
    switch (block.kind) {
      case 'title':
        flow.paragraph(block.text, { size: 18, leading: 30, align: 'center', after: 10 });
        break;
      case 'preamble':
        flow.paragraph(block.text, { ...body, after: 8 });
        break;
      case 'chapter':
        flow.ensureSpace(body.leading * 4);
        flow.paragraph(block.text, { size: 13, leading: 24, after: 4 });
        break;
      case 'section':
        flow.ensureSpace(body.leading * 3);
        flow.paragraph(block.text, { size: 12, leading: 22, indent: 8, after: 2 });
        break;
      case 'clause':
        flow.paragraph(block.text, { ...body, indent: 16, ...(block.label !== '' ? { label: block.label } : {}), after: 4 });
        break;
      case 'item':
        flow.paragraph(block.text, { ...body, indent: 40, label: block.label, after: 2 });
        break;
      case 'special-heading':
      case 'sole-proprietor-box':
        break;
      default: {
        const unreachable: never = block;
        throw new Error(`unknown block ${String(unreachable)}`);
      }
    }
  }
}

function layoutSignatureBlock(flow: PageFlow, input: LetterLayoutInput): Omit<MarkPlacement, 'copy'>[] {
  const { template, content, measure } = input;
  const operatorHeight = Math.max(36, ...content.operatorMarks.map((mark) => markHeights[mark.kind]));
  const representativeHeight = Math.max(36, ...content.representativeMarks.map((mark) => markHeights[mark.kind]));
  flow.skip(12);
  flow.ensureSpace(140 + operatorHeight + representativeHeight);
  flow.paragraph(template.specialCase.heading, { size: 12, leading: 22, after: 2 });
  const boxTop = flow.cursor + 3;
  flow.place({ kind: 'checkbox', x: flow.left, y: boxTop, size: 10, checked: content.soleProprietorBoxChecked });
  flow.paragraph(template.specialCase.soleProprietorBox.text, { ...body, indent: 16, after: 18 });

  const placements: Omit<MarkPlacement, 'copy'>[] = [];
  const pageIndex = () => flow.pages().length - 1;
  const signatureLine = (label: string, name: string, marks: readonly PlacedMark[], height: number, line: MarkPlacement['line']) => {
    const top = flow.cursor;
    const baseline = top + height / 2 + body.size / 2;
    flow.place({ kind: 'text', x: flow.left, y: baseline, text: label, size: body.size });
    const nameX = flow.left + measure(`${label} `, body.size) + 6;
    if (name !== '') flow.place({ kind: 'text', x: nameX, y: baseline, text: name, size: body.size });
    let x = nameX - 8;
    for (const mark of marks) {
      const markHeight = markHeights[mark.kind];
      const width = markHeight * mark.aspect;
      // A seal or thumbprint sits over the name, as on paper; a signature follows it.
      const markX = mark.kind === 'signature' ? nameX + measure(`${name}  `, body.size) : x;
      const y = top + (height - markHeight) / 2;
      flow.place({ kind: 'image', x: markX, y, width, height: markHeight, imageId: mark.imageId });
      placements.push({ page: pageIndex(), imageId: mark.imageId, x: markX, y, width, height: markHeight, line });
      x += width + 6;
    }
    flow.skip(height + 10);
  };
  const [operatorLabel, representativeLabel, dateLabel] = template.signatureBlock;
  signatureLine(operatorLabel.label, content.operatorName, content.operatorMarks, operatorHeight, 'operator');
  signatureLine(representativeLabel.label, content.representativeName, content.representativeMarks, representativeHeight, 'representative');
  flow.paragraph(fillDate(dateLabel.label, content.date), { ...body });
  return placements;
}

/** "日期：年 月 日" with the year, month and day written into its blanks (what stands before the blanks is kept). */
export function fillDate(label: string, date: SignatureBlockContent['date']): string {
  const filled = date === null ? '＿＿＿＿ 年 ＿＿ 月 ＿＿ 日' : `${date.year} 年 ${date.month} 月 ${date.day} 日`;
  return label.replace(/年 月 日$/, filled);
}

function layoutEvidence(evidence: EvidencePageContent, measure: SizedMeasure): LayoutPage {
  const flow = new PageFlow(measure);
  flow.paragraph(evidence.title, { size: 16, leading: 28, align: 'center', after: 12 });
  for (const row of evidence.rows) {
    flow.paragraph(row.value, { size: 10, leading: 16, label: `${row.label}:`, after: 4 });
  }
  const qrSize = 150;
  const top = Math.min(flow.cursor + 16, a4.height - 66 - qrSize - 20);
  flow.place({ kind: 'qr', x: (a4.width - qrSize) / 2, y: top, size: qrSize, value: evidence.digest });
  flow.place({ kind: 'text', x: a4.width / 2, y: top + qrSize + 16, text: evidence.qrCaption, size: 9, align: 'center' });
  const [page] = flow.pages();
  return page ?? { elements: [] };
}
