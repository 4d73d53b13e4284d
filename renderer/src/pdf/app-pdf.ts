import { browserPdfAssets } from './browser-pdf-assets';
import { createPdfFactory, type PdfFactory } from './pdf-factory';

let factory: PdfFactory | null = null;

/** The app's PDF factory (font and subsetter loaded once, on first use). */
export function appPdfFactory(): PdfFactory {
  factory ??= createPdfFactory(browserPdfAssets);
  return factory;
}
