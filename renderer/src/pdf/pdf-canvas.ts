import { jsPDF } from 'jspdf';
import QRCode from 'qrcode';
import { bytesToBase64 } from '@shared/encoding/base64';
import type { LayoutElement, LayoutModel, SizedMeasure } from '@shared/pdf/layout-model';

export type PdfImage = Readonly<{ data: Uint8Array; format: 'PNG' | 'JPEG' }>;
export type PdfMetadata = Readonly<{ title: string; subject: string; keywords: string; author: string; creator: string }>;

const fontFamily = 'WenQuanYiMicroHei';

/**
 * The name a subset font goes by in the PDF: six capital letters that differ
 * between subsets, '+', the family (ISO 32000-1, 9.6.4), so readers know the
 * font is not whole. The letters come from an FNV-1a hash of the subset.
 */
export function subsetFontName(fontBytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of fontBytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return `${tag}+${fontFamily}`;
}

/**
 * jsPDF reports a broken font only through console.error ("jsPDF PubSub
 * Error") and then writes a file without text. This runs a step and turns
 * such a report into an exception.
 */
function failOnPubSubError<T>(step: () => T): T {
  const original = console.error;
  const reports: string[] = [];
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('jsPDF PubSub Error')) reports.push(String(args[1]));
    else original(...args);
  };
  try {
    const result = step();
    if (reports.length > 0) throw new Error(`jsPDF: ${reports.join('; ')}`);
    return result;
  } finally {
    console.error = original;
  }
}

function isSubsettable(metadata: unknown): metadata is { subset: { encode: () => ArrayLike<number> } } {
  if (typeof metadata !== 'object' || metadata === null || !('subset' in metadata)) return false;
  const subset = metadata.subset;
  return typeof subset === 'object' && subset !== null && 'encode' in subset && typeof subset.encode === 'function';
}

/**
 * A jsPDF document with the (subset) CJK font embedded as Identity-H, so the
 * text stays selectable and extractable; `measure` uses that font's widths.
 */
export function createPdfCanvas(fontBytes: Uint8Array, metadata: PdfMetadata) {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const fontName = subsetFontName(fontBytes);
  failOnPubSubError(() => {
    doc.addFileToVFS(`${fontName}.ttf`, bytesToBase64(fontBytes));
    doc.addFont(`${fontName}.ttf`, fontName, 'normal', 'Identity-H');
    doc.setFont(fontName, 'normal');
  });
  // jsPDF would subset the font again when writing the file, in pure JS (half
  // a second for a CJK letter). The bytes given are already the subset (see
  // pdf-factory), and jsPDF writes text as glyph ids of exactly these bytes
  // (CIDToGIDMap /Identity), so they are embedded as they are.
  const loaded: unknown = doc.getFont().metadata;
  if (!isSubsettable(loaded)) throw new Error('jsPDF: unexpected font object');
  loaded.subset.encode = () => fontBytes;
  doc.setProperties(metadata);
  const measure: SizedMeasure = (text, size) => doc.getStringUnitWidth(text) * size;
  if (!(measure('责', 10) > 0)) throw new Error('jsPDF: the CJK font did not load');

  const drawElement = (element: LayoutElement, images: ReadonlyMap<string, PdfImage>) => {
    switch (element.kind) {
      case 'text':
        doc.setFontSize(element.size);
        doc.text(element.text, element.x, element.y, element.align ? { align: element.align } : {});
        break;
      case 'image': {
        const image = images.get(element.imageId);
        if (image === undefined) throw new Error(`missing image ${element.imageId}`);
        doc.addImage(image.data, image.format, element.x, element.y, element.width, element.height, element.imageId, 'FAST');
        break;
      }
      case 'clipped-image': {
        const image = images.get(element.imageId);
        if (image === undefined) throw new Error(`missing image ${element.imageId}`);
        const [x, y, width, height] = element.clip;
        doc.saveGraphicsState();
        doc.rect(x, y, width, height, null);
        doc.clip();
        doc.discardPath();
        doc.addImage(image.data, image.format, element.x, element.y, element.width, element.height, element.imageId, 'FAST');
        doc.restoreGraphicsState();
        break;
      }
      case 'checkbox':
        doc.setLineWidth(0.8);
        doc.rect(element.x, element.y, element.size, element.size);
        if (element.checked) {
          doc.setLineWidth(1.4);
          doc.lines([[element.size * 0.28, element.size * 0.32], [element.size * 0.5, -element.size * 0.62]], element.x + element.size * 0.15, element.y + element.size * 0.5);
        }
        break;
      case 'line':
        doc.setLineWidth(element.width);
        doc.line(element.x1, element.y1, element.x2, element.y2);
        break;
      case 'qr':
        drawQr(doc, element.value, element.x, element.y, element.size);
        break;
      default: {
        const unreachable: never = element;
        throw new Error(`unknown element ${String(unreachable)}`);
      }
    }
  };

  return {
    measure,
    /** Draws every page of the model, then returns the PDF's bytes. */
    render(model: LayoutModel, images: ReadonlyMap<string, PdfImage>): Uint8Array<ArrayBuffer> {
      return failOnPubSubError(() => {
        model.pages.forEach((page, index) => {
          if (index > 0) doc.addPage('a4', 'portrait');
          for (const element of page.elements) drawElement(element, images);
        });
        return new Uint8Array(doc.output('arraybuffer'));
      });
    },
  };
}

// The QR code as vector squares: sharp when printed, no image to embed.
function drawQr(doc: jsPDF, value: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 4;
  const cell = size / (count + quiet * 2);
  doc.setFillColor(0, 0, 0);
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (qr.modules.get(row, column)) doc.rect(x + (column + quiet) * cell, y + (row + quiet) * cell, cell, cell, 'F');
    }
  }
}
