/** A4 in points. */
export const a4 = { width: 595.28, height: 841.89 } as const;

/** One thing drawn on a page; y is the text baseline, or the top edge of a box or image. */
export type LayoutElement = Readonly<
  | { kind: 'text'; x: number; y: number; text: string; size: number; align?: 'left' | 'center' | 'right' }
  | { kind: 'image'; x: number; y: number; width: number; height: number; imageId: string }
  /** An image drawn only inside `clip` (x, y, width, height): one slice of a cross-page mark. */
  | { kind: 'clipped-image'; x: number; y: number; width: number; height: number; imageId: string; clip: readonly [number, number, number, number] }
  | { kind: 'checkbox'; x: number; y: number; size: number; checked: boolean }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number }
  | { kind: 'qr'; x: number; y: number; size: number; value: string }
>;

export type LayoutPage = Readonly<{ elements: readonly LayoutElement[] }>;

/** A whole document as positioned elements: what a thin jsPDF adapter draws, and what tests inspect. */
export type LayoutModel = Readonly<{ pages: readonly LayoutPage[] }>;

/** Width of a string at a font size, in points. */
export type SizedMeasure = (text: string, size: number) => number;

/** Every character a layout draws as text (to subset the font to exactly these). */
export function layoutCharacters(model: LayoutModel): string {
  const characters = new Set<string>();
  for (const page of model.pages) {
    for (const element of page.elements) if (element.kind === 'text') for (const char of element.text) characters.add(char);
  }
  return [...characters].join('');
}
