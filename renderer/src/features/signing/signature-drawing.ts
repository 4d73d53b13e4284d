import SignaturePad, { type PointGroup } from 'signature_pad';
import type { SignatureCapture } from '@shared/signing/signature-strokes';

/** Ink and stroke widths of the pad, in CSS pixels of a 600-pixel-wide pad. */
export const inkOptions = { penColor: '#14215b', minWidth: 0.9, maxWidth: 3.4, velocityFilterWeight: 0.7 } as const;

type CurvePoint = { x: number; y: number; pressure: number; time: number; velocityFrom(other: CurvePoint): number };
type PadInternals = {
  _calculateCurveWidths: (start: CurvePoint, end: CurvePoint, options: { minWidth: number; maxWidth: number }) => { start: number; end: number };
  _lastWidth: number;
};

// A mouse reports 0.5 while a button is down, and devices without pressure 0
// or 1: only values strictly between, other than 0.5, come from a real sensor.
const hasPressure = (point: CurvePoint) => point.pressure > 0 && point.pressure < 1 && point.pressure !== 0.5;

/**
 * A SignaturePad whose stroke width follows pen pressure where the device
 * reports it. Workaround: signature_pad 5.1 records pressure in its points
 * but sizes strokes by velocity only; the width calculation is replaced,
 * falling back to velocity for a mouse.
 */
export function createPressurePad(canvas: HTMLCanvasElement, scale = 1): SignaturePad {
  const pad = new SignaturePad(canvas, {
    ...inkOptions,
    minWidth: inkOptions.minWidth * scale,
    maxWidth: inkOptions.maxWidth * scale,
    backgroundColor: 'rgba(0,0,0,0)',
  });
  const internals = pad as unknown as PadInternals;
  const byVelocity = internals._calculateCurveWidths.bind(pad);
  internals._calculateCurveWidths = (start, end, options) => {
    if (!hasPressure(end)) return byVelocity(start, end, options);
    const width = options.minWidth + (options.maxWidth - options.minWidth) * Math.min(1, end.pressure * 1.25);
    const widths = { start: internals._lastWidth, end: width };
    internals._lastWidth = width;
    return widths;
  };
  return pad;
}

/** The capture as signature_pad point groups for a pad of the given size. */
export function toPointGroups(capture: SignatureCapture, width: number, height: number, scale = 1): PointGroup[] {
  return capture.strokes.map((stroke) => ({
    ...inkOptions,
    minWidth: inkOptions.minWidth * scale,
    maxWidth: inkOptions.maxWidth * scale,
    dotSize: 0,
    compositeOperation: 'source-over',
    points: stroke.points.map((point) => ({ x: point.x * width, y: point.y * height, pressure: point.pressure, time: stroke.startedAt + point.t })),
  }));
}

/**
 * Draws the signature large on a transparent canvas, crops it to the ink and
 * returns it as a PNG with its aspect ratio (for the PDF's signature block).
 */
export async function renderSignaturePng(capture: SignatureCapture): Promise<{ png: Uint8Array<ArrayBuffer>; aspect: number }> {
  // About 380 dpi at the 42 pt the letter gives a signature (print needs 300);
  // the strokes themselves are kept as evidence.
  const width = 900;
  const height = Math.round(width / capture.aspectRatio);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const pad = createPressurePad(canvas, width / 600);
  pad.fromData(toPointGroups(capture, width, height, width / 600));
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  const { data } = context.getImageData(0, 0, width, height);
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((data[(y * width + x) * 4 + 3] ?? 0) > 8) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  if (right < 0) throw new Error('empty signature');
  const margin = 16;
  const crop = document.createElement('canvas');
  crop.width = right - left + 1 + margin * 2;
  crop.height = bottom - top + 1 + margin * 2;
  crop.getContext('2d')?.drawImage(canvas, left - margin, top - margin, crop.width, crop.height, 0, 0, crop.width, crop.height);
  const blob = await new Promise<Blob | null>((resolve) => crop.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('png encoding failed');
  return { png: new Uint8Array(await blob.arrayBuffer()), aspect: crop.width / crop.height };
}
