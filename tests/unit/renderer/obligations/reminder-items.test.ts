import { describe, expect, it } from 'vitest';
import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import { computeObligations, type Clock, type ObligationInput } from '@shared/obligations/obligation-engine';
import { maxReminderItems, reminderScheduleSchema } from '@shared/reminders/reminder-schedule';
import { reminderKeyOf, toReminderItems } from '@renderer/obligations/reminder-items';
import bundled from '../../../../assets/calendar/china-2004-2026.json';

const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
const day = 86_400_000;
const now = Date.parse('2026-11-28T10:00:00+08:00');
type Deletion = Readonly<{ id: string; triggeredAt: number; deletedAt: number | null }>;
const records = (deletions: readonly Deletion[], extra: readonly Clock[] = []): ObligationInput => ({
  letter: { signedAt: now - 10 * day, serviceEndedAt: null },
  clocks: [
    ...deletions.map((deletion) => ({ obligation: 'personal-information-deletion' as const, source: 'personal-information', recordId: deletion.id, startedAt: deletion.triggeredAt, doneAt: deletion.deletedAt, closedAt: null })),
    ...extra,
  ],
});

describe('reminders handed to main', () => {
  it('give one reminder per deadline for records due at the same instant, and none for done ones', () => {
    const items = computeObligations(
      records([
        { id: 'a', triggeredAt: now - 2 * day, deletedAt: null },
        { id: 'b', triggeredAt: now - 2 * day + 3_600_000, deletedAt: null },
        { id: 'c', triggeredAt: now - 5 * day, deletedAt: null },
        { id: 'd', triggeredAt: now - 2 * day, deletedAt: now },
      ]),
      calendar,
      now,
    );
    const reminders = toReminderItems(items, '张记小吃店');
    const deletions = reminders.filter((reminder) => reminder.id.startsWith('personal-information-deletion'));
    expect(deletions).toHaveLength(2);
    expect(deletions.map((reminder) => reminder.body)).toContain('条款 一(一)3；共 2 条记录');
    expect(reminders.map((reminder) => reminder.id)).toContain('training');
    // Every reminder opens the rows it stands for.
    for (const reminder of reminders) expect(items.some((item) => reminderKeyOf(item) === reminder.id)).toBe(true);
    expect(reminders.every((reminder) => reminder.title.startsWith('张记小吃店：'))).toBe(true);
  });

  it('stay within what main accepts however many records there are', () => {
    // Hour deadlines to the minute: 6,000 leaks make 12,000 distinct deadlines.
    const leaks = Array.from({ length: 6_000 }, (_, i) =>
      (['credential-leak-freeze', 'credential-leak-reset'] as const).map((obligation) => ({ obligation, source: 'credential-leak', recordId: `k${i}`, startedAt: now - i * 60_000, doneAt: null, closedAt: null })),
    ).flat();
    const items = computeObligations(records([], leaks), calendar, now);
    const reminders = toReminderItems(items, '店');
    expect(reminders).toHaveLength(maxReminderItems);
    // The most urgent are kept: the oldest leak's freeze is among them.
    expect(reminders.map((reminder) => reminder.id)).toContain(reminderKeyOf(items.find((item) => item.key === 'credential-leak-freeze:k5999')!));
    expect(reminderScheduleSchema.safeParse({ items: reminders }).success).toBe(true);
  });

  it('remind minutes ahead for hour deadlines (an incident) and days ahead for the others', () => {
    const incident: Clock[] = (['incident-contain', 'incident-notify'] as const).map((obligation) => ({ obligation, source: 'security-incident', recordId: 'i', startedAt: now - 40 * 60_000, doneAt: null, closedAt: null }));
    const reminders = toReminderItems(computeObligations(records([], incident), calendar, now), '店');
    expect(reminders.find((reminder) => reminder.id.startsWith('incident-notify'))).toMatchObject({ cadence: 'hours', dueAt: now + 20 * 60_000 });
    expect(reminders.find((reminder) => reminder.id === 'training')).toMatchObject({ cadence: 'days' });
  });
});
