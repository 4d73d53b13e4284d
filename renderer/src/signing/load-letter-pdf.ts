import type { PdfFactory } from '@renderer/pdf/pdf-factory';

// jsPDF, the HarfBuzz glue and forge are the bulk of the signing screens'
// code: they load in the background when 签署 opens, not before its first
// frame, and in their own files.

/** The app's PDF factory, its code loaded on first use. */
export async function loadPdfFactory(): Promise<PdfFactory> {
  const { appPdfFactory } = await import('@renderer/pdf/app-pdf');
  return appPdfFactory();
}

/** Making and preparing the signed letter, with the PDF factory. */
export async function loadLetterSigning() {
  const [pdf, { createSignedLetter, prepareSignedLetter }] = await Promise.all([loadPdfFactory(), import('./signed-letter')]);
  return { pdf, createSignedLetter, prepareSignedLetter };
}
