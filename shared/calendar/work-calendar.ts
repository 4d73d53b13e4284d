import { z } from 'zod';
import { isChinaDate, weekday, type ChinaDate } from './china-date';

const dateSchema = z.string().refine(isChinaDate, { message: 'date' });

/**
 * Every year has at least 11 days off by law (13 since 2025), 1 January among
 * them: a year listed with fewer, or without 元旦, is an unfinished file and
 * would make every day of it a working day, marked official.
 */
export const minimumHolidaysPerYear = 11;

/**
 * A working-day calendar as data: the official holidays and make-up working
 * days of the years it covers. The bundled file and imported files share it.
 */
export const calendarDataSchema = z
  .object({
    format: z.literal('sms-ca-calendar'),
    version: z.literal(1),
    source: z.string().min(1).max(200),
    coveredFrom: z.number().int().min(2000).max(2100),
    coveredThrough: z.number().int().min(2000).max(2100),
    holidays: z.array(dateSchema).max(5000),
    workdays: z.array(dateSchema).max(2000),
  })
  .superRefine((data, context) => {
    if (data.coveredThrough < data.coveredFrom) context.addIssue({ code: 'custom', message: 'years' });
    const inRange = (date: string) => Number(date.slice(0, 4)) >= data.coveredFrom && Number(date.slice(0, 4)) <= data.coveredThrough;
    if (![...data.holidays, ...data.workdays].every(inRange)) context.addIssue({ code: 'custom', message: 'out-of-range' });
    const holidays = new Set(data.holidays);
    if (holidays.size !== data.holidays.length || new Set(data.workdays).size !== data.workdays.length) context.addIssue({ code: 'custom', message: 'duplicate' });
    if (data.workdays.some((date) => holidays.has(date))) context.addIssue({ code: 'custom', message: 'both' });
    if (data.workdays.some((date) => weekday(date) !== 0 && weekday(date) !== 6)) context.addIssue({ code: 'custom', message: 'workday-on-weekday' });
    for (let year = data.coveredFrom; year <= data.coveredThrough && year - data.coveredFrom < 200; year += 1) {
      const days = data.holidays.filter((date) => date.startsWith(`${year}-`));
      if (days.length < minimumHolidaysPerYear || !holidays.has(`${year}-01-01`)) {
        context.addIssue({ code: 'custom', message: 'incomplete-year' });
        break;
      }
    }
  });

/**
 * The file to fill in for a year not yet covered: the header, 元旦 already
 * listed (it is a day off every year), and room for the rest.
 */
export function calendarFileTemplate(year: number): string {
  const template = {
    format: 'sms-ca-calendar',
    version: 1,
    source: `国务院办公厅关于${year}年部分节假日安排的通知`,
    coveredFrom: year,
    coveredThrough: year,
    holidays: [`${year}-01-01`],
    workdays: [],
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}

export type CalendarData = z.infer<typeof calendarDataSchema>;

/** Whether a day is a working day, and whether that comes from the official calendar or is an estimate. */
export type DayKind = Readonly<{ working: boolean; estimated: boolean }>;

export type WorkCalendar = Readonly<{
  coveredFrom: number;
  coveredThrough: number;
  sources: readonly string[];
  dayKind(date: ChinaDate): DayKind;
  covers(year: number): boolean;
}>;

/**
 * A calendar over one or more data sets (the bundled one, imported ones):
 * official days where a year is covered; Monday–Friday, marked estimated,
 * where it is not. No year is ever silently guessed.
 */
export function createWorkCalendar(sets: readonly CalendarData[]): WorkCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  const years = new Set<number>();
  for (const set of sets) {
    for (let year = set.coveredFrom; year <= set.coveredThrough; year += 1) years.add(year);
    for (const date of set.holidays) holidays.add(date);
    for (const date of set.workdays) workdays.add(date);
  }
  const covered = [...years].sort((a, b) => a - b);
  return {
    coveredFrom: covered[0] ?? 0,
    coveredThrough: covered.at(-1) ?? 0,
    sources: sets.map((set) => set.source),
    covers: (year) => years.has(year),
    dayKind(date) {
      const estimated = !years.has(Number(date.slice(0, 4)));
      if (!estimated && holidays.has(date)) return { working: false, estimated };
      if (!estimated && workdays.has(date)) return { working: true, estimated };
      const day = weekday(date);
      return { working: day !== 0 && day !== 6, estimated };
    },
  };
}

/** Per year of an imported calendar: its holidays and make-up days, for the preview before use. */
export function summarizeCalendar(data: CalendarData): { year: number; holidays: number; workdays: readonly string[] }[] {
  const rows: { year: number; holidays: number; workdays: string[] }[] = [];
  for (let year = data.coveredFrom; year <= data.coveredThrough; year += 1) {
    rows.push({
      year,
      holidays: data.holidays.filter((date) => date.startsWith(`${year}-`)).length,
      workdays: data.workdays.filter((date) => date.startsWith(`${year}-`)),
    });
  }
  return rows;
}
