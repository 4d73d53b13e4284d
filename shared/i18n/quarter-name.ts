import { quarterParts, type ChinaQuarter } from '../calendar/china-quarter';
import { formatMessage } from './zh-CN';

/** A quarter as a merchant reads it: 2026 年第 4 季度. */
export function quarterNameZhCN(quarter: ChinaQuarter): string {
  const { year, quarter: number } = quarterParts(quarter);
  return formatMessage('dashboard.quarter', { year, quarter: number });
}
