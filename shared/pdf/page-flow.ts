import { breakLines } from './line-breaker';
import { a4, type LayoutElement, type LayoutPage, type SizedMeasure } from './layout-model';

export type PageFrame = Readonly<{ top: number; bottom: number; left: number; right: number }>;

/** Where text flows on an A4 page: 2.2 cm sides, room for a header and a footer. */
export const defaultFrame: PageFrame = { top: 78, bottom: a4.height - 66, left: 62, right: a4.width - 62 };

/**
 * Flows paragraphs down pages: breaks lines to the frame, starts a new page
 * when the next line would cross the bottom, and keeps what a caller asks to
 * keep together (a heading with its first line, the signature block).
 */
export class PageFlow {
  private readonly finished: LayoutElement[][] = [];
  private current: LayoutElement[] = [];
  private y: number;

  constructor(
    private readonly measure: SizedMeasure,
    private readonly frame: PageFrame = defaultFrame,
  ) {
    this.y = frame.top;
  }

  get cursor(): number {
    return this.y;
  }

  get width(): number {
    return this.frame.right - this.frame.left;
  }

  get left(): number {
    return this.frame.left;
  }

  /** Starts a new page unless the current one still has `height` points free. */
  ensureSpace(height: number): void {
    if (this.y + height > this.frame.bottom && this.current.length > 0) this.newPage();
  }

  newPage(): void {
    this.finished.push(this.current);
    this.current = [];
    this.y = this.frame.top;
  }

  skip(points: number): void {
    this.y += points;
  }

  /** Places an element at the current page (coordinates absolute). */
  place(element: LayoutElement): void {
    this.current.push(element);
  }

  /**
   * A paragraph: `label` hangs in front of the first line (e.g. "1."), and
   * the text lines up after it; `indent` moves the whole paragraph right.
   */
  paragraph(text: string, options: { size: number; leading: number; indent?: number; label?: string; align?: 'left' | 'center'; after?: number }): void {
    const indent = options.indent ?? 0;
    const labelWidth = options.label ? this.measure(`${options.label} `, options.size) : 0;
    const x = this.frame.left + indent;
    const width = this.frame.right - x;
    const lines = breakLines(text, width - labelWidth, (value) => this.measure(value, options.size));
    lines.forEach((line, index) => {
      this.ensureSpace(options.leading);
      const baseline = this.y + options.size;
      if (index === 0 && options.label) this.place({ kind: 'text', x, y: baseline, text: options.label, size: options.size });
      if (options.align === 'center') {
        this.place({ kind: 'text', x: (this.frame.left + this.frame.right) / 2, y: baseline, text: line, size: options.size, align: 'center' });
      } else {
        this.place({ kind: 'text', x: x + labelWidth, y: baseline, text: line, size: options.size });
      }
      this.y += options.leading;
    });
    this.y += options.after ?? 0;
  }

  /** All pages, including the one in progress. */
  pages(): LayoutPage[] {
    const all = this.current.length > 0 ? [...this.finished, this.current] : this.finished;
    return all.map((elements) => ({ elements }));
  }
}
