import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test } from '@playwright/test';

// poppler-utils, as a reader of the PDF would use them (.ci/run installs them).

/** `pdftotext` of a file, page breaks as form feeds. */
export function pdfText(file: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** `pdfsig`'s report; it exits non-zero for a broken signature, so its output is taken either way. */
export function pdfSignatureReport(file: string): string {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
  }
}

/** `pdffonts` as text. */
export function pdfFonts(file: string): string {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
}

/** Renders pages with `pdftoppm` and returns the PNG files, in page order. */
export function renderPages(file: string, resolution = 110, first?: number, last?: number): string[] {
  // In the running test's output folder, which Playwright clears on each run.
  const parent = test.info().outputPath();
  mkdirSync(parent, { recursive: true });
  const directory = mkdtempSync(path.join(parent, 'pages-'));
  execFileSync('pdftoppm', ['-r', String(resolution), ...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), '-png', file, path.join(directory, 'page')]);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.png'))
    .sort()
    .map((name) => path.join(directory, name));
}

/** Decodes the QR code in a PNG, or null. */
export function decodeQr(pngFile: string): string | null {
  const image = PNG.sync.read(readFileSync(pngFile));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** Number of pages, from `pdfinfo`. */
export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/**
 * Counts ink pixels inside a region of a rendered page (given as fractions of
 * its size): 'blue' the signature's blue-black, 'red' seal ink, 'dark' any dark mark.
 */
export function inkInRegion(pngFile: string, region: { left: number; top: number; right: number; bottom: number }, ink: 'blue' | 'red' | 'dark' = 'blue'): number {
  const image = PNG.sync.read(readFileSync(pngFile));
  let count = 0;
  for (let y = Math.floor(region.top * image.height); y < region.bottom * image.height; y += 1) {
    for (let x = Math.floor(region.left * image.width); x < region.right * image.width; x += 1) {
      const offset = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!];
      const matches = ink === 'blue' ? b > r + 30 && b < 200 : ink === 'red' ? r > 150 && r > g + 60 && r > b + 60 : r + g + b < 300;
      if (matches) count += 1;
    }
  }
  return count;
}
