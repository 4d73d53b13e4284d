/** One line of bench-results.json. */
export type BenchResult = Readonly<{
  name: string;
  value: number;
  unit: string;
  target: number;
  better: 'lower' | 'higher';
}>;

/** A measured figure with, where it is a ratio, the two sides it came from. */
export type BenchFigure = BenchResult & Readonly<{ detail?: string }>;

/** True when the figure meets its target. */
export function meetsTarget(figure: BenchResult): boolean {
  return figure.better === 'lower' ? figure.value <= figure.target : figure.value >= figure.target;
}

/** The median of a list of samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Rounds to a few significant decimals for the table and the JSON. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
