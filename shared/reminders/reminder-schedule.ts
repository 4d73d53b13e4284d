import { z } from 'zod';
import { addDays, chinaMidnight } from '../calendar/china-date';
import { chinaDateOf } from '../calendar/china-date';

const minute = 60_000;
const hour = 60 * minute;

// A notification is seen by anyone near the screen: it names the duty and
// the clause, never a person or a number. Long digit runs are refused outright.
const withoutPersonalData = (text: string) => !/\d{7,}/.test(text.replace(/[\s-]/g, ''));

/** One deadline main keeps and reminds of: id, wording without personal data, due time, cadence. */
export const reminderItemSchema = z.object({
  id: z.string().min(1).max(120),
  title: z.string().min(1).max(60).refine(withoutPersonalData, { message: 'personal-data' }),
  body: z.string().max(200).refine(withoutPersonalData, { message: 'personal-data' }),
  dueAt: z.number().int().nonnegative(),
  cadence: z.enum(['days', 'hours']),
});

/** The most reminders main keeps for one workspace. */
export const maxReminderItems = 5_000;
export const reminderScheduleSchema = z.object({ items: z.array(reminderItemSchema).max(maxReminderItems) });

export type ReminderItem = z.infer<typeof reminderItemSchema>;
export type ReminderSchedule = z.infer<typeof reminderScheduleSchema>;

/**
 * When a deadline is reminded of, in (from, to]: day
 * deadlines at 09:00 China time 7 days and 1 day before and on the day, then
 * every day while overdue; hour deadlines 30 and 10 minutes before, at the
 * time, then every 30 minutes while overdue.
 */
export function reminderTimes(item: ReminderItem, from: number, to: number): number[] {
  const times: number[] = [];
  const push = (time: number) => {
    if (time > from && time <= to) times.push(time);
  };
  if (item.cadence === 'hours') {
    push(item.dueAt - 30 * minute);
    push(item.dueAt - 10 * minute);
    const first = item.dueAt + Math.max(0, Math.ceil((from - item.dueAt) / (30 * minute))) * 30 * minute;
    for (let time = first; time <= to; time += 30 * minute) push(time);
    return times;
  }
  // dueAt is 24:00 of the due date: the due date itself is the day before.
  const dueDate = chinaDateOf(item.dueAt - 1);
  const nineAm = (offsetDays: number) => chinaMidnight(addDays(dueDate, offsetDays)) + 9 * hour;
  push(nineAm(-7));
  push(nineAm(-1));
  push(nineAm(0));
  const firstOverdue = Math.max(1, Math.ceil((from - nineAm(0)) / (24 * hour)));
  for (let day = firstOverdue; nineAm(day) <= to; day += 1) push(nineAm(day));
  return times;
}

/** The next reminder time of any item after `now`, or null when none is left. */
export function nextReminderTime(items: readonly ReminderItem[], now: number, horizon = 400 * 24 * hour): number | null {
  let next: number | null = null;
  for (const item of items) {
    const [first] = reminderTimes(item, now, now + horizon);
    if (first !== undefined && (next === null || first < next)) next = first;
  }
  return next;
}

/** Request of `reminders:set-schedule`: the whole schedule of one workspace. */
export const workspaceScheduleSchema = z.object({
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  items: reminderScheduleSchema.shape.items,
});

export type WorkspaceSchedule = z.infer<typeof workspaceScheduleSchema>;

/** Every workspace's schedule as the host keeps it (workspace id → its items, ids as the renderer gave them). */
export const reminderOverviewSchema = z.record(z.string().regex(/^[0-9a-f]{32}$/), reminderScheduleSchema.shape.items);
export type ReminderOverview = z.infer<typeof reminderOverviewSchema>;

/** How reminders can work here. */
export type ReminderSettings = Readonly<{ notifications: 'system' | 'browser-granted' | 'browser-default' | 'browser-denied' | 'unsupported'; startAtLogin: boolean | null }>;
