import { z } from 'zod';
import type { ObligationId } from '../../obligations/obligation-catalogue';
import { defineLedger, type LedgerDefinition } from '../ledger-definition';
import type { LedgerKind } from '../ledger-kinds';
import { instant, pastDateTimeInput, safeText } from '../ledger-fields';

/** A duty done on a day, with a note and evidence: the training, drill, self-inspection and policy ledgers. */
export const completionPayloadSchema = z.object({ at: instant, note: z.string().max(500) });
export type CompletionPayload = z.infer<typeof completionPayloadSchema>;

/** The form of a completion; `now` bounds the date. */
export function completionFormSchema(now: () => number) {
  return z.object({ at: pastDateTimeInput(now), note: safeText(500) });
}
export type CompletionForm = z.infer<ReturnType<typeof completionFormSchema>>;

function completionLedger<const Id extends LedgerKind, const Table extends string>(
  spec: Readonly<{ id: Id; clause: string; table: Table; field: string; obligation: ObligationId }>,
): LedgerDefinition<CompletionPayload> & Readonly<{ id: Id; table: Table }> {
  return defineLedger({
    id: spec.id,
    ledger: spec.id,
    primary: true,
    clause: spec.clause,
    retained: true,
    table: spec.table,
    indexes: [`[${spec.field}+id]`],
    order: `[${spec.field}+id]`,
    payload: completionPayloadSchema,
    index: (payload) => ({ [spec.field]: payload.at }),
    columns: [
      { id: 'at', format: 'datetime', value: (payload) => payload.at },
      { id: 'note', format: 'text', value: (payload) => payload.note },
    ],
    attachments: [{ id: 'evidence', accepts: ['pdf', 'image'] }],
    search: 'text',
    describe: (payload) => payload.note,
    clocks: (record) => {
      const at = record.index[spec.field];
      return typeof at === 'number' ? [{ obligation: spec.obligation, source: spec.id, recordId: record.id, startedAt: null, doneAt: at, closedAt: null }] : [];
    },
  });
}

/** 培训记录 (一(五)2): each all-staff training. */
export const trainingLedger = completionLedger({ id: 'training', clause: '一(五)2', table: 'trainings', field: 'heldAt', obligation: 'training' });
/** 应急预案与演练 (一(四)1): each drill. */
export const emergencyDrillLedger = completionLedger({ id: 'emergency-drill', clause: '一(四)1', table: 'drills', field: 'heldAt', obligation: 'emergency-drill' });
/** 季度自查与整改 (一(五)3): each quarterly self-inspection. */
export const selfInspectionLedger = completionLedger({ id: 'self-inspection', clause: '一(五)3', table: 'selfInspections', field: 'inspectedAt', obligation: 'self-inspection' });
/** 管理制度 (一(五)1): each version of the policy. */
export const managementPolicyLedger = completionLedger({ id: 'management-policy', clause: '一(五)1', table: 'policies', field: 'createdAt', obligation: 'management-policy' });
