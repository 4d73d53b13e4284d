import { z } from 'zod';
import { agreedScenarioNames } from '../scenarios';
import { defineLedger } from '../ledger-definition';
import { instant, pastDateTimeInput, safeText } from '../ledger-fields';
import { stepSchema } from './credential-leak.ledger';

/** What kind of messages a new scenario sends: notices, or marketing (which also needs the users' consent, 一(一)2). */
export const scenarioNatures = ['notification', 'marketing'] as const;
export type ScenarioNature = (typeof scenarioNatures)[number];

/** The provider's consent, with the file that proves it. */
export const consentSchema = z.object({ at: instant, note: z.string().max(500), evidenceId: z.string().min(1) });

/**
 * 一(三)3: a change of the scenarios the interface is used for. It needs a
 * written application to the provider first, and the provider's consent
 * before the new scenario may be used.
 */
export const scopeChangePayloadSchema = z
  .object({
    scenarioName: z.string().min(1).max(20),
    nature: z.enum(scenarioNatures),
    reason: z.string().max(500),
    scope: z.string().max(500),
    createdAt: instant,
    /** The written application, submitted to the provider. */
    application: stepSchema.nullable(),
    consent: consentSchema.nullable(),
    refusal: stepSchema.nullable(),
  })
  .refine((payload) => (payload.consent === null && payload.refusal === null) || payload.application !== null, { message: 'not-applied' })
  .refine((payload) => payload.consent === null || payload.refusal === null, { message: 'answered' })
  .refine((payload) => [payload.consent, payload.refusal].every((answer) => answer === null || answer.at >= (payload.application?.at ?? Infinity)), {
    message: 'before-application',
  });
export type ScopeChangePayload = z.infer<typeof scopeChangePayloadSchema>;

/** The application's form; error messages are keys under `ledger.error.`. */
export const scopeChangeFormSchema = z.object({
  scenarioName: safeText(20, { required: true }).refine((name) => !agreedScenarioNames().includes(name), { message: 'scenarioAgreed' }),
  nature: z.enum(scenarioNatures),
  reason: safeText(500, { required: true }),
  scope: safeText(500, { required: true }),
});
export type ScopeChangeForm = z.infer<typeof scopeChangeFormSchema>;

/** Recording the provider's answer (consent or refusal) at a time, with a note. */
export function answerFormSchema(now: () => number) {
  return z.object({ at: pastDateTimeInput(now), note: safeText(500, { required: true }) });
}
export type AnswerForm = z.infer<ReturnType<typeof answerFormSchema>>;

export const scopeChangeStatuses = ['draft', 'applied', 'consented', 'refused'] as const;

/** Where an application stands. */
export function scopeChangeStatus(payload: ScopeChangePayload): (typeof scopeChangeStatuses)[number] {
  if (payload.consent !== null) return 'consented';
  if (payload.refusal !== null) return 'refused';
  return payload.application === null ? 'draft' : 'applied';
}

/** 场景变更申请 (一(三)3): each application, its written letter and the provider's answer with evidence. */
export const scopeChangeLedger = defineLedger({
  id: 'scope-change',
  ledger: 'scope-change',
  primary: true,
  clause: '一(三)3',
  retained: true,
  table: 'scopeChanges',
  indexes: ['[createdAt+id]', 'status'],
  order: '[createdAt+id]',
  payload: scopeChangePayloadSchema,
  index: (payload) => ({
    createdAt: payload.createdAt,
    appliedAt: payload.application?.at ?? 0,
    consentedAt: payload.consent?.at ?? 0,
    status: scopeChangeStatus(payload),
  }),
  columns: [
    { id: 'createdAt', format: 'datetime', value: (payload) => payload.createdAt },
    { id: 'scenarioName', format: 'text', value: (payload) => payload.scenarioName },
    { id: 'nature', format: 'enum', value: (payload) => payload.nature },
    { id: 'status', format: 'enum', values: scopeChangeStatuses, value: (payload) => scopeChangeStatus(payload) },
    { id: 'appliedAt', format: 'datetime', value: (payload) => payload.application?.at ?? null },
    { id: 'answeredAt', format: 'datetime', value: (payload) => payload.consent?.at ?? payload.refusal?.at ?? null },
    { id: 'reason', format: 'text', exportOnly: true, value: (payload) => payload.reason },
    { id: 'scope', format: 'text', exportOnly: true, value: (payload) => payload.scope },
    { id: 'answer', format: 'text', exportOnly: true, value: (payload) => payload.consent?.note ?? payload.refusal?.note ?? null },
  ],
  attachments: [
    { id: 'application', accepts: ['pdf', 'image'] },
    { id: 'consent', accepts: ['pdf', 'image'] },
    { id: 'refusal', accepts: ['pdf', 'image'] },
  ],
  filters: [{ field: 'status', values: scopeChangeStatuses }],
  search: 'text',
  describe: (payload) => payload.scenarioName,
});
