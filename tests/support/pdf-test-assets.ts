import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { PdfAssets } from '@renderer/pdf/pdf-factory';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The shipped CJK font and the HarfBuzz subsetter, read from disk as the page would fetch them. */
export const fontBytes = new Uint8Array(readFileSync(path.join(root, 'assets/fonts/wqy-microhei.ttf')));
export const subsetterWasm = new Uint8Array(readFileSync(path.join(root, 'node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm')));
export const nodePdfAssets: PdfAssets = { loadFont: async () => fontBytes, loadSubsetterWasm: async () => subsetterWasm };

/** A synthetic "signature": a blue diagonal on transparency, as a PNG. */
export function syntheticSignaturePng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  for (let x = 0; x < width; x += 1) {
    const offset = (Math.floor((x / width) * (height - 2)) * width + x) * 4;
    png.data[offset + 2] = 150;
    png.data[offset + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** A temporary folder for the PDFs a test file writes for poppler to read, removed by the returned function. */
export function pdfWorkDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sms-ca-unit-pdf-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
