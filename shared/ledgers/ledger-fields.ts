import { z } from 'zod';
import { isChinaDate } from '../calendar/china-date';
import { parseChinaDateTimeInput } from '../time/china-time';
import { findForbiddenIdentifier } from '../validation/forbidden-identifiers';

// Form fields shared by the ledgers' form schemas. Error messages are keys
// under `ledger.error.` in the zh-CN catalogue.

/**
 * Free text a ledger keeps. 一(一)1: no field may smuggle in an ID-card or
 * bank-card number, whatever its label.
 */
export function safeText(max: number, options: Readonly<{ required?: boolean }> = {}) {
  const base = z
    .string()
    .trim()
    .max(max, { message: 'tooLong' })
    .superRefine((value, context) => {
      const found = findForbiddenIdentifier(value);
      if (found !== null) context.addIssue({ code: 'custom', message: found === 'id-card' ? 'idCard' : 'bankCard' });
    });
  return options.required === true ? base.pipe(z.string().min(1, { message: 'required' })) : base;
}

/** A date and time typed in China time (`<input type="datetime-local">`), never in the future. */
export function pastDateTimeInput(now: () => number) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'dateTime' })
    .refine((value) => parseChinaDateTimeInput(value) !== null, { message: 'dateTime' })
    .refine((value) => (parseChinaDateTimeInput(value) ?? 0) <= now(), { message: 'future' });
}

/** The same, or empty (a step not done yet). */
export function optionalPastDateTimeInput(now: () => number) {
  return z.union([z.literal(''), pastDateTimeInput(now)]);
}

/** A calendar day (YYYY-MM-DD), optional when `required` is false. */
export function dateInput(options: Readonly<{ required?: boolean }> = {}) {
  const day = z.string().refine(isChinaDate, { message: 'date' });
  return options.required === false ? z.union([z.literal(''), day]) : day;
}

/** The instant of a typed China date-time; only for values the schema accepted. */
export function instantOfInputOrThrow(value: string): number {
  const instant = parseChinaDateTimeInput(value);
  if (instant === null) throw new RangeError('not a date-time input');
  return instant;
}

/** The instant of a typed China date-time, or null for an empty one. */
export function instantOfOptionalInput(value: string): number | null {
  return value === '' ? null : instantOfInputOrThrow(value);
}

/** An id of another record (a person from 人员…). */
export const recordRef = z.string().min(1, { message: 'required' }).max(64);

/** A stored instant (epoch ms). */
export const instant = z.number().int().nonnegative();
