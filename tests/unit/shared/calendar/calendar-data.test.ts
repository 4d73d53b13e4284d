import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { calendarDataSchema, calendarFileTemplate, createWorkCalendar, summarizeCalendar } from '@shared/calendar/work-calendar';
import bundled from '../../../../assets/calendar/china-2004-2026.json';

describe('the bundled calendar file', () => {
  it('is valid and still matches chinese-days, 2004–2026', () => {
    const data = calendarDataSchema.parse(bundled);
    expect([data.coveredFrom, data.coveredThrough]).toEqual([2004, 2026]);
    expect(data.holidays).toEqual(Object.keys(chineseDays.holidays).sort());
    expect(data.workdays).toEqual(Object.keys(chineseDays.workdays).sort());
  });
});

describe('imported calendar files', () => {
  // A made-up 2027 for the tests: 11 days off with 元旦, one make-up Saturday.
  const days2027 = ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-04-05', '2027-05-01', '2027-10-01'];
  const valid = { format: 'sms-ca-calendar', version: 1, source: '2027 年节假日安排', coveredFrom: 2027, coveredThrough: 2027, holidays: days2027, workdays: ['2027-01-02'] };

  it('extend the years that are counted officially', () => {
    const calendar = createWorkCalendar([calendarDataSchema.parse(bundled), calendarDataSchema.parse(valid)]);
    expect(calendar.coveredThrough).toBe(2027);
    expect(calendar.dayKind('2027-01-01')).toEqual({ working: false, estimated: false });
    expect(calendar.dayKind('2027-01-02')).toEqual({ working: true, estimated: false });
    expect(calendar.dayKind('2028-01-03')).toEqual({ working: true, estimated: true });
    expect(summarizeCalendar(calendarDataSchema.parse(valid))).toEqual([{ year: 2027, holidays: 11, workdays: ['2027-01-02'] }]);
  });

  it.each([
    ['another format', { ...valid, format: 'ics' }, 'Invalid input: expected "sms-ca-calendar"'],
    ['an impossible date', { ...valid, holidays: [...days2027, '2027-02-30'] }, 'date'],
    ['a date outside its years', { ...valid, holidays: [...days2027, '2028-01-01'] }, 'out-of-range'],
    ['a day both off and on', { ...valid, workdays: ['2027-02-06'] }, 'both'],
    ['a make-up day on a weekday', { ...valid, workdays: ['2027-01-04'] }, 'workday-on-weekday'],
    ['years the wrong way round', { ...valid, coveredFrom: 2028 }, 'years'],
    ['a duplicate', { ...valid, holidays: [...days2027, '2027-01-01'] }, 'duplicate'],
    ['a year without 元旦', { ...valid, holidays: [...days2027.slice(1), '2027-10-02'] }, 'incomplete-year'],
    ['a year with too few days off', { ...valid, holidays: days2027.slice(0, 10) }, 'incomplete-year'],
    ['a second year left empty', { ...valid, coveredThrough: 2028 }, 'incomplete-year'],
  ])('refuse %s', (_label, data, reason) => {
    const parsed = calendarDataSchema.safeParse(data);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(reason);
  });

  it('refuse no source', () => {
    expect(calendarDataSchema.safeParse({ ...valid, source: '' }).success).toBe(false);
  });

  it('the blank file for a new year is refused until filled in, then accepted', () => {
    const template: unknown = JSON.parse(calendarFileTemplate(2027));
    expect(template).toMatchObject({ format: 'sms-ca-calendar', coveredFrom: 2027, coveredThrough: 2027, holidays: ['2027-01-01'], workdays: [] });
    expect(calendarDataSchema.safeParse(template).error?.issues.map((issue) => issue.message)).toEqual(['incomplete-year']);
    const filled = { ...(template as object), holidays: days2027, workdays: ['2027-01-02'] };
    expect(calendarDataSchema.safeParse(filled).success).toBe(true);
  });
});
