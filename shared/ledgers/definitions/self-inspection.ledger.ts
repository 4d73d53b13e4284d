import { z } from 'zod';
import { isChinaQuarter, quarterBounds, quarterOfInstant } from '../../calendar/china-quarter';
import { quarterNameZhCN } from '../../i18n/quarter-name';
import { parseChinaDateTimeInput } from '../../time/china-time';
import { defineLedger } from '../ledger-definition';
import { instant, pastDateTimeInput, safeText } from '../ledger-fields';
import { legacyCompletionSchema, type LegacyCompletion } from './legacy-completion';

/** 一(五)3: the three things a self-inspection covers, each a short checklist. */
export const inspectionAreas = {
  'user-information': ['consent', 'minimal-data', 'cleanup'],
  'content-review': ['two-person-review', 'review-records', 'prohibited-content'],
  credentials: ['custody', 'rotation', 'safe-keeping'],
} as const;
export type InspectionArea = keyof typeof inspectionAreas;
export const inspectionItems = Object.values(inspectionAreas).flat();
export type InspectionItem = (typeof inspectionItems)[number];

/** An item's result: fine, or a hazard found (recorded as a hazard with its 7-working-day fix). */
export const checkResults = ['ok', 'hazard'] as const;
const storedResult = z.enum(['ok', 'hazard', 'not-recorded']);

const personId = z.string().min(1).max(64);
const quarter = z.string().refine(isChinaQuarter);

const inspectionSchema = z.object({
  /** The calendar quarter the inspection is for (`2026-Q3`). */
  quarter,
  inspectedAt: instant,
  inspectorIds: z.array(personId).max(100),
  checks: z.record(z.enum(inspectionItems), storedResult),
  findings: z.string().max(2000),
  legacy: z.boolean(),
});
export type SelfInspectionPayload = z.infer<typeof inspectionSchema>;

function fromLegacy(old: LegacyCompletion): SelfInspectionPayload {
  const checks = Object.fromEntries(inspectionItems.map((item) => [item, 'not-recorded'])) as SelfInspectionPayload['checks'];
  return { quarter: quarterOfInstant(old.at), inspectedAt: old.at, inspectorIds: [], checks, findings: old.note, legacy: true };
}

/** An inspection as stored; a row of version 2 ({at, note}) reads as a legacy record for the quarter it was made in. */
export const selfInspectionPayloadSchema: z.ZodType<SelfInspectionPayload> = z.union([inspectionSchema, legacyCompletionSchema.transform(fromLegacy)]);

/** The form's field of one checklist item. */
export const checkField = (item: InspectionItem) => `check-${item}`;

/** Recording an inspection: the quarter it is for, when it was done, by whom, each item's result. */
export function selfInspectionFormSchema(now: () => number) {
  // Each item starts unanswered (''): an answer is given on purpose.
  const answer = z.enum(['', ...checkResults]).refine((value): boolean => value !== '', { message: 'checkAnswer' });
  const checkFields = Object.fromEntries(inspectionItems.map((item) => [checkField(item), answer])) as Record<`check-${InspectionItem}`, typeof answer>;
  return z
    .object({
      quarter: z.string().refine(isChinaQuarter, { message: 'quarter' }),
      inspectedAt: pastDateTimeInput(now),
      inspectorIds: z.array(personId).min(1, { message: 'inspectorsRequired' }),
      ...checkFields,
      findings: safeText(2000),
    })
    .refine((form) => {
      const at = parseChinaDateTimeInput(form.inspectedAt);
      return at === null || !isChinaQuarter(form.quarter) || quarterBounds(form.quarter).start <= at;
    }, {
      message: 'quarterAfterInspection',
      path: ['quarter'],
    });
}
export type SelfInspectionForm = z.infer<ReturnType<typeof selfInspectionFormSchema>>;

/**
 * The moment the inspection counts for its quarter: when it was done, or —
 * done after the quarter ended — the quarter's last moment, so the quarter it
 * covers (and no other) is marked done; the record says it was late.
 */
export function quarterDoneAt(payload: Pick<SelfInspectionPayload, 'quarter' | 'inspectedAt'>): number {
  const { end } = quarterBounds(payload.quarter);
  return payload.inspectedAt < end ? payload.inspectedAt : end - 1;
}

/** True when the inspection was made after the quarter it covers had ended. */
export function isLateInspection(payload: Pick<SelfInspectionPayload, 'quarter' | 'inspectedAt'>): boolean {
  return payload.inspectedAt >= quarterBounds(payload.quarter).end;
}

/** The items found to be hazards. */
export function hazardItems(payload: Pick<SelfInspectionPayload, 'checks'>): InspectionItem[] {
  return inspectionItems.filter((item) => payload.checks[item] === 'hazard');
}

/** 季度自查 (一(五)3): each inspection, for one calendar quarter; its report and fixes are kept 2 years. */
export const selfInspectionLedger = defineLedger({
  id: 'self-inspection',
  ledger: 'self-inspection',
  primary: true,
  clause: '一(五)3',
  retained: true,
  keptFrom: { obligation: 'inspection-retention', from: (index) => (typeof index['inspectedAt'] === 'number' ? index['inspectedAt'] : null) },
  table: 'selfInspections',
  indexes: ['[inspectedAt+id]', 'quarter'],
  order: '[inspectedAt+id]',
  payload: selfInspectionPayloadSchema,
  index: (payload) => ({ inspectedAt: payload.inspectedAt, quarter: payload.quarter, quarterDoneAt: quarterDoneAt(payload) }),
  columns: [
    { id: 'quarter', format: 'text', value: (payload) => quarterNameZhCN(payload.quarter) },
    { id: 'inspectedAt', format: 'datetime', value: (payload) => payload.inspectedAt },
    { id: 'hazardCount', format: 'number', value: (payload) => (payload.legacy ? null : hazardItems(payload).length) },
    { id: 'findings', format: 'text', value: (payload) => payload.findings },
  ],
  attachments: [
    { id: 'report', accepts: ['pdf'] },
    { id: 'evidence', accepts: ['pdf', 'image'] },
  ],
  search: 'text',
  describe: (payload) => `${quarterNameZhCN(payload.quarter)}自查`,
  clocks: (record) => {
    // A row of version 2 not yet rewritten counts at its own time.
    const doneAt = record.index['quarterDoneAt'] ?? record.index['inspectedAt'];
    return typeof doneAt === 'number' ? [{ obligation: 'self-inspection', source: 'self-inspection', recordId: record.id, startedAt: null, doneAt, closedAt: null }] : [];
  },
});
