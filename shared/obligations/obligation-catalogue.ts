import type { LedgerKind } from '../ledgers/ledger-kinds';

/** How an obligation falls due. */
export type ObligationKind =
  /** Repeats for as long as the service runs: a rolling period, or every calendar quarter. */
  | 'recurring'
  /** Starts at a recorded moment and must be done within hours, counted to the minute. */
  | 'triggered-hours'
  /** Starts at a recorded moment and must be done within working days of the China calendar. */
  | 'triggered-working-days'
  /** Done once the ledger holds a current record (the policy, a registered credential). */
  | 'standing-record'
  | 'retention'
  | 'gate';

/** Whose clock it is: the workspace's own (from signing) or each record's. */
export type ObligationScope = 'workspace' | 'record';

export type RecurrencePeriod = Readonly<{ days: number }> | Readonly<{ months: number }> | Readonly<{ calendarQuarter: true }>;

export type Obligation = Readonly<{
  id: string;
  clause: string;
  kind: ObligationKind;
  scope: ObligationScope;
  /** The ledger where it is done. */
  ledger: LedgerKind;
  /** The record type of that ledger whose form does it, when it is not the ledger's first (the plan beside the drills). */
  definition?: string;
  /** recurring: the period. */
  every?: RecurrencePeriod;
  /** triggered: the time allowed. */
  hours?: number;
  workingDays?: number;
  /** triggered-working-days: starts again after each time it is done, until its record closes. */
  repeatsUntilClosed?: boolean;
  /** retention: how long records must be kept. */
  keepYears?: number;
  /** retention of review records: only for batches of more than this many recipients. */
  aboveRecipients?: number;
  /** How long before the due time it counts as "due soon", in hours (an hour deadline is urgent from its start). */
  soonHours: number;
}>;

/**
 * Every duty of the letter, as data, each citing its clause. The hours,
 * working days and periods here are the only place these numbers live; the
 * engine and the ledgers read them from this table. Titles and "what to do
 * now" sentences live in the zh-CN catalogue.
 */
