import { a4, type LayoutElement, type LayoutModel, type LayoutPage, type SizedMeasure } from '../pdf/layout-model';
import { breakLines } from '../pdf/line-breaker';
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
  /** A line under the representative's: the legal representative by name, and the authorisation letter where there is one. */
  representativeNote: string | null;
  /** Year, month and day in China time, filled into the date line. */
  date: Readonly<{ year: number; month: number; day: number }> | null;
  soleProprietorBoxChecked: boolean;
}>;

export type EvidenceRow = Readonly<{ label: string; value: string }>;

/**
 * The evidence page: a lead saying what the page is, labelled rows, then a
 * QR code beside short notes (each a heading and a paragraph).
 */
export type EvidencePageContent = Readonly<{
  title: string;
  lead: string;
  rows: readonly EvidenceRow[];
  qr: Readonly<{ value: string; caption: string }>;
  notes: readonly Readonly<{ heading: string; text: string }>[];
}>;

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
const notes = { size: 9.5, leading: 15 } as const;
const markHeights = { signature: 42, seal: 118, thumbprint: 62 } as const;

/** Where the signature block's marks ended up, for tests and for the evidence page. */
export type MarkPlacement = Readonly<{ copy: number; page: number; imageId: string; x: number; y: number; width: number; height: number; line: 'operator' | 'representative' }>;

export type LetterLayout = LayoutModel & Readonly<{ placements: readonly MarkPlacement[]; copyPageCounts: readonly number[]; evidencePageCount: number }>;

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
  const evidencePages = input.evidence === null ? [] : layoutEvidence(input.evidence, input.measure);
  evidencePages.forEach((page, index) => {
    pages.push({ elements: [...page.elements, ...pageFurniture(input.evidence!.title, input.pageLabel(index + 1, evidencePages.length))] });
  });
  return { pages, placements, copyPageCounts, evidencePageCount: evidencePages.length };
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
  const noteHeight = content.representativeNote === null ? 0 : 3 * notes.leading + 6;
  flow.skip(12);
  flow.ensureSpace(140 + operatorHeight + representativeHeight + noteHeight);
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
  if (content.representativeNote !== null) flow.paragraph(content.representativeNote, { ...notes, indent: 16, after: 8 });
  flow.paragraph(fillDate(dateLabel.label, content.date), { ...body });
  return placements;
}

/** "日期：年 月 日" with the year, month and day written into its blanks (what stands before the blanks is kept). */
export function fillDate(label: string, date: SignatureBlockContent['date']): string {
  const filled = date === null ? '＿＿＿＿ 年 ＿＿ 月 ＿＿ 日' : `${date.year} 年 ${date.month} 月 ${date.day} 日`;
  return label.replace(/年 月 日$/, filled);
}

const qrSize = 132;

/**
 * The evidence page(s): title, lead, the rows (label, then value), and at
 * the end the QR code with its caption on the right and the notes to its
 * left, kept together on one page.
 */
function layoutEvidence(evidence: EvidencePageContent, measure: SizedMeasure): LayoutPage[] {
  const flow = new PageFlow(measure);
  flow.paragraph(evidence.title, { size: 16, leading: 28, align: 'center', after: 6 });
  flow.paragraph(evidence.lead, { ...notes, after: 10 });
  for (const row of evidence.rows) flow.paragraph(`${row.label}：${row.value}`, { size: 9.5, leading: 14, after: 3 });
  const textWidth = flow.width - qrSize - 18;
  const noteLines = evidence.notes.map((note) => breakLines(`${note.heading}：${note.text}`, textWidth, (text) => measure(text, 9)));
  const notesHeight = noteLines.reduce((sum, lines) => sum + lines.length * 13 + 6, 0);
  flow.skip(10);
  flow.ensureSpace(Math.max(qrSize + 28, notesHeight));
  const top = flow.cursor;
  let y = top;
  for (const lines of noteLines) {
    for (const line of lines) {
      flow.place({ kind: 'text', x: flow.left, y: y + 9, text: line, size: 9 });
      y += 13;
    }
    y += 6;
  }
  const qrX = flow.left + flow.width - qrSize;
  flow.place({ kind: 'qr', x: qrX, y: top, size: qrSize, value: evidence.qr.value });
  breakLines(evidence.qr.caption, qrSize, (text) => measure(text, 8)).forEach((line, index) => {
    flow.place({ kind: 'text', x: qrX + qrSize / 2, y: top + qrSize + 10 + index * 11, text: line, size: 8, align: 'center' });
  });
  return flow.pages();
}
