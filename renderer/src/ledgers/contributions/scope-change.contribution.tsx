import { scenarioNatures, scopeChangeFormSchema, type ScopeChangeForm, type ScopeChangePayload } from '@shared/ledgers/definitions/scope-change.ledger';
import { ScopeChangePanel } from '@renderer/features/ledgers/scope-change/ScopeChangePanel';
import type { LedgerContribution } from '../ledger-contribution';

/** 场景变更申请: the new scenario, its nature, why and to whom; the application and the answer are steps of its panel. */
export const scopeChangeContribution: LedgerContribution<ScopeChangePayload, ScopeChangeForm> = {
  fields: [
    { name: 'scenarioName', kind: 'text' },
    { name: 'nature', kind: 'select', options: scenarioNatures },
    { name: 'reason', kind: 'textarea' },
    { name: 'scope', kind: 'textarea' },
  ],
  formSchema: () => scopeChangeFormSchema,
  emptyForm: () => ({ scenarioName: '', nature: 'notification', reason: '', scope: '' }),
  toForm: (payload) => ({ scenarioName: payload.scenarioName, nature: payload.nature, reason: payload.reason, scope: payload.scope }),
  toPayload: (form, previous, { now }) => ({
    ...form,
    createdAt: previous?.createdAt ?? now,
    application: previous?.application ?? null,
    consent: previous?.consent ?? null,
    refusal: previous?.refusal ?? null,
  }),
  editable: true,
  // What was submitted to the provider stays as it was sent.
  isEditable: (record) => record.payload.application === null,
  panel: (record) => <ScopeChangePanel record={record} />,
};
