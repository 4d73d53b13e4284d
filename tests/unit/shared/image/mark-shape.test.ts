import { describe, expect, it } from 'vitest';
import { liftMark, type MarkKind } from '@shared/image/mark-lifter';
import { classifyMarkShape } from '@shared/image/mark-shape';
import type { RgbaImage } from '@shared/image/rgba-image';
import { loopThumbprint, paper, realisticSeal, rotate, seal, thumbprint } from '../../../support/synthetic-marks';

// Each capture is accepted for its own kind and refused, with the reason that
// names what it is, for the other: a seal is not a thumbprint, a thumbprint
// is not a seal. Realistic variations: loop ridges set off the centre, patchy
// ink, oval and rotated seals, marks off centre, faint, small and large.

const W = 900;
const H = 700;

const thumbprints: ReadonlyArray<[string, () => RgbaImage]> = [
  ['a concentric thumbprint (the simple shape)', () => thumbprint(paper(W, H), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24 })],
  ['a thumbprint on yellowed, unevenly lit paper', () => thumbprint(paper(W, H, { tint: [240, 228, 196], lightFall: 0.45, noise: 10, seed: 3 }), { cx: 0.45, cy: 0.55, rx: 0.13, ry: 0.22 })],
  ['a small thumbprint off centre', () => thumbprint(paper(W, H, { noise: 5 }), { cx: 0.3, cy: 0.4, rx: 0.05, ry: 0.09 })],
  ['a lightly inked thumbprint', () => thumbprint(paper(W, H, { noise: 5 }), { cx: 0.5, cy: 0.5, rx: 0.14, ry: 0.24, strength: 0.5 })],
  ['a loop thumbprint, tilted', () => loopThumbprint(paper(W, H, { noise: 6 }), { cx: 0.5, cy: 0.5, rx: 0.16, ry: 0.27, angle: 10 })],
  ['a loop thumbprint off centre, turned the other way', () => loopThumbprint(paper(W, H, { noise: 8 }), { cx: 0.3, cy: 0.6, rx: 0.12, ry: 0.2, angle: -30, seed: 3 })],
  ['a faint, patchy loop thumbprint', () => loopThumbprint(paper(W, H, { noise: 6 }), { cx: 0.5, cy: 0.5, rx: 0.15, ry: 0.26, strength: 0.45, patchiness: 0.6, seed: 8 })],
  ['a tiny loop thumbprint with fine ridges', () => loopThumbprint(paper(W, H, { noise: 4 }), { cx: 0.6, cy: 0.4, rx: 0.06, ry: 0.1, period: 4 })],
  ['a large loop thumbprint in a large photo', () => loopThumbprint(paper(1400, 1100, { noise: 6 }), { cx: 0.5, cy: 0.5, rx: 0.2, ry: 0.35, seed: 9 })],
  ['a photo taken sideways', () => rotate(loopThumbprint(paper(W, W, { noise: 6 }), { cx: 0.5, cy: 0.5, rx: 0.15, ry: 0.25 }), 70)],
];

const seals: ReadonlyArray<[string, () => RgbaImage]> = [
  ['a round seal (the simple shape)', () => seal(paper(W, H, { tint: [236, 232, 220], lightFall: 0.3, noise: 8 }), { cx: 0.5, cy: 0.5, radius: 0.3 })],
  ['a company seal with characters, a centre line and a number', () => realisticSeal(paper(800, 800, { noise: 6 }), { cx: 0.5, cy: 0.5, radius: 0.36 })],
  ['an oval seal', () => realisticSeal(paper(W, H, { noise: 6 }), { cx: 0.5, cy: 0.5, radius: 0.3, squash: 1.35, characters: 10 })],
  ['a seal off centre, photographed at an angle', () => rotate(realisticSeal(paper(800, 800, { noise: 6 }), { cx: 0.45, cy: 0.55, radius: 0.3 }), 35)],
  ['a faint seal', () => realisticSeal(paper(800, 800, { noise: 6 }), { cx: 0.5, cy: 0.5, radius: 0.3, strength: 0.4, seed: 2 })],
  ['a small seal in a corner of a large photo', () => realisticSeal(paper(1200, 900, { noise: 6 }), { cx: 0.3, cy: 0.35, radius: 0.12, seed: 3 })],
  ['a seal with twenty characters and no centre line', () => realisticSeal(paper(800, 800, { noise: 6 }), { cx: 0.5, cy: 0.5, radius: 0.36, characters: 20, centreLine: false, seed: 4 })],
  ['a large seal in a large photo', () => realisticSeal(paper(1600, 1400, { noise: 6 }), { cx: 0.5, cy: 0.5, radius: 0.4, seed: 6 })],
];

function expectVerdict(image: RgbaImage, own: MarkKind, refusal: 'seal-not-thumbprint' | 'thumbprint-not-seal'): void {
  const accepted = liftMark(image, own);
  expect(accepted.ok, JSON.stringify(accepted.metrics)).toBe(true);
  expect(accepted.metrics.shape).toBe(own);
  const refused = liftMark(image, own === 'seal' ? 'thumbprint' : 'seal');
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.problem).toBe(refusal);
}

describe('telling a seal from a thumbprint', () => {
  it.each(thumbprints)('%s: a thumbprint, refused as a seal', (_label, make) => expectVerdict(make(), 'thumbprint', 'thumbprint-not-seal'));

  it.each(seals)('%s: a seal, refused as a thumbprint', (_label, make) => expectVerdict(make(), 'seal', 'seal-not-thumbprint'));

  it.each([
    ['many ridges, ink everywhere', { runs: 9, emptyCells: 0.02 }, 'thumbprint'],
    ['few strokes, wide gaps', { runs: 3, emptyCells: 0.4 }, 'seal'],
    ['a solid blob', { runs: 1, emptyCells: 0 }, 'unclear'],
    ['many strokes with gaps', { runs: 8, emptyCells: 0.3 }, 'unclear'],
    ['few strokes, a few gaps', { runs: 4, emptyCells: 0.15 }, 'unclear'],
  ] as const)('leaves what is neither plainly unclear: %s', (_label, metrics, shape) => {
    expect(classifyMarkShape(metrics)).toBe(shape);
  });
});
