import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, chinaDateOf, chinaMidnight } from '@shared/calendar/china-date';
import { addWorkingDays, workingDaysLeft } from '@shared/calendar/deadlines';
import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import bundled from '../../../../assets/calendar/china-2004-2026.json';

const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
const at = (date: string, time = '10:00') => Date.parse(`${date}T${time}:00+08:00`);

// The 2026 schedule as the State Council published it (国办发明电〔2025〕
// 关于2026年部分节假日安排的通知), written out here independently of the data file.
const official2026 = {
  off: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', '2026-04-04', '2026-04-05', '2026-04-06', '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-06-19', '2026-06-20', '2026-06-21', '2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUp: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

describe('the 2026 calendar', () => {
  it.each(official2026.off)('%s is a holiday', (date) => {
    expect(calendar.dayKind(date)).toEqual({ working: false, estimated: false });
  });

  it.each(official2026.makeUp)('%s (a weekend) is a make-up working day', (date) => {
    expect(calendar.dayKind(date)).toEqual({ working: true, estimated: false });
  });

  it.each([
    // Spring Festival: triggered on Friday 13 Feb, day 1 is the make-up Saturday 14 Feb, then nine days off.
    ['Spring Festival', '2026-02-13', 1, '2026-02-14'],
    ['Spring Festival', '2026-02-13', 2, '2026-02-24'],
    ['Spring Festival, 15 working days', '2026-02-12', 15, '2026-03-11'],
    ['Spring Festival, make-up Saturday 28 Feb', '2026-02-26', 2, '2026-02-28'],
    // Qingming: Saturday 4 – Monday 6 April.
    ['Qingming', '2026-04-03', 1, '2026-04-07'],
    ['Qingming', '2026-04-02', 2, '2026-04-07'],
    // Labour Day: 1–5 May off, Saturday 9 May worked.
    ['Labour Day', '2026-04-30', 1, '2026-05-06'],
    ['Labour Day, make-up Saturday', '2026-05-07', 2, '2026-05-09'],
    ['Labour Day, 7 working days', '2026-04-29', 7, '2026-05-12'],
    // National Day: make-up Sunday 20 Sep, 1–7 Oct off, make-up Saturday 10 Oct; Mid-Autumn 25–27 Sep.
    ['National Day, make-up Sunday', '2026-09-18', 1, '2026-09-20'],
    ['Mid-Autumn', '2026-09-24', 1, '2026-09-28'],
    ['National Day', '2026-09-30', 1, '2026-10-08'],
    ['National Day, make-up Saturday', '2026-10-09', 1, '2026-10-10'],
    ['National Day, 15 working days', '2026-09-29', 15, '2026-10-26'],
  ])('%s: from %s, %i working days end on %s', (_label, trigger, days, expected) => {
    const deadline = addWorkingDays(calendar, at(trigger), days);
    expect(deadline).toEqual({ dueDate: expected, dueAt: chinaMidnight(addDays(expected, 1)), estimated: false });
  });

  it('counts from the day after the trigger, whatever the hour, and ends at 24:00 China time', () => {
    const lateNight = addWorkingDays(calendar, at('2026-03-02', '23:59'), 1);
    expect(lateNight.dueDate).toBe('2026-03-03');
    expect(new Date(lateNight.dueAt).toISOString()).toBe('2026-03-03T16:00:00.000Z');
  });

  it('a deadline that runs into 2027 is marked estimated and counted Monday to Friday', () => {
    const deadline = addWorkingDays(calendar, at('2026-12-24'), 15);
    expect(deadline.estimated).toBe(true);
    expect(deadline.dueDate).toBe('2027-01-14');
    expect(addWorkingDays(calendar, at('2026-12-01'), 15).estimated).toBe(false);
  });

  it('says how many working days are left, and how many are past', () => {
    expect(workingDaysLeft(calendar, at('2026-02-13'), '2026-02-24')).toBe(3);
    expect(workingDaysLeft(calendar, at('2026-02-25'), '2026-02-24')).toBe(-1);
  });
});

describe('working-day deadlines, for any trigger and N', () => {
  const trigger = fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2029, 11, 31) });
  const days = fc.integer({ min: 1, max: 40 });

  it('land on a working day exactly N working days after the trigger day', () => {
    fc.assert(
      fc.property(trigger, days, (instant, n) => {
        const deadline = addWorkingDays(calendar, instant, n);
        expect(calendar.dayKind(deadline.dueDate).working).toBe(true);
        let counted = 0;
        for (let date = addDays(chinaDateOf(instant), 1); date <= deadline.dueDate; date = addDays(date, 1)) if (calendar.dayKind(date).working) counted += 1;
        expect(counted).toBe(n);
        expect(deadline.dueAt).toBe(chinaMidnight(addDays(deadline.dueDate, 1)));
        expect(deadline.estimated).toBe(Number(deadline.dueDate.slice(0, 4)) > 2026);
      }),
      { numRuns: 400 },
    );
  });

  it('are the same in Beijing, London and Los Angeles', () => {
    const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'];
    const original = process.env['TZ'];
    const samples = fc.sample(fc.tuple(trigger, days), 300);
    try {
      const results = zones.map((zone) => {
        process.env['TZ'] = zone;
        return { offset: new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset(), deadlines: samples.map(([instant, n]) => addWorkingDays(calendar, instant, n)) };
      });
      expect(new Set(results.map((result) => result.offset)).size).toBe(3);
      expect(results[1]?.deadlines).toEqual(results[0]?.deadlines);
      expect(results[2]?.deadlines).toEqual(results[0]?.deadlines);
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });
});
