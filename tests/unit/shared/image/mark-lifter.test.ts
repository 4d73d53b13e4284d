import { describe, expect, it } from 'vitest';
import { liftMark, minimumImageSide, outputSide, type MarkKind, type MarkProblem } from '@shared/image/mark-lifter';
import type { RgbaImage } from '@shared/image/rgba-image';
import { black, blue, blur, paper, seal, thumbprint } from '../../../support/synthetic-marks';

const W = 900;
const H = 700;

const good: ReadonlyArray<[string, MarkKind, () => RgbaImage]> = [
  ['a thumbprint on white paper', 'thumbprint', () => thumbprint(paper(W, H), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24 })],
  ['a thumbprint on yellowed, unevenly lit, noisy paper', 'thumbprint', () => thumbprint(paper(W, H, { tint: [240, 228, 196], lightFall: 0.45, noise: 10, seed: 3 }), { cx: 0.45, cy: 0.55, rx: 0.13, ry: 0.22 })],
  ['a thumbprint with a hand shadow over it', 'thumbprint', () => thumbprint(paper(W, H, { shadow: { x: 0.5, y: 0.5, radius: 0.5, depth: 0.45 }, noise: 6 }), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24 })],
  ['a thumbprint under heavy JPEG-like noise', 'thumbprint', () => thumbprint(paper(W, H, { noise: 22, tint: [230, 220, 200], lightFall: 0.5 }), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24 })],
  ['a small thumbprint off centre', 'thumbprint', () => thumbprint(paper(W, H, { noise: 5 }), { cx: 0.3, cy: 0.4, rx: 0.05, ry: 0.09 })],
  ['a lightly inked thumbprint', 'thumbprint', () => thumbprint(paper(W, H, { noise: 5 }), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24, strength: 0.5 })],
  ['a round seal with text on tinted paper', 'seal', () => seal(paper(W, H, { tint: [236, 232, 220], lightFall: 0.3, noise: 8 }), { cx: 0.5, cy: 0.5, radius: 0.3 })],
  ['a seal scanned at the smallest size taken (200 × 200)', 'seal', () => seal(paper(minimumImageSide, minimumImageSide, { noise: 4 }), { cx: 0.5, cy: 0.5, radius: 0.4 })],
];

const bad: ReadonlyArray<[string, MarkProblem, MarkKind, () => RgbaImage]> = [
  ['an 8 × 8 picture, however red', 'too-small', 'thumbprint', () => ({ width: 8, height: 8, data: new Uint8ClampedArray(8 * 8 * 4).map((_, i) => (i % 4 === 0 || i % 4 === 3 ? 255 : 20)) })],
  ['a strip 150 pixels high', 'too-small', 'seal', () => seal(paper(900, 150, { noise: 5 }), { cx: 0.5, cy: 0.5, radius: 0.4 })],
  ['too faint', 'too-faint', 'thumbprint', () => thumbprint(paper(W, H, { noise: 5 }), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24, strength: 0.18 })],
  ['blank paper', 'too-faint', 'thumbprint', () => paper(W, H, { noise: 8, lightFall: 0.4 })],
  ['blurred', 'too-blurred', 'thumbprint', () => blur(thumbprint(paper(W, H, { noise: 3 }), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24 }), 5)],
  ['a blurred seal', 'too-blurred', 'seal', () => blur(seal(paper(W, H, { noise: 3 }), { cx: 0.5, cy: 0.5, radius: 0.3 }), 7)],
  ['cut off at the right edge', 'cut-off', 'thumbprint', () => thumbprint(paper(W, H, { noise: 5 }), { cx: 0.95, cy: 0.5, rx: 0.14, ry: 0.24 })],
  ['a seal cut off at the top', 'cut-off', 'seal', () => seal(paper(W, H, { noise: 5 }), { cx: 0.5, cy: 0.12, radius: 0.3 })],
  ['two thumbprints', 'two-marks', 'thumbprint', () => thumbprint(thumbprint(paper(W, H, { noise: 5 }), { cx: 0.27, cy: 0.5, rx: 0.12, ry: 0.22 }), { cx: 0.73, cy: 0.5, rx: 0.12, ry: 0.22 })],
  ['blue ink', 'not-red', 'thumbprint', () => thumbprint(paper(W, H, { noise: 5 }), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24, color: blue })],
  ['a black seal', 'not-red', 'seal', () => seal(paper(W, H, { noise: 5 }), { cx: 0.5, cy: 0.5, radius: 0.3, color: black })],
];

function alphaAt(image: RgbaImage, x: number, y: number): number {
  return image.data[(y * image.width + x) * 4 + 3]!;
}

describe('lifting a seal or thumbprint', () => {
  it.each(good)('accepts %s: transparent outside the mark and cropped to it', (_label, kind, make) => {
    const result = liftMark(make(), kind);
    expect(result.ok, JSON.stringify(result.metrics)).toBe(true);
    if (!result.ok) return;
    const { mark } = result;
    expect(Math.max(mark.width, mark.height)).toBe(outputSide);
    let [left, top, right, bottom] = [mark.width, mark.height, -1, -1];
    for (let y = 0; y < mark.height; y += 1) {
      for (let x = 0; x < mark.width; x += 1) {
        if (alphaAt(mark, x, y) > 0) {
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
    }
    // Cropped to the mark: ink reaches within 5% of every side, and never the very edge.
    expect(left).toBeLessThan(mark.width * 0.05);
    expect(top).toBeLessThan(mark.height * 0.05);
    expect(right).toBeGreaterThan(mark.width * 0.95);
    expect(bottom).toBeGreaterThan(mark.height * 0.95);
    expect(alphaAt(mark, 0, 0) + alphaAt(mark, mark.width - 1, 0) + alphaAt(mark, 0, mark.height - 1) + alphaAt(mark, mark.width - 1, mark.height - 1)).toBe(0);
    // Transparent outside: the corners of an oval or a round seal hold no ink at all.
    for (const [cx, cy] of [[0, 0], [mark.width - 1, 0], [0, mark.height - 1], [mark.width - 1, mark.height - 1]] as const) {
      for (let dy = 0; dy < mark.height * 0.08; dy += 1) {
        for (let dx = 0; dx < mark.width * 0.08; dx += 1) {
          expect(alphaAt(mark, Math.abs(cx - dx), Math.abs(cy - dy))).toBe(0);
        }
      }
    }
  });

  it.each(bad)('refuses %s with the reason %s', (_label, problem, kind, make) => {
    const result = liftMark(make(), kind);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });

  it('straightens a tilted thumbprint so it stands upright', () => {
    const result = liftMark(thumbprint(paper(W, H, { noise: 5 }), { cx: 0.5, cy: 0.5, rx: 0.13, ry: 0.23, angle: 25 }), 'thumbprint');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Math.abs(result.metrics.rotation - 25)).toBeLessThan(3);
    expect(result.mark.height).toBeGreaterThan(result.mark.width * 1.3);
  });

  it('leaves a round seal unrotated', () => {
    const result = liftMark(seal(paper(W, H, { noise: 5 }), { cx: 0.5, cy: 0.5, radius: 0.3 }), 'seal');
    expect(result.ok && result.metrics.rotation).toBe(0);
  });
});
