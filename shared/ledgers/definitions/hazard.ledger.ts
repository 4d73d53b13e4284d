import { z } from 'zod';
import { defineLedger } from '../ledger-definition';
import { instant, pastDateTimeInput, recordRef, safeText } from '../ledger-fields';
import { stepSchema } from './credential-leak.ledger';

/** Where a hazard was found: the three areas of a self-inspection, or elsewhere. */
export const hazardAreas = ['user-information', 'content-review', 'credentials', 'other'] as const;

/**
 * 一(五)3: a hazard a self-inspection found (a credential not rotated,
 * review records missing…): fixed within 7 working days of being found, and
 * the fix recorded. Kept with the report for at least 2 years.
 */
export const hazardPayloadSchema = z.object({
  inspectionId: z.string().min(1).max(64),
  area: z.enum(hazardAreas),
  foundAt: instant,
  description: z.string().max(1000),
  /** The person of 人员 who sees to the fix. */
  responsibleId: z.string().min(1).max(64),
  fix: stepSchema.nullable(),
});
export type HazardPayload = z.infer<typeof hazardPayloadSchema>;

/** Recording a hazard. */
export function hazardFormSchema(now: () => number) {
  return z.object({
    inspectionId: recordRef,
    area: z.enum(hazardAreas),
    foundAt: pastDateTimeInput(now),
    description: safeText(1000, { required: true }),
    responsibleId: recordRef,
  });
}
export type HazardForm = z.infer<ReturnType<typeof hazardFormSchema>>;

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null);

/** 隐患整改 (一(五)3): each hazard, its 7-working-day deadline from when it was found, and its fix. */
export const hazardLedger = defineLedger({
  id: 'hazard',
  ledger: 'self-inspection',
  primary: false,
  clause: '一(五)3',
  retained: true,
  // Kept 2 years from the fix (or, unfixed, from when it was found).
  keptFrom: { obligation: 'inspection-retention', from: (index) => positive(index['fixedAt']) ?? positive(index['foundAt']) },
  table: 'inspectionHazards',
  indexes: ['[foundAt+id]', 'status', 'inspectionId'],
  order: '[foundAt+id]',
  payload: hazardPayloadSchema,
  index: (payload) => ({ foundAt: payload.foundAt, fixedAt: payload.fix?.at ?? 0, status: payload.fix === null ? 'open' : 'fixed', inspectionId: payload.inspectionId }),
  columns: [
    { id: 'foundAt', format: 'datetime', value: (payload) => payload.foundAt },
    { id: 'area', format: 'enum', value: (payload) => payload.area },
    { id: 'description', format: 'text', value: (payload) => payload.description },
    { id: 'responsibleId', format: 'ref', ref: 'staff', value: (payload) => payload.responsibleId },
    { id: 'fixedAt', format: 'datetime', value: (payload) => payload.fix?.at ?? null },
    { id: 'inspectionId', format: 'ref', ref: 'self-inspection', exportOnly: true, value: (payload) => payload.inspectionId },
    { id: 'fixNote', format: 'text', exportOnly: true, value: (payload) => payload.fix?.note ?? null },
  ],
  attachments: [
    { id: 'finding', accepts: ['pdf', 'image'] },
    { id: 'fix', accepts: ['pdf', 'image'] },
  ],
  filters: [{ field: 'status', values: ['open', 'fixed'] }],
  search: 'text',
  describe: (payload) => payload.description,
  clocks: (record) => {
    const foundAt = positive(record.index['foundAt']);
    if (foundAt === null) return [];
    return [{ obligation: 'hazard-remediation', source: 'hazard', recordId: record.id, startedAt: foundAt, doneAt: positive(record.index['fixedAt']), closedAt: null }];
  },
});
