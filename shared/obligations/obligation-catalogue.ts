import type { LedgerKind } from '../ledgers/ledger-kinds';

/** How an obligation falls due. */
export type ObligationKind =
  | 'recurring'
  | 'triggered-hours'
  | 'triggered-working-days'
  | 'retention'
  | 'gate'
  | 'document';

/** What happens that starts a triggered obligation. */
export type Trigger = 'data-no-longer-needed' | 'credential-leak' | 'security-incident' | 'hazard-found' | 'force-majeure' | 'force-majeure-ended';

export type Obligation = Readonly<{
  id: string;
  clause: string;
  kind: ObligationKind;
  ledger: LedgerKind;
  /** recurring: the period, in calendar days or calendar months. */
  every?: Readonly<{ days?: number; months?: number }>;
  /** triggered: the trigger and the time allowed. */
  trigger?: Trigger;
  hours?: number;
  workingDays?: number;
  /** retention: how long records must be kept. */
  keepYears?: number;
  /** How long before the due time it counts as "due soon", in hours. */
  soonHours: number;
}>;

/**
 * Every duty of PRODUCT.md §2, as data, each citing its clause. Titles and
 * "what to do now" sentences live in the zh-CN catalogue under
 * `obligation.<id>.title` and `obligation.<id>.next`.
 */
export const obligationCatalogue = [
  { id: 'personal-information-deletion', clause: '一(一)3', kind: 'triggered-working-days', ledger: 'personal-information', trigger: 'data-no-longer-needed', workingDays: 15, soonHours: 72 },
  { id: 'consent-and-scope', clause: '一(一)1', kind: 'gate', ledger: 'personal-information', soonHours: 0 },
  { id: 'agreed-scenarios', clause: '一(一)2', kind: 'gate', ledger: 'personal-information', soonHours: 0 },
  { id: 'content-screening', clause: '一(二)1', kind: 'gate', ledger: 'content-review', soonHours: 0 },
  { id: 'two-person-review', clause: '一(二)2', kind: 'gate', ledger: 'content-review', soonHours: 0 },
  { id: 'review-retention', clause: '一(二)2', kind: 'retention', ledger: 'content-review', keepYears: 1, soonHours: 0 },
  { id: 'credential-custody', clause: '一(三)1', kind: 'gate', ledger: 'api-credential', soonHours: 0 },
  { id: 'credential-rotation', clause: '一(三)2', kind: 'recurring', ledger: 'api-credential', every: { days: 90 }, soonHours: 14 * 24 },
  { id: 'credential-leak-freeze', clause: '一(三)2', kind: 'triggered-hours', ledger: 'api-credential', trigger: 'credential-leak', hours: 1, soonHours: 0.5 },
  { id: 'credential-leak-reset', clause: '一(三)2', kind: 'triggered-hours', ledger: 'api-credential', trigger: 'credential-leak', hours: 24, soonHours: 4 },
  { id: 'scope-change', clause: '一(三)3', kind: 'gate', ledger: 'scope-change', soonHours: 0 },
  { id: 'emergency-drill', clause: '一(四)1', kind: 'recurring', ledger: 'emergency-drill', every: { months: 12 }, soonHours: 30 * 24 },
  { id: 'incident-contain', clause: '一(四)2', kind: 'triggered-hours', ledger: 'security-incident', trigger: 'security-incident', hours: 0.5, soonHours: 0.25 },
  { id: 'incident-notify', clause: '一(四)2', kind: 'triggered-hours', ledger: 'security-incident', trigger: 'security-incident', hours: 1, soonHours: 0.5 },
  { id: 'incident-report', clause: '一(四)2', kind: 'triggered-hours', ledger: 'security-incident', trigger: 'security-incident', hours: 24, soonHours: 4 },
  { id: 'incident-users', clause: '一(四)2', kind: 'triggered-hours', ledger: 'security-incident', trigger: 'security-incident', hours: 48, soonHours: 8 },
  { id: 'incident-progress', clause: '一(四)2', kind: 'triggered-working-days', ledger: 'security-incident', trigger: 'security-incident', workingDays: 3, soonHours: 24 },
  { id: 'management-policy', clause: '一(五)1', kind: 'document', ledger: 'management-policy', soonHours: 0 },
  { id: 'training', clause: '一(五)2', kind: 'recurring', ledger: 'training', every: { months: 12 }, soonHours: 30 * 24 },
  { id: 'self-inspection', clause: '一(五)3', kind: 'recurring', ledger: 'self-inspection', every: { months: 3 }, soonHours: 14 * 24 },
  { id: 'hazard-remediation', clause: '一(五)3', kind: 'triggered-working-days', ledger: 'self-inspection', trigger: 'hazard-found', workingDays: 7, soonHours: 48 },
  { id: 'inspection-retention', clause: '一(五)3', kind: 'retention', ledger: 'self-inspection', keepYears: 2, soonHours: 0 },
  { id: 'record-retention', clause: '二(一)', kind: 'retention', ledger: 'management-policy', keepYears: 2, soonHours: 0 },
  { id: 'force-majeure-notify', clause: '二(二)2', kind: 'triggered-hours', ledger: 'force-majeure', trigger: 'force-majeure', hours: 24, soonHours: 4 },
  { id: 'force-majeure-remediate', clause: '二(二)2', kind: 'triggered-working-days', ledger: 'force-majeure', trigger: 'force-majeure-ended', workingDays: 7, soonHours: 48 },
] as const satisfies readonly Obligation[];

export type ObligationId = (typeof obligationCatalogue)[number]['id'];

/** The duties that start at signing and repeat; completing one records it in its ledger. */
export const recurringObligationIds = ['credential-rotation', 'training', 'emergency-drill', 'self-inspection'] as const satisfies readonly ObligationId[];
export type RecurringObligationId = (typeof recurringObligationIds)[number];

const catalogueById = new Map<ObligationId, Obligation>(obligationCatalogue.map((entry) => [entry.id, entry]));

/** The catalogue entry of an id. */
export function obligationById(id: ObligationId): Obligation {
  return catalogueById.get(id)!;
}
