import { describe, expect, it } from 'vitest';
import { createReminderRunner, type ReminderNotice } from '@shared/reminders/reminder-runner';
import { reminderScheduleSchema, reminderTimes, type ReminderItem } from '@shared/reminders/reminder-schedule';

const hour = 3_600_000;
const at = (text: string) => Date.parse(`${text}+08:00`);

const rotation: ReminderItem = { id: 'credential-rotation', title: '接口凭证到期更换', body: '条款 一(三)2', dueAt: at('2026-12-11T00:00:00'), cadence: 'days' };
const incident: ReminderItem = { id: 'incident-notify:x', title: '安全事件 1 小时内书面报告', body: '条款 一(四)2', dueAt: at('2026-11-28T11:00:00'), cadence: 'hours' };

// A fake clock and timer queue standing in for setTimeout and Date.now.
function fakeClock(start: number) {
  let now = start;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    now: () => now,
    setTimer: (run: () => void, delay: number) => {
      const id = nextId++;
      timers.push({ at: now + delay, run, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
    advanceTo(target: number) {
      for (;;) {
        const due = timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
        if (due === undefined) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.run();
      }
      now = target;
    },
  };
}

describe('reminder times', () => {
  it('day deadlines: 09:00 China time 7 days and 1 day before, on the day, then daily while overdue', () => {
    const times = reminderTimes(rotation, at('2026-11-28T00:00:00'), at('2026-12-13T23:59:00'));
    expect(times.map((time) => new Date(time + 8 * hour).toISOString().slice(0, 16))).toEqual([
      '2026-12-03T09:00',
      '2026-12-09T09:00',
      '2026-12-10T09:00',
      '2026-12-11T09:00',
      '2026-12-12T09:00',
      '2026-12-13T09:00',
    ]);
  });

  it('hour deadlines: 30 and 10 minutes before, at the time, then every 30 minutes while overdue', () => {
    const times = reminderTimes(incident, at('2026-11-28T10:00:00'), at('2026-11-28T12:00:00'));
    expect(times.map((time) => new Date(time + 8 * hour).toISOString().slice(11, 16))).toEqual(['10:30', '10:50', '11:00', '11:30', '12:00']);
  });

  it('refuses a schedule that carries a phone number', () => {
    expect(reminderScheduleSchema.safeParse({ items: [{ ...rotation, body: '联系 13812345678' }] }).success).toBe(false);
    expect(reminderScheduleSchema.safeParse({ items: [{ ...rotation, title: '138 1234 5678 的删除' }] }).success).toBe(false);
    expect(reminderScheduleSchema.safeParse({ items: [rotation, incident] }).success).toBe(true);
  });
});

describe('the reminder runner (fake clock)', () => {
  it('fires every reminder at its time', () => {
    const clock = fakeClock(at('2026-11-28T10:00:00'));
    const fired: ReminderNotice[] = [];
    const runner = createReminderRunner({ ...clock, notify: (notice) => fired.push(notice), save: () => undefined }, null);
    runner.setSchedule([incident]);
    clock.advanceTo(at('2026-11-28T11:40:00'));
    expect(fired.map((notice) => [new Date(notice.firedAt + 8 * hour).toISOString().slice(11, 16), notice.overdue])).toEqual([
      ['10:30', false],
      ['10:50', false],
      ['11:00', true],
      ['11:30', true],
    ]);
  });

  it('after a restart past missed times, fires the catch-up once per item', () => {
    const clock = fakeClock(at('2026-11-28T10:00:00'));
    let saved = null as Parameters<typeof createReminderRunner>[1];
    const first = createReminderRunner({ ...clock, notify: () => undefined, save: (state) => (saved = state) }, null);
    first.setSchedule([incident, rotation]);
    first.stop();

    const later = fakeClock(at('2026-12-10T12:00:00'));
    const fired: ReminderNotice[] = [];
    const restarted = createReminderRunner({ ...later, notify: (notice) => fired.push(notice), save: () => undefined }, saved);
    restarted.catchUp();
    expect(fired.map((notice) => notice.item.id).sort()).toEqual(['credential-rotation', 'incident-notify:x']);
    expect(fired.find((notice) => notice.item.id === 'incident-notify:x')?.overdue).toBe(true);
    restarted.catchUp();
    expect(fired).toHaveLength(2);
  });

  it('carries no phone number or name in what it fires', () => {
    const clock = fakeClock(at('2026-11-28T10:00:00'));
    const fired: ReminderNotice[] = [];
    const runner = createReminderRunner({ ...clock, notify: (notice) => fired.push(notice), save: () => undefined }, null);
    runner.setSchedule(reminderScheduleSchema.parse({ items: [incident, rotation] }).items);
    clock.advanceTo(at('2026-12-15T00:00:00'));
    expect(fired.length).toBeGreaterThan(5);
    for (const notice of fired) expect(`${notice.item.id} ${notice.item.title} ${notice.item.body}`).not.toMatch(/1[3-9]\d{9}|张|王|李/);
  });
});
