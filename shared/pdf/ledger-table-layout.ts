import { breakLines } from './line-breaker';
import { a4, type LayoutElement, type LayoutModel, type LayoutPage, type SizedMeasure } from './layout-model';

/** A table to print: title, a line under it, headings and rows of text. */
export type PrintedTable = Readonly<{ title: string; subtitle: string; headings: readonly string[]; rows: readonly (readonly string[])[]; pageLabel: (page: number, pages: number) => string }>;

const margin = 36;
const size = 8;
const leading = 11;
const padding = 3;
const titleSize = 14;

/** Column widths: each column's natural width, scaled to the page; none narrower than three characters. */
function columnWidths(table: PrintedTable, measure: SizedMeasure, width: number): number[] {
  const sample = table.rows.slice(0, 200);
  const natural = table.headings.map((heading, column) =>
    Math.min(width / 2, Math.max(measure(heading, size), ...sample.map((row) => measure(row[column] ?? '', size))) + 2 * padding),
  );
  const minimum = measure('一二三', size) + 2 * padding;
  const total = natural.reduce((sum, value) => sum + value, 0);
  const scaled = natural.map((value) => Math.max(minimum, (value / total) * width));
  const factor = width / scaled.reduce((sum, value) => sum + value, 0);
  return scaled.map((value) => value * factor);
}

/**
 * A ledger as a printable table on A4: the title and its line on the first
 * page, the headings repeated on every page, text wrapped inside its cell
 * (Chinese line-breaking rules), rules between rows, and page numbers.
 */
export function layoutLedgerTable(table: PrintedTable, measure: SizedMeasure): LayoutModel {
  const width = a4.width - 2 * margin;
  const widths = columnWidths(table, measure, width);
  const lefts = widths.map((_, index) => margin + widths.slice(0, index).reduce((sum, value) => sum + value, 0));
  const pages: LayoutElement[][] = [];
  let page: LayoutElement[] = [];
  let y = margin;
  const bottom = a4.height - margin - leading;

  const cellLines = (cells: readonly string[]) => cells.map((cell, column) => (cell === '' ? [''] : breakLines(cell, widths[column]! - 2 * padding, (text) => measure(text, size))));
  const drawRow = (lines: string[][], bold: boolean) => {
    const height = Math.max(...lines.map((cell) => cell.length)) * leading + 2 * padding;
    lines.forEach((cell, column) =>
      cell.forEach((line, index) => page.push({ kind: 'text', x: lefts[column]! + padding, y: y + padding + size + index * leading, text: line, size: bold ? size + 0.5 : size })),
    );
    y += height;
    page.push({ kind: 'line', x1: margin, y1: y, x2: margin + width, y2: y, width: bold ? 0.8 : 0.3 });
  };
  const headings = cellLines(table.headings);
  const startPage = () => {
    page = [];
    pages.push(page);
    y = margin;
    if (pages.length === 1) {
      page.push({ kind: 'text', x: margin, y: y + titleSize, text: table.title, size: titleSize });
      y += titleSize + 8;
      for (const line of breakLines(table.subtitle, width, (text) => measure(text, size))) {
        page.push({ kind: 'text', x: margin, y: y + size, text: line, size });
        y += leading;
      }
      y += 6;
    }
    page.push({ kind: 'line', x1: margin, y1: y, x2: margin + width, y2: y, width: 0.8 });
    drawRow(headings, true);
  };
  startPage();
  for (const row of table.rows) {
    const lines = cellLines(row);
    const height = Math.max(...lines.map((cell) => cell.length)) * leading + 2 * padding;
    if (y + height > bottom) startPage();
    drawRow(lines, false);
  }
  const total = pages.length;
  const withNumbers: LayoutPage[] = pages.map((elements, index) => ({
    elements: [...elements, { kind: 'text', x: a4.width / 2, y: a4.height - margin / 2, text: table.pageLabel(index + 1, total), size, align: 'center' }],
  }));
  return { pages: withNumbers };
}
