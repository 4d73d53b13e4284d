import { chinaDateOf, daysBetween } from '@shared/calendar/china-date';
import { workingDaysLeft } from '@shared/calendar/deadlines';
import type { WorkCalendar } from '@shared/calendar/work-calendar';
import type { DueItem } from '@shared/obligations/obligation-engine';
import { formatDate, formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';

/** When an item is due, in words: 还剩 3 个工作日 / 已逾期 2 小时 15 分 / 还剩 12 天. */
export function describeDue(item: DueItem, calendar: WorkCalendar, now: number): string {
  if (item.state === 'done' && item.lastDoneAt !== null) {
    const date = formatDate(item.lastDoneAt);
    if (item.late && item.dueAt !== null) return t('dashboard.due.doneLate', { date: item.unit === 'hours' ? formatDateTime(item.dueAt) : (item.dueDate ?? date) });
    return item.dueDate !== null && item.obligation.kind === 'recurring' && item.recordId === null ? t('dashboard.due.doneNext', { date, next: item.dueDate }) : t('dashboard.due.doneOn', { date });
  }
  if (item.dueAt === null || item.dueDate === null) return t('dashboard.due.noDeadline');
  if (item.state === 'missed') return t('dashboard.due.missed', { date: item.unit === 'hours' ? formatDateTime(item.dueAt) : item.dueDate });
  if (item.unit === 'hours') {
    const minutes = Math.floor(Math.abs(item.dueAt - now) / 60_000);
    const parts = { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
    return now < item.dueAt ? t('dashboard.due.hoursLeft', parts) : t('dashboard.due.hoursOverdue', parts);
  }
  if (item.unit === 'working-days') {
    const left = workingDaysLeft(calendar, now, item.dueDate);
    return left > 0 ? t('dashboard.due.workingDaysLeft', { count: left, date: item.dueDate }) : t('dashboard.due.workingDaysOverdue', { count: -left });
  }
  const days = daysBetween(chinaDateOf(now), item.dueDate);
  if (now >= item.dueAt) return t('dashboard.due.daysOverdue', { count: Math.max(1, -days) });
  return days === 0 ? t('dashboard.due.dueToday') : t('dashboard.due.daysLeft', { count: days, date: item.dueDate });
}

/** A calendar quarter as a merchant says it: 2026-Q4 → 2026 年第 4 季度. */
export function describePeriod(label: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  return match === null ? '' : t('dashboard.quarter', { year: match[1]!, quarter: match[2]! });
}
