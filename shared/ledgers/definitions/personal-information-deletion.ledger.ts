import { z } from 'zod';
import { defineLedger } from '../ledger-definition';
import { instant, safeText, optionalPastDateTimeInput } from '../ledger-fields';
import { agreedScenarios, isAgreedScenario, isConsentedScenarioId, type AgreedScenario } from '../scenario-id';

/** Whose service ended: one number, one import batch, or every number of the ledger. */
export const serviceEndScopes = ['record', 'batch', 'all'] as const;
export type ServiceEndScope = (typeof serviceEndScopes)[number];

/**
 * What the desktop app's automatic snapshots still hold: `pending` until the
 * snapshots older than the deletion are replaced; `not-kept` where the app
 * keeps none (the browser mode).
 */
export const snapshotStates = ['pending', 'replaced', 'not-kept'] as const;

export const deletionStates = ['pending', 'deleting', 'awaiting-snapshots', 'done'] as const;
export type DeletionState = (typeof deletionStates)[number];

const count = z.number().int().nonnegative();

/**
 * How many numbers of each scenario a deletion removed: every agreed
 * scenario (0 when none), and each consented new one (一(三)3) that had any.
 */
export const scenarioCountsSchema = z
  .object(Object.fromEntries(agreedScenarios.map((scenario) => [scenario, count])) as Record<AgreedScenario, typeof count>)
  .catchall(count)
  .refine((counts) => Object.keys(counts).every((key) => isAgreedScenario(key) || isConsentedScenarioId(key)), { message: 'scenario' });
export type ScenarioCounts = z.infer<typeof scenarioCountsSchema>;

/** The deletion itself, once done: counts without numbers, who did it, and the backups made before it. */
export const deletionDoneSchema = z.object({
  at: instant,
  count: z.number().int().nonnegative(),
  byScenario: scenarioCountsSchema,
  executedBy: z.string().max(40),
  /** Every record in scope is gone (false while a deletion cut short still has rows to remove). */
  rowsRemoved: z.boolean(),
  /** When each backup of the workspace made before the deletion was written (from the audit log). */
  backupsBefore: z.array(instant).max(10_000),
  snapshots: z.enum(snapshotStates),
  completedAt: instant.nullable(),
});
export type DeletionDone = z.infer<typeof deletionDoneSchema>;

export const serviceEndPayloadSchema = z.object({
  scope: z.enum(serviceEndScopes),
  /** The record or import batch whose service ended; '' for every record. */
  targetId: z.string().max(64),
  /** The batch's file name; never a phone number. */
  targetLabel: z.string().max(120),
  endedAt: instant,
  reason: z.string().max(200),
  deletion: deletionDoneSchema.nullable(),
});
export type ServiceEndPayload = z.infer<typeof serviceEndPayloadSchema>;

/** Recording that the service ended for every number (the letter's service ended, or the merchant stops using SMS). */
export function serviceEndFormSchema(now: () => number) {
  return z.object({ endedAt: optionalPastDateTimeInput(now), reason: safeText(200, { required: true }) });
}
export type ServiceEndForm = z.infer<ReturnType<typeof serviceEndFormSchema>>;

/** Who carries out 彻底删除. */
export const executedBySchema = safeText(40, { required: true });

/** Where a service-end record stands. */
export function deletionStateOf(payload: Pick<ServiceEndPayload, 'deletion'>): DeletionState {
  if (payload.deletion === null) return 'pending';
  if (payload.deletion.completedAt !== null) return 'done';
  return payload.deletion.rowsRemoved ? 'awaiting-snapshots' : 'deleting';
}

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null);

/**
 * 个人信息台账 → 服务终止与删除记录 (一(一)3): the service ended for a number,
 * an import batch or all of them; deletion is then due within 15 working
 * days. Once done, the same record is the deletion record: when, how many,
 * for which scenarios, who did it — never a number or its blind index.
 */
export const personalInformationDeletionLedger = defineLedger({
  id: 'personal-information-deletion',
  ledger: 'personal-information',
  primary: false,
  clause: '一(一)3',
  retained: true,
  table: 'personalInformationDeletions',
  indexes: ['[endedAt+id]', 'status', 'targetId'],
  order: '[endedAt+id]',
  payload: serviceEndPayloadSchema,
  index: (payload) => ({
    endedAt: payload.endedAt,
    status: deletionStateOf(payload),
    scope: payload.scope,
    targetId: payload.targetId,
    deletedAt: payload.deletion?.at ?? 0,
    completedAt: payload.deletion?.completedAt ?? 0,
  }),
  columns: [
    { id: 'endedAt', format: 'datetime', value: (payload) => payload.endedAt },
    { id: 'scope', format: 'enum', values: serviceEndScopes, value: (payload) => payload.scope },
    { id: 'targetLabel', format: 'text', value: (payload) => payload.targetLabel },
    { id: 'reason', format: 'text', exportOnly: true, value: (payload) => payload.reason },
    { id: 'status', format: 'enum', values: deletionStates, value: (payload) => deletionStateOf(payload) },
    { id: 'deletedAt', format: 'datetime', value: (payload) => payload.deletion?.at ?? null },
    { id: 'count', format: 'number', value: (payload) => payload.deletion?.count ?? null },
    { id: 'executedBy', format: 'text', exportOnly: true, value: (payload) => payload.deletion?.executedBy ?? null },
    { id: 'completedAt', format: 'datetime', exportOnly: true, value: (payload) => payload.deletion?.completedAt ?? null },
  ],
  attachments: [],
  filters: [{ field: 'status', values: deletionStates }],
  search: 'text',
  describe: (payload) => payload.targetLabel || payload.reason,
  clocks: (record) => {
    const endedAt = positive(record.index['endedAt']);
    if (endedAt === null) return [];
    return [{ obligation: 'personal-information-deletion', source: 'personal-information-deletion', recordId: record.id, startedAt: endedAt, doneAt: positive(record.index['completedAt']), closedAt: null }];
  },
});
