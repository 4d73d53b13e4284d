import { liftMark } from '@shared/image/mark-lifter';
import { paper, thumbprint } from '../support/synthetic-marks';
import { median, round, type BenchFigure } from './bench-result';

/**
 * Lifting a thumbprint out of a 12-megapixel phone photo (4000 × 3000,
 * tinted paper, uneven light, noise), with the app's own pure pipeline,
 * median of five runs. In the app the same code runs in a worker.
 */
export function measureMarkLifting(runs = 5): BenchFigure {
  const photo = thumbprint(paper(4000, 3000, { tint: [238, 228, 204], lightFall: 0.4, noise: 9, seed: 11 }), { cx: 0.48, cy: 0.52, rx: 0.12, ry: 0.22, angle: 8 });
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const result = liftMark(photo, 'thumbprint');
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(`bench photo refused: ${result.problem}`);
  }
  return { name: 'lift a thumbprint from a 12-megapixel photo', value: round(median(samples) / 1000, 2), unit: 's', target: 1.5, better: 'lower', detail: `${runs} 次中位数，最慢 ${round(Math.max(...samples) / 1000, 2)} s` };
}
