import fontUrl from '@assets/fonts/wqy-microhei.ttf?url';
import harfbuzzUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import type { PdfAssets } from './pdf-factory';

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The font and the subsetter, shipped with the app and loaded from its own origin. */
export const browserPdfAssets: PdfAssets = {
  loadFont: () => fetchBytes(fontUrl),
  loadSubsetterWasm: () => fetchBytes(harfbuzzUrl),
};
