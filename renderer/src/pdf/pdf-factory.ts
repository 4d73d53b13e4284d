import type { LayoutModel, SizedMeasure } from '@shared/pdf/layout-model';
import { layoutCharacters } from '@shared/pdf/layout-model';
import { createFontSubsetter } from './font-subset';
import { createPdfCanvas, type PdfImage, type PdfMetadata } from './pdf-canvas';

export type PdfAssets = Readonly<{
  loadFont: () => Promise<Uint8Array>;
  loadSubsetterWasm: () => Promise<Uint8Array<ArrayBuffer>>;
}>;

// Digits and ASCII letters are always kept: a second pass (page numbers,
// dates, hashes) may need them after the first layout picked the characters.
const alwaysKept = '0123456789abcdefABCDEF ';

/** Loads on first call and keeps the result; a failed load is tried again next time. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * Makes PDFs with the CJK font subset to exactly the characters drawn. A
 * first layout with a stand-in measure (one em per character) collects the
 * characters; the font is subset to them (HarfBuzz, in WebAssembly) and the
 * layout runs again with the subset's real widths. Should that layout draw a
 * character the first did not, the subset grows and the layout runs again.
 * jsPDF never parses the full 4.6 MB font.
 */
export function createPdfFactory(assets: PdfAssets) {
  const font = loadOnce(assets.loadFont);
  const subsetter = loadOnce(async () => createFontSubsetter(await assets.loadSubsetterWasm()));

  const make = async (
    layout: (measure: SizedMeasure) => LayoutModel,
    images: ReadonlyMap<string, PdfImage>,
    metadata: PdfMetadata,
  ): Promise<Uint8Array<ArrayBuffer>> => {
    const fullFont = await font();
    const subset = await subsetter();
    const measured = new Set<string>();
    const standIn: SizedMeasure = (text, size) => {
      for (const char of text) measured.add(char);
      return [...text].length * size;
    };
    let characters = new Set([...layoutCharacters(layout(standIn)), ...measured, ...alwaysKept]);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const canvas = createPdfCanvas(subset(fullFont, [...characters].join('')), metadata);
      const model = layout(canvas.measure);
      const missing = [...layoutCharacters(model)].filter((char) => !characters.has(char));
      if (missing.length === 0) return canvas.render(model, images);
      characters = new Set([...characters, ...missing]);
    }
    throw new Error('the layout did not settle on a set of characters');
  };
  /** Loads the font and the subsetter ahead of the first PDF (a failure is retried by the PDF itself). */
  const prepare = async (): Promise<void> => {
    await Promise.all([font(), subsetter()]);
  };
  return Object.assign(make, { prepare });
}

export type PdfFactory = ReturnType<typeof createPdfFactory>;
