import { toChinaDateString } from '@shared/time/china-time';

// The words and dates every copy of the letter carries, apart from the PDF
// code, so screens can use them without loading it.

/** The two originals, in the order they are printed. */
export const copyLabels = ['经营者留存联', '服务提供方留存联'] as const;

/** Page footer text. */
export function pageLabel(page: number, total: number): string {
  return `第 ${page} 页 共 ${total} 页`;
}

/** China calendar date of an instant as numbers, for the date line. */
export function chinaDateParts(epochMs: number): { year: number; month: number; day: number } {
  const [year, month, day] = toChinaDateString(epochMs).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
