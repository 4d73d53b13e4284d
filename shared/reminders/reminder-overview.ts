import type { ReminderItem } from './reminder-schedule';

const hourMs = 3_600_000;

/** One workspace's duties as its kept schedule tells them, without unlocking it. */
export type ScheduleSummary = Readonly<{ overdue: number; dueSoon: number; mostUrgent: ReminderItem | null }>;

/**
 * Counts a kept schedule's overdue and due-soon items at `now`: due soon is
 * within the hour for an hour deadline, within 7 days for a day deadline —
 * when the reminders start. The schedule holds only duties not yet done.
 */
export function summarizeSchedule(items: readonly ReminderItem[], now: number): ScheduleSummary {
  let overdue = 0;
  let dueSoon = 0;
  let mostUrgent: ReminderItem | null = null;
  for (const item of items) {
    if (item.dueAt <= now) overdue += 1;
    else if (item.dueAt - now <= (item.cadence === 'hours' ? hourMs : 7 * 24 * hourMs)) dueSoon += 1;
    if (mostUrgent === null || item.dueAt < mostUrgent.dueAt) mostUrgent = item;
  }
  return { overdue, dueSoon, mostUrgent: overdue + dueSoon > 0 ? mostUrgent : null };
}

/** A reminder's duty without the workspace label it is titled with ("门店：更换接口凭证" → "更换接口凭证"). */
export function dutyTitleOf(item: ReminderItem): string {
  const separator = item.title.indexOf('：');
  return separator === -1 ? item.title : item.title.slice(separator + 1);
}
