import { z } from 'zod';
import { defineLedger } from '../ledger-definition';
import { instant, optionalPastDateTimeInput, pastDateTimeInput, safeText } from '../ledger-fields';
import { stepSchema } from './credential-leak.ledger';

export const forceMajeureKinds = ['natural-disaster', 'public-health', 'government-action', 'infrastructure-failure', 'other'] as const;

/**
 * 二(二)2: an event beyond control. Notice with proof to the provider and the
 * regulators within 24 hours; once it ends, remediation within 7 working days.
 */
export const forceMajeurePayloadSchema = z.object({
  kind: z.enum(forceMajeureKinds),
  occurredAt: instant,
  description: z.string().max(1000),
  impact: z.string().max(1000),
  notice: stepSchema.nullable(),
  endedAt: instant.nullable(),
  remediation: stepSchema.nullable(),
});
export type ForceMajeurePayload = z.infer<typeof forceMajeurePayloadSchema>;

/** Recording the event. */
export function forceMajeureFormSchema(now: () => number) {
  return z.object({
    kind: z.enum(forceMajeureKinds),
    occurredAt: pastDateTimeInput(now),
    description: safeText(1000, { required: true }),
    impact: safeText(1000, { required: true }),
    endedAt: optionalPastDateTimeInput(now),
  });
}
export type ForceMajeureForm = z.infer<ReturnType<typeof forceMajeureFormSchema>>;

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null);

/** 不可抗力: each event, its 24-hour notice and its remediation after it ends. */
export const forceMajeureLedger = defineLedger({
  id: 'force-majeure',
  ledger: 'force-majeure',
  primary: true,
  clause: '二(二)2',
  retained: true,
  table: 'forceMajeureEvents',
  indexes: ['[occurredAt+id]', 'status'],
  order: '[occurredAt+id]',
  payload: forceMajeurePayloadSchema,
  index: (payload) => ({
    occurredAt: payload.occurredAt,
    notifiedAt: payload.notice?.at ?? 0,
    endedAt: payload.endedAt ?? 0,
    remediatedAt: payload.remediation?.at ?? 0,
    status: payload.remediation !== null ? 'remediated' : payload.endedAt !== null ? 'ended' : 'ongoing',
  }),
  columns: [
    { id: 'occurredAt', format: 'datetime', value: (payload) => payload.occurredAt },
    { id: 'kind', format: 'enum', value: (payload) => payload.kind },
    { id: 'description', format: 'text', value: (payload) => payload.description },
    { id: 'notifiedAt', format: 'datetime', value: (payload) => payload.notice?.at ?? null },
    { id: 'endedAt', format: 'datetime', value: (payload) => payload.endedAt },
    { id: 'remediatedAt', format: 'datetime', value: (payload) => payload.remediation?.at ?? null },
    { id: 'impact', format: 'text', exportOnly: true, value: (payload) => payload.impact },
  ],
  attachments: [
    { id: 'proof', accepts: ['pdf', 'image'] },
    { id: 'notice', accepts: ['pdf', 'image'] },
    { id: 'remediation', accepts: ['pdf', 'image'] },
  ],
  filters: [{ field: 'status', values: ['ongoing', 'ended', 'remediated'] }],
  search: 'text',
  describe: (payload) => payload.description,
  clocks: (record) => {
    const occurredAt = positive(record.index['occurredAt']);
    if (occurredAt === null) return [];
    const endedAt = positive(record.index['endedAt']);
    const base = { source: 'force-majeure', recordId: record.id, closedAt: null } as const;
    const notify = { ...base, obligation: 'force-majeure-notify', startedAt: occurredAt, doneAt: positive(record.index['notifiedAt']) } as const;
    return endedAt === null ? [notify] : [notify, { ...base, obligation: 'force-majeure-remediate', startedAt: endedAt, doneAt: positive(record.index['remediatedAt']) }];
  },
});
