import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { calendarDataSchema, createWorkCalendar, summarizeCalendar } from '@shared/calendar/work-calendar';
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
  const valid = { format: 'sms-ca-calendar', version: 1, source: '2027 年节假日安排', coveredFrom: 2027, coveredThrough: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'] };

  it('extend the years that are counted officially', () => {
    const calendar = createWorkCalendar([calendarDataSchema.parse(bundled), calendarDataSchema.parse(valid)]);
    expect(calendar.coveredThrough).toBe(2027);
    expect(calendar.dayKind('2027-01-01')).toEqual({ working: false, estimated: false });
    expect(calendar.dayKind('2027-01-02')).toEqual({ working: true, estimated: false });
    expect(calendar.dayKind('2028-01-03')).toEqual({ working: true, estimated: true });
    expect(summarizeCalendar(calendarDataSchema.parse(valid))).toEqual([{ year: 2027, holidays: 1, workdays: ['2027-01-02'] }]);
  });

  it.each([
    ['another format', { ...valid, format: 'ics' }],
    ['an impossible date', { ...valid, holidays: ['2027-02-30'] }],
    ['a date outside its years', { ...valid, holidays: ['2028-01-01'] }],
    ['a day both off and on', { ...valid, holidays: ['2027-01-02'] }],
    ['a make-up day on a weekday', { ...valid, workdays: ['2027-01-04'] }],
    ['years the wrong way round', { ...valid, coveredFrom: 2028 }],
    ['a duplicate', { ...valid, holidays: ['2027-01-01', '2027-01-01'] }],
    ['no source', { ...valid, source: '' }],
  ])('refuse %s', (_label, data) => {
    expect(calendarDataSchema.safeParse(data).success).toBe(false);
  });
});
