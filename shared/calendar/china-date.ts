import { chinaOffsetMs } from '../time/china-time';

/** A calendar day in China, as YYYY-MM-DD. */
export type ChinaDate = string;

const dayMs = 86_400_000;

/** The China calendar day of an instant. */
export function chinaDateOf(instant: number): ChinaDate {
  return new Date(instant + chinaOffsetMs).toISOString().slice(0, 10);
}

/** Midnight (00:00) China time at the start of a China calendar day, as an instant. */
export function chinaMidnight(date: ChinaDate): number {
  return Date.parse(`${date}T00:00:00Z`) - chinaOffsetMs;
}

/** The day `days` after (or before) a China calendar day. */
export function addDays(date: ChinaDate, days: number): ChinaDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday, for a China calendar day (independent of the computer's time zone). */
export function weekday(date: ChinaDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: ChinaDate, to: ChinaDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** True for a real YYYY-MM-DD date. */
export function isChinaDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // A month or day out of range (2026-13-01) is an invalid Date, whose toISOString throws.
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
