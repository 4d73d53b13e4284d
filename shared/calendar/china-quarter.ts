import { addDays, chinaDateOf, chinaMidnight } from './china-date';

/** A calendar quarter in China time, as `2026-Q4`. */
export type ChinaQuarter = string;

const quarterPattern = /^(\d{4})-Q([1-4])$/;

/** True for a quarter label such as `2026-Q4`. */
export function isChinaQuarter(value: string): boolean {
  return quarterPattern.test(value);
}

/** The quarter an instant falls in, in China time. */
export function quarterOfInstant(instant: number): ChinaQuarter {
  const [year, month] = chinaDateOf(instant).split('-').map(Number) as [number, number];
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Year and quarter number of a label; throws for a malformed one (callers check with `isChinaQuarter`). */
export function quarterParts(quarter: ChinaQuarter): Readonly<{ year: number; quarter: number }> {
  const match = quarterPattern.exec(quarter);
  if (match === null) throw new RangeError(`not a quarter: ${quarter}`);
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

/**
 * The first instant of a quarter and the first instant after it (00:00 China
 * time of its first day and of the next quarter's first day).
 */
export function quarterBounds(quarter: ChinaQuarter): Readonly<{ start: number; end: number; firstDay: string; lastDay: string }> {
  const { year, quarter: number } = quarterParts(quarter);
  const firstDay = `${year}-${String((number - 1) * 3 + 1).padStart(2, '0')}-01`;
  const nextFirstDay = number === 4 ? `${year + 1}-01-01` : `${year}-${String(number * 3 + 1).padStart(2, '0')}-01`;
  return { start: chinaMidnight(firstDay), end: chinaMidnight(nextFirstDay), firstDay, lastDay: addDays(nextFirstDay, -1) };
}

/** The quarter after one. */
export function nextQuarter(quarter: ChinaQuarter): ChinaQuarter {
  return quarterOfInstant(quarterBounds(quarter).end);
}

/** Every quarter from the one of `from` to the one of `to`, oldest first (empty when `from` is later). */
export function quartersBetween(from: number, to: number): ChinaQuarter[] {
  const last = quarterOfInstant(to);
  const quarters: ChinaQuarter[] = [];
  if (from > to) return quarters;
  for (let quarter = quarterOfInstant(from); ; quarter = nextQuarter(quarter)) {
    quarters.push(quarter);
    if (quarter === last) return quarters;
  }
}
