import { addDays, chinaDateOf, chinaMidnight, type ChinaDate } from './china-date';
import type { WorkCalendar } from './work-calendar';

/** A deadline: the instant it falls due, its China date, and whether any day counted was an estimate. */
export type Deadline = Readonly<{ dueAt: number; dueDate: ChinaDate; estimated: boolean }>;

/**
 * N working days from a trigger (the letter's clauses): counted from the day after
 * the trigger's China date, on official working days (holidays off, make-up
 * days on), ending at 24:00 China time of the N-th one.
 */
export function addWorkingDays(calendar: WorkCalendar, trigger: number, workingDays: number): Deadline {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError('working days must be a positive integer');
  let date = chinaDateOf(trigger);
  let counted = 0;
  let estimated = false;
  while (counted < workingDays) {
    date = addDays(date, 1);
    const kind = calendar.dayKind(date);
    estimated ||= kind.estimated;
    if (kind.working) counted += 1;
  }
  return { dueAt: chinaMidnight(addDays(date, 1)), dueDate: date, estimated };
}

/** An hour deadline: counted from the recorded moment, to the minute. */
export function addHours(trigger: number, hours: number): Deadline {
  const dueAt = trigger + hours * 3_600_000;
  return { dueAt, dueDate: chinaDateOf(dueAt), estimated: false };
}

/** A calendar-day period (90 days, a year…): due at 24:00 China time of the last day. */
export function addCalendarDays(trigger: number, days: number): Deadline {
  const dueDate = addDays(chinaDateOf(trigger), days);
  return { dueAt: chinaMidnight(addDays(dueDate, 1)), dueDate, estimated: false };
}

/** Whole working days from today (China) up to and including the due date; negative once past. */
export function workingDaysLeft(calendar: WorkCalendar, now: number, dueDate: ChinaDate): number {
  const today = chinaDateOf(now);
  if (dueDate < today) {
    let count = 0;
    for (let date = dueDate; date < today; date = addDays(date, 1)) if (calendar.dayKind(addDays(date, 1)).working) count -= 1;
    return Math.min(-1, count);
  }
  let count = 0;
  for (let date = today; date <= dueDate; date = addDays(date, 1)) if (calendar.dayKind(date).working) count += 1;
  return count;
}

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb), due at 24:00 China time. */
export function addCalendarMonths(trigger: number, months: number): Deadline {
  const [year, month, day] = chinaDateOf(trigger).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const dueDate = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay))).toISOString().slice(0, 10);
  return { dueAt: chinaMidnight(addDays(dueDate, 1)), dueDate, estimated: false };
}