export const obligationCatalogue = [
  // 一(一)3: delete within 15 working days of the data no longer being needed.
  { id: 'personal-information-deletion', clause: '一(一)3', kind: 'triggered-working-days', scope: 'record', ledger: 'personal-information', workingDays: 15, soonHours: 72 },
  { id: 'consent-and-scope', clause: '一(一)1', kind: 'gate', scope: 'workspace', ledger: 'personal-information', soonHours: 0 },
  { id: 'agreed-scenarios', clause: '一(一)2', kind: 'gate', scope: 'workspace', ledger: 'personal-information', soonHours: 0 },
  { id: 'content-screening', clause: '一(二)1', kind: 'gate', scope: 'workspace', ledger: 'content-review', soonHours: 0 },
  { id: 'two-person-review', clause: '一(二)2', kind: 'gate', scope: 'workspace', ledger: 'content-review', soonHours: 0 },
  // 一(二)2: review records of a batch of more than 100 are kept at least a year.
  { id: 'review-retention', clause: '一(二)2', kind: 'retention', scope: 'workspace', ledger: 'content-review', keepYears: 1, aboveRecipients: 100, soonHours: 0 },
  // 一(三)1: every credential has a named custodian: done once one is registered.
  { id: 'credential-custody', clause: '一(三)1', kind: 'standing-record', scope: 'workspace', ledger: 'api-credential', soonHours: 0 },
  // 一(三)2: each credential is rotated at least every 90 days, from its own last rotation.
  { id: 'credential-rotation', clause: '一(三)2', kind: 'recurring', scope: 'record', ledger: 'api-credential', every: { days: 90 }, soonHours: 14 * 24 },
  { id: 'credential-leak-freeze', clause: '一(三)2', kind: 'triggered-hours', scope: 'record', ledger: 'api-credential', hours: 1, soonHours: 1 },
  { id: 'credential-leak-reset', clause: '一(三)2', kind: 'triggered-hours', scope: 'record', ledger: 'api-credential', hours: 24, soonHours: 4 },
  { id: 'scope-change', clause: '一(三)3', kind: 'gate', scope: 'workspace', ledger: 'scope-change', soonHours: 0 },
  // 一(四)1: an emergency plan (grading, process, responsible people): done while a version of it is in force.
  { id: 'emergency-plan', clause: '一(四)1', kind: 'standing-record', scope: 'workspace', ledger: 'emergency-drill', definition: 'emergency-plan', soonHours: 0 },
  { id: 'emergency-drill', clause: '一(四)1', kind: 'recurring', scope: 'workspace', ledger: 'emergency-drill', every: { months: 12 }, soonHours: 30 * 24 },
  { id: 'incident-contain', clause: '一(四)2', kind: 'triggered-hours', scope: 'record', ledger: 'security-incident', hours: 0.5, soonHours: 0.5 },
  { id: 'incident-notify', clause: '一(四)2', kind: 'triggered-hours', scope: 'record', ledger: 'security-incident', hours: 1, soonHours: 1 },
  { id: 'incident-report', clause: '一(四)2', kind: 'triggered-hours', scope: 'record', ledger: 'security-incident', hours: 24, soonHours: 4 },
  { id: 'incident-users', clause: '一(四)2', kind: 'triggered-hours', scope: 'record', ledger: 'security-incident', hours: 48, soonHours: 8 },
  { id: 'incident-progress', clause: '一(四)2', kind: 'triggered-working-days', scope: 'record', ledger: 'security-incident', workingDays: 3, repeatsUntilClosed: true, soonHours: 24 },
  { id: 'management-policy', clause: '一(五)1', kind: 'standing-record', scope: 'workspace', ledger: 'management-policy', soonHours: 0 },
  { id: 'training', clause: '一(五)2', kind: 'recurring', scope: 'workspace', ledger: 'training', every: { months: 12 }, soonHours: 30 * 24 },
  // 一(五)3: once in every calendar quarter, the first partial one after signing included.
  { id: 'self-inspection', clause: '一(五)3', kind: 'recurring', scope: 'workspace', ledger: 'self-inspection', every: { calendarQuarter: true }, soonHours: 14 * 24 },
  { id: 'hazard-remediation', clause: '一(五)3', kind: 'triggered-working-days', scope: 'record', ledger: 'self-inspection', workingDays: 7, soonHours: 48 },
  { id: 'inspection-retention', clause: '一(五)3', kind: 'retention', scope: 'workspace', ledger: 'self-inspection', keepYears: 2, soonHours: 0 },
  { id: 'record-retention', clause: '二(一)', kind: 'retention', scope: 'workspace', ledger: 'management-policy', keepYears: 2, soonHours: 0 },
  { id: 'force-majeure-notify', clause: '二(二)2', kind: 'triggered-hours', scope: 'record', ledger: 'force-majeure', hours: 24, soonHours: 4 },
  { id: 'force-majeure-remediate', clause: '二(二)2', kind: 'triggered-working-days', scope: 'record', ledger: 'force-majeure', workingDays: 7, soonHours: 48 },
] as const satisfies readonly Obligation[];

export type ObligationId = (typeof obligationCatalogue)[number]['id'];

const catalogueById = new Map<ObligationId, Obligation>(obligationCatalogue.map((entry) => [entry.id, entry]));

/** The catalogue entry of an id. */
export function obligationById(id: ObligationId): Obligation {
  return catalogueById.get(id)!;
}

/** The hours an hour-deadline duty allows (from the catalogue only). */
export function hoursAllowed(id: ObligationId): number {
  const hours = obligationById(id).hours;
  if (hours === undefined) throw new RangeError(`${id} has no hour deadline`);
  return hours;
}

/** The working days a working-day duty allows (from the catalogue only). */
export function workingDaysAllowed(id: ObligationId): number {
  const days = obligationById(id).workingDays;
  if (days === undefined) throw new RangeError(`${id} has no working-day deadline`);
  return days;
}

/** The years a retention rule keeps records (from the catalogue only). */
export function yearsKept(id: ObligationId): number {
  const years = obligationById(id).keepYears;
  if (years === undefined) throw new RangeError(`${id} keeps nothing`);
  return years;
}
