import { describe, expect, it } from 'vitest';
import { dutyTitleOf, summarizeSchedule } from '@shared/reminders/reminder-overview';
import type { ReminderItem } from '@shared/reminders/reminder-schedule';

const now = Date.parse('2026-11-28T10:00:00+08:00');
const hour = 3_600_000;
const item = (id: string, dueAt: number, cadence: ReminderItem['cadence']): ReminderItem => ({ id, title: `城东门店：事项${id}`, body: '条款 一(三)2', dueAt, cadence });

describe('a kept schedule, summed up without unlocking', () => {
  it('counts overdue items and those due within the hour (hour deadlines) or 7 days (day deadlines), the earliest first', () => {
    const summary = summarizeSchedule(
      [item('a', now + 3 * 24 * hour, 'days'), item('b', now - 2 * hour, 'days'), item('c', now + 30 * 60_000, 'hours'), item('d', now + 2 * hour, 'hours'), item('e', now + 30 * 24 * hour, 'days')],
      now,
    );
    expect(summary).toMatchObject({ overdue: 1, dueSoon: 2 });
    expect(summary.mostUrgent?.id).toBe('b');
  });

  it('has nothing to point at when nothing is overdue or due soon', () => {
    expect(summarizeSchedule([item('e', now + 30 * 24 * hour, 'days')], now)).toEqual({ overdue: 0, dueSoon: 0, mostUrgent: null });
    expect(summarizeSchedule([], now)).toEqual({ overdue: 0, dueSoon: 0, mostUrgent: null });
  });

  it('names the duty without the workspace label', () => {
    expect(dutyTitleOf(item('x', now, 'days'))).toBe('事项x');
    expect(dutyTitleOf({ ...item('x', now, 'days'), title: '无标签事项' })).toBe('无标签事项');
  });
});
