import { z } from 'zod';
import { defineLedger } from '../ledger-definition';
import { instant, pastDateTimeInput, recordRef, safeText } from '../ledger-fields';

/** A step of a workflow done at a time, with what was done. */
export const stepSchema = z.object({ at: instant, note: z.string().max(500) });
export type Step = z.infer<typeof stepSchema>;

/**
 * 一(三)2: a suspected leak of a credential. From the minute of discovery:
 * notify the provider and ask for a freeze within 1 hour; reset and update
 * the internal authorisation records within 24 hours; investigate and write
 * a report.
 */
export const credentialLeakPayloadSchema = z.object({
  credentialId: z.string(),
  discoveredAt: instant,
  description: z.string().max(500),
  freeze: stepSchema.nullable(),
  reset: stepSchema.nullable(),
  report: z.object({ at: instant, cause: z.string().max(1000), measures: z.string().max(1000) }).nullable(),
  closedAt: instant.nullable(),
});
export type CredentialLeakPayload = z.infer<typeof credentialLeakPayloadSchema>;

/** Recording a suspected leak. */
export function credentialLeakFormSchema(now: () => number) {
  return z.object({ credentialId: recordRef, discoveredAt: pastDateTimeInput(now), description: safeText(500, { required: true }) });
}
export type CredentialLeakForm = z.infer<ReturnType<typeof credentialLeakFormSchema>>;

/** Recording one step (freeze requested, reset done) at a time. */
export function stepFormSchema(now: () => number) {
  return z.object({ at: pastDateTimeInput(now), note: safeText(500, { required: true }) });
}
export type StepForm = z.infer<ReturnType<typeof stepFormSchema>>;

/** The investigation report's form. */
export function leakReportFormSchema(now: () => number) {
  return z.object({ at: pastDateTimeInput(now), cause: safeText(1000, { required: true }), measures: safeText(1000, { required: true }) });
}
export type LeakReportForm = z.infer<ReturnType<typeof leakReportFormSchema>>;

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null);

/** 疑似泄露: each suspected leak of a credential, with its 1-hour and 24-hour deadlines. */
export const credentialLeakLedger = defineLedger({
  id: 'credential-leak',
  ledger: 'api-credential',
  primary: false,
  clause: '一(三)2',
  retained: true,
  table: 'credentialLeaks',
  indexes: ['[discoveredAt+id]', 'status', 'credentialId'],
  order: '[discoveredAt+id]',
  payload: credentialLeakPayloadSchema,
  index: (payload) => ({
    discoveredAt: payload.discoveredAt,
    frozenAt: payload.freeze?.at ?? 0,
    resetAt: payload.reset?.at ?? 0,
    reportedAt: payload.report?.at ?? 0,
    closedAt: payload.closedAt ?? 0,
    status: payload.closedAt === null ? 'open' : 'closed',
    credentialId: payload.credentialId,
  }),
  columns: [
    { id: 'discoveredAt', format: 'datetime', value: (payload) => payload.discoveredAt },
    { id: 'credential', format: 'ref', ref: 'api-credential', value: (payload) => payload.credentialId },
    { id: 'description', format: 'text', value: (payload) => payload.description },
    { id: 'frozenAt', format: 'datetime', value: (payload) => payload.freeze?.at ?? null },
    { id: 'resetAt', format: 'datetime', value: (payload) => payload.reset?.at ?? null },
    { id: 'reportedAt', format: 'datetime', value: (payload) => payload.report?.at ?? null },
    { id: 'closedAt', format: 'datetime', exportOnly: true, value: (payload) => payload.closedAt },
  ],
  attachments: [
    { id: 'freeze', accepts: ['pdf', 'image'] },
    { id: 'reset', accepts: ['pdf', 'image'] },
    { id: 'report', accepts: ['pdf'] },
  ],
  filters: [{ field: 'status', values: ['open', 'closed'] }],
  search: 'text',
  describe: (payload) => payload.description,
  clocks: (record) => {
    const discoveredAt = positive(record.index['discoveredAt']);
    if (discoveredAt === null) return [];
    const closedAt = positive(record.index['closedAt']);
    const clock = { source: 'credential-leak', recordId: record.id, startedAt: discoveredAt, closedAt } as const;
    return [
      { ...clock, obligation: 'credential-leak-freeze', doneAt: positive(record.index['frozenAt']) },
      { ...clock, obligation: 'credential-leak-reset', doneAt: positive(record.index['resetAt']) },
    ];
  },
});
