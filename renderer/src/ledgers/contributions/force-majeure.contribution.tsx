import { forceMajeureFormSchema, forceMajeureKinds, type ForceMajeureForm, type ForceMajeurePayload } from '@shared/ledgers/definitions/force-majeure.ledger';
import { instantOfInputOrThrow, instantOfOptionalInput } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { ForceMajeurePanel } from '@renderer/features/ledgers/force-majeure/ForceMajeurePanel';
import type { LedgerContribution } from '../ledger-contribution';

/** 不可抗力: what happened and when, its effect on the duties, and when it ended. */
export const forceMajeureContribution: LedgerContribution<ForceMajeurePayload, ForceMajeureForm> = {
  fields: [
    { name: 'kind', kind: 'select', options: forceMajeureKinds },
    { name: 'occurredAt', kind: 'datetime' },
    { name: 'description', kind: 'textarea' },
    { name: 'impact', kind: 'textarea' },
    { name: 'endedAt', kind: 'datetime' },
  ],
  formSchema: forceMajeureFormSchema,
  emptyForm: (now) => ({ kind: 'natural-disaster', occurredAt: toChinaDateTimeInput(now), description: '', impact: '', endedAt: '' }),
  toForm: (payload) => ({
    kind: payload.kind,
    occurredAt: toChinaDateTimeInput(payload.occurredAt),
    description: payload.description,
    impact: payload.impact,
    endedAt: payload.endedAt === null ? '' : toChinaDateTimeInput(payload.endedAt),
  }),
  toPayload: (form, previous) => ({
    kind: form.kind,
    occurredAt: instantOfInputOrThrow(form.occurredAt),
    description: form.description,
    impact: form.impact,
    notice: previous?.notice ?? null,
    endedAt: instantOfOptionalInput(form.endedAt),
    remediation: previous?.remediation ?? null,
  }),
  editable: true,
  panel: (record) => <ForceMajeurePanel record={record} />,
};
