import { clusterComponents, labelComponents } from './components';
import { computeInkMaps } from './ink-map';
import { cropMap, measureSharpness, orientMark, renderInk } from './mark-geometry';
import { classifyMarkShape, measureMarkShape, type MarkShape, type ShapeMetrics } from './mark-shape';
import { downscaleToFit, type Box, type FloatMap, type RgbaImage } from './rgba-image';

export type MarkKind = 'seal' | 'thumbprint';

/** Why a capture was refused, most basic first; each has a Chinese reason and a retry in the UI. */
export type MarkProblem = 'too-small' | 'not-red' | 'too-faint' | 'two-marks' | 'cut-off' | 'too-blurred' | 'seal-not-thumbprint' | 'thumbprint-not-seal';

export type MarkMetrics = Readonly<{
  redPixels: number;
  otherInkPixels: number;
  marks: number;
  strength: number;
  sharpness: number;
  rotation: number;
  shape: MarkShape | null;
  shapeMetrics: ShapeMetrics | null;
}>;

export type LiftResult =
  | Readonly<{ ok: true; mark: RgbaImage; metrics: MarkMetrics }>
  | Readonly<{ ok: false; problem: MarkProblem; metrics: MarkMetrics }>;

/** Side of the working copy: enough for a seal or a thumbprint, fast for a 12-megapixel photo. */
export const workingSide = 1600;

/** Longest side of the lifted mark, as it goes into the PDF. */
export const outputSide = 600;

/**
 * Smallest picture, in pixels on each side, that can hold a mark worth
 * checking: below it a thumbprint's ridges or a seal's characters are not
 * there to see, whatever the ink.
 */
export const minimumImageSide = 200;

/** The file types a capture may come in (what the worker can decode). */
export const markFileExtensions = ['jpg', 'jpeg', 'png', 'webp'] as const;

const thresholds = {
  inkRed: 0.12,
  strongRed: 0.15,
  otherInkDark: 0.35,
  otherInkRed: 0.05,
  minimumStrength: 0.19,
  minimumSharpness: 0.145,
} as const;

function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor(values.length * fraction))]!;
}

function inkOnBorder(red: FloatMap, box: Box): boolean {
  const edges: [boolean, (i: number) => number, number][] = [
    [box.left <= 1, (i) => i * red.width + box.left, red.height],
    [box.right >= red.width - 2, (i) => i * red.width + box.right, red.height],
    [box.top <= 1, (i) => box.top * red.width + i, red.width],
    [box.bottom >= red.height - 2, (i) => box.bottom * red.width + i, red.width],
  ];
  return edges.some(([touches, index, length]) => {
    if (!touches) return false;
    let count = 0;
    for (let i = 0; i < length; i += 1) if (red.data[index(i)]! > thresholds.inkRed) count += 1;
    return count >= 3;
  });
}

/**
 * Lifts red ink (a seal, or a thumbprint from a red ink pad) out of a photo
 * or a scan onto transparency: paper colour, uneven light and shadows are
 * divided away, the mark is found, checked (not red, too faint, two marks,
 * cut off at an edge, too blurred), straightened where its shape allows,
 * cropped with a margin and scaled to a standard size. Pure: RGBA in, RGBA out.
 */
export function liftMark(image: RgbaImage, kind: MarkKind): LiftResult {
  const empty = { redPixels: 0, otherInkPixels: 0, marks: 0, strength: 0, sharpness: 0, rotation: 0, shape: null, shapeMetrics: null };
  if (Math.min(image.width, image.height) < minimumImageSide) return { ok: false, problem: 'too-small', metrics: empty };
  const work = downscaleToFit(image, workingSide);
  const { red, dark } = computeInkMaps(work);
  const pixels = red.data.length;

  let redPixels = 0;
  let otherInkPixels = 0;
  const mask = new Uint8Array(pixels);
  for (let i = 0; i < pixels; i += 1) {
    if (red.data[i]! > thresholds.inkRed) mask[i] = 1;
    if (red.data[i]! > thresholds.strongRed) redPixels += 1;
    else if (dark.data[i]! > thresholds.otherInkDark && red.data[i]! < thresholds.otherInkRed) otherInkPixels += 1;
  }
  const base = { ...empty, redPixels, otherInkPixels };
  if (otherInkPixels > Math.max(2 * redPixels, pixels * 0.002)) return { ok: false, problem: 'not-red', metrics: base };

  const side = Math.max(work.width, work.height);
  const components = labelComponents(mask, work.width, work.height, Math.max(6, Math.round(pixels * 0.00002)));
  const clusters = clusterComponents(components, Math.round(side * 0.03));
  const largest = clusters[0];
  if (largest === undefined || largest.area < pixels * 0.0015) return { ok: false, problem: 'too-faint', metrics: base };
  const marks = clusters.filter((cluster) => cluster.area >= largest.area * 0.2).length;

  const strengths: number[] = [];
  for (let y = largest.box.top; y <= largest.box.bottom; y += 1) {
    for (let x = largest.box.left; x <= largest.box.right; x += 1) {
      const value = red.data[y * work.width + x]!;
      if (value > 0.08) strengths.push(value);
    }
  }
  const strength = percentile(strengths, 0.9);
  const metrics = { ...base, marks, strength };
  if (strength < thresholds.minimumStrength) return { ok: false, problem: 'too-faint', metrics };
  if (marks > 1) return { ok: false, problem: 'two-marks', metrics };
  if (inkOnBorder(red, largest.box)) return { ok: false, problem: 'cut-off', metrics };

  const margin = Math.round(Math.max(largest.box.right - largest.box.left, largest.box.bottom - largest.box.top) * 0.06) + 2;
  const crop = cropMap(red, largest.box, margin);
  const sharpness = measureSharpness(crop, strength);
  if (sharpness < thresholds.minimumSharpness) return { ok: false, problem: 'too-blurred', metrics: { ...metrics, sharpness } };

  const shapeMetrics = measureMarkShape(crop, { left: margin, top: margin, right: crop.width - margin - 1, bottom: crop.height - margin - 1 }, thresholds.inkRed, strength);
  const shape = classifyMarkShape(shapeMetrics);
  const measured = { ...metrics, sharpness, shape, shapeMetrics };
  if (kind === 'thumbprint' && shape === 'seal') return { ok: false, problem: 'seal-not-thumbprint', metrics: measured };
  if (kind === 'seal' && shape === 'thumbprint') return { ok: false, problem: 'thumbprint-not-seal', metrics: measured };

  const oriented = orientMark(crop, kind);
  return {
    ok: true,
    mark: renderInk(oriented.map, outputSide),
    metrics: { ...measured, rotation: oriented.rotation },
  };
}
