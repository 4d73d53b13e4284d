/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
export const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** The calendar date in China of an instant, as YYYY-MM-DD, whatever the computer's time zone. */
export function toChinaDateString(epochMs: number): string {
  return new Date(epochMs + chinaOffsetMs).toISOString().slice(0, 10);
}

/** Date and time in China of an instant, as YYYY-MM-DD HH:mm. */
export function toChinaDateTimeString(epochMs: number): string {
  const iso = new Date(epochMs + chinaOffsetMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** An instant as the value of an <input type="datetime-local"> in China time (YYYY-MM-DDTHH:mm). */
export function toChinaDateTimeInput(epochMs: number): string {
  return new Date(epochMs + chinaOffsetMs).toISOString().slice(0, 16);
}

/** Reads YYYY-MM-DDTHH:mm as China time; null when it is not a real date and time. */
export function parseChinaDateTimeInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return null;
  }
  return utc - chinaOffsetMs;
}
