import { z } from 'zod';
import { toChinaDateString } from '../../time/china-time';
import { defineLedger } from '../ledger-definition';
import { instant, pastDateTimeInput, recordRef, safeText } from '../ledger-fields';
import { legacyCompletionSchema, type LegacyCompletion } from './legacy-completion';

const personId = z.string().min(1).max(64);

const drillSchema = z.object({
  heldAt: instant,
  /** The version of the emergency plan the drill followed; null for a drill recorded by an older version. */
  planId: personId.nullable(),
  scenario: z.string().max(200),
  participantIds: z.array(personId).max(1000),
  process: z.string().max(2000),
  summary: z.string().max(2000),
  legacy: z.boolean(),
});
export type EmergencyDrillPayload = z.infer<typeof drillSchema>;

function fromLegacy(old: LegacyCompletion): EmergencyDrillPayload {
  return { heldAt: old.at, planId: null, scenario: '', participantIds: [], process: old.note, summary: '', legacy: true };
}

/** A drill as stored; a row of version 2 ({at, note}) reads as a legacy record. */
export const emergencyDrillPayloadSchema: z.ZodType<EmergencyDrillPayload> = z.union([drillSchema, legacyCompletionSchema.transform(fromLegacy)]);

/** Recording a drill: when, which plan version, what was rehearsed, who took part, how it went. */
export function emergencyDrillFormSchema(now: () => number) {
  return z.object({
    heldAt: pastDateTimeInput(now),
    planId: recordRef,
    scenario: safeText(200, { required: true }),
    participantIds: z.array(personId).min(1, { message: 'participantsRequired' }),
    process: safeText(2000, { required: true }),
    summary: safeText(2000, { required: true }),
  });
}
export type EmergencyDrillForm = z.infer<ReturnType<typeof emergencyDrillFormSchema>>;

/** 应急演练 (一(四)1): each drill — the plan version followed, the process and the summary report — at least once a year. */
export const emergencyDrillLedger = defineLedger({
  id: 'emergency-drill',
  ledger: 'emergency-drill',
  primary: true,
  clause: '一(四)1',
  retained: true,
  table: 'drills',
  indexes: ['[heldAt+id]', 'planId'],
  order: '[heldAt+id]',
  payload: emergencyDrillPayloadSchema,
  index: (payload) => ({ heldAt: payload.heldAt, planId: payload.planId ?? '' }),
  columns: [
    { id: 'heldAt', format: 'datetime', value: (payload) => payload.heldAt },
    { id: 'planId', format: 'ref', ref: 'emergency-plan', value: (payload) => payload.planId },
    { id: 'scenario', format: 'text', value: (payload) => payload.scenario },
    { id: 'participantCount', format: 'number', value: (payload) => (payload.legacy ? null : payload.participantIds.length) },
    { id: 'process', format: 'text', exportOnly: true, value: (payload) => payload.process },
    { id: 'summary', format: 'text', exportOnly: true, value: (payload) => payload.summary },
  ],
  attachments: [
    { id: 'scheme', accepts: ['pdf', 'image'] },
    { id: 'report', accepts: ['pdf', 'image'] },
    { id: 'evidence', accepts: ['pdf', 'image'] },
  ],
  search: 'text',
  describe: (payload) => `${toChinaDateString(payload.heldAt)} ${payload.scenario === '' ? payload.process.split('\n')[0] ?? '' : payload.scenario}`.trim(),
  clocks: (record) => {
    const heldAt = record.index['heldAt'];
    return typeof heldAt === 'number' ? [{ obligation: 'emergency-drill', source: 'emergency-drill', recordId: record.id, startedAt: null, doneAt: heldAt, closedAt: null }] : [];
  },
});
