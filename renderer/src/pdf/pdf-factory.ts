import type { LayoutModel, SizedMeasure } from '@shared/pdf/layout-model';
import { layoutCharacters } from '@shared/pdf/layout-model';
import { createFontSubsetter, type FontSubsetter } from './font-subset';
import { createPdfCanvas, type PdfImage, type PdfMetadata } from './pdf-canvas';

export type PdfAssets = Readonly<{
  loadFont: () => Promise<Uint8Array>;
  loadSubsetterWasm: () => Promise<Uint8Array<ArrayBuffer>>;
}>;

// Digits and ASCII letters are always kept: a second pass (page numbers,
// dates, hashes) may need them after the first layout picked the characters.
const alwaysKept = '0123456789abcdefABCDEF ';

/**
 * Makes PDFs with the CJK font subset to exactly the characters drawn. The
 * layout runs twice: once with the full font to learn which characters are
 * drawn, once with the subset so widths and glyphs match what is embedded.
 */
export function createPdfFactory(assets: PdfAssets) {
  let font: Promise<Uint8Array> | null = null;
  let subsetter: Promise<FontSubsetter> | null = null;

  return async (
    layout: (measure: SizedMeasure) => LayoutModel,
    images: ReadonlyMap<string, PdfImage>,
    metadata: PdfMetadata,
  ): Promise<Uint8Array<ArrayBuffer>> => {
    font ??= assets.loadFont();
    subsetter ??= assets.loadSubsetterWasm().then(createFontSubsetter);
    const fullFont = await font;
    const probe = createPdfCanvas(fullFont, metadata);
    const characters = layoutCharacters(layout(probe.measure)) + alwaysKept;
    const subset = (await subsetter)(fullFont, characters);
    const canvas = createPdfCanvas(subset, metadata);
    return canvas.render(layout(canvas.measure), images);
  };
}

export type PdfFactory = ReturnType<typeof createPdfFactory>;
