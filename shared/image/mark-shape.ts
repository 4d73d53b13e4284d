import { sampleBilinear, type Box, type FloatMap } from './rgba-image';

/**
 * What a mark looks like: a seal (a ring, a star and characters: a few
 * strokes with empty paper between them) or a thumbprint (ridges side by
 * side across the whole print); 'unclear' when neither shows plainly.
 */
export type MarkShape = 'seal' | 'thumbprint' | 'unclear';

export type ShapeMetrics = Readonly<{
  /** Strokes crossed going out from the centre to the rim, median over all directions: ridges give many. */
  runs: number;
  /** Share of the inner area (to 80% of the rim) in cells a tenth of the radius wide without any ink: a seal's gaps. */
  emptyCells: number;
}>;

const rays = 180;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** How far the ink reaches from the centre in each direction, smoothed over neighbouring directions against stray wisps. */
function findRim(red: FloatMap, cx: number, cy: number, threshold: number): number[] {
  const reach = Math.hypot(red.width, red.height) / 2;
  const raw = Array.from({ length: rays }, (_, ray) => {
    const angle = (ray / rays) * 2 * Math.PI;
    const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
    let rim = 0;
    for (let r = 0; r < reach; r += 0.5) {
      if (sampleBilinear(red, cx + dx * r, cy + dy * r) > threshold) rim = r;
    }
    return rim;
  });
  return raw.map((_, ray) => median(Array.from({ length: 9 }, (__, k) => raw[(ray + k - 4 + rays) % rays]!)));
}

/**
 * Strokes or ridges crossed along one ray between two radii: rises and falls
 * of the ink by at least `prominence`, so a ridge blurred into its
 * neighbours still counts and noise on a solid stroke does not.
 */
function countRuns(red: FloatMap, cx: number, cy: number, angle: number, from: number, to: number, prominence: number): number {
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  let [runs, rising, low, high] = [0, true, Infinity, -Infinity];
  for (let r = from; r <= to; r += 0.5) {
    const value = sampleBilinear(red, cx + dx * r, cy + dy * r);
    if (rising) {
      low = Math.min(low, value);
      if (value - low >= prominence) [rising, high] = [false, value];
    } else {
      high = Math.max(high, value);
      if (high - value >= prominence) [runs, rising, low] = [runs + 1, true, value];
    }
  }
  return rising ? runs : runs + 1;
}

function countEmptyCells(red: FloatMap, cx: number, cy: number, rim: readonly number[], cell: number, threshold: number): number {
  let [cells, empty] = [0, 0];
  for (let top = 0; top + cell <= red.height; top += cell) {
    for (let left = 0; left + cell <= red.width; left += cell) {
      const [mx, my] = [left + cell / 2 - cx, top + cell / 2 - cy];
      const ray = Math.round((((Math.atan2(my, mx) / (2 * Math.PI)) * rays) % rays + rays) % rays) % rays;
      if (Math.hypot(mx, my) > rim[ray]! * 0.8) continue;
      cells += 1;
      let inked = false;
      for (let y = Math.floor(top); y < top + cell && !inked; y += 1) {
        for (let x = Math.floor(left); x < left + cell && !inked; x += 1) inked = red.data[y * red.width + x]! > threshold;
      }
      if (!inked) empty += 1;
    }
  }
  return cells === 0 ? 0 : empty / cells;
}

/**
 * The measures of a mark's shape, on its red map within `box`; `threshold`
 * is what counts as ink, `strength` the ink's typical value in this mark.
 */
export function measureMarkShape(red: FloatMap, box: Box, threshold: number, strength: number): ShapeMetrics {
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const rim = findRim(red, cx, cy, threshold);
  const meanRim = rim.reduce((sum, value) => sum + value, 0) / rays;
  if (meanRim < 4) return { runs: 0, emptyCells: 0 };
  const runs = median(rim.map((r, ray) => countRuns(red, cx, cy, (ray / rays) * 2 * Math.PI, r * 0.1, r * 0.9, strength * 0.25)));
  const emptyCells = countEmptyCells(red, cx, cy, rim, Math.max(2, meanRim / 10), threshold);
  return { runs, emptyCells };
}

/**
 * Seal or thumbprint, from the measures: many ridges crossed on the way out
 * and ink in nearly every cell make a thumbprint; few strokes with empty
 * paper between them, a seal. Anything between is left unclear (and let
 * through), never guessed.
 */
export function classifyMarkShape(metrics: ShapeMetrics): MarkShape {
  if (metrics.runs >= 6 && metrics.emptyCells <= 0.12) return 'thumbprint';
  if (metrics.emptyCells >= 0.2 && metrics.runs <= 5) return 'seal';
  return 'unclear';
}
