import { emergencyDrillFormSchema, type EmergencyDrillForm, type EmergencyDrillPayload } from '@shared/ledgers/definitions/emergency-drill.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { DrillPanel } from '@renderer/features/ledgers/routine/DrillPanel';
import type { LedgerContribution } from '../ledger-contribution';

/** 应急演练: when, the plan version followed, what was rehearsed, who took part, the process and the summary report. */
export const emergencyDrillContribution: LedgerContribution<EmergencyDrillPayload, EmergencyDrillForm> = {
  fields: [
    { name: 'heldAt', kind: 'datetime' },
    { name: 'planId', kind: 'record', ledger: 'emergency-plan' },
    { name: 'scenario', kind: 'text' },
    { name: 'participantIds', kind: 'records', ledger: 'staff' },
    { name: 'process', kind: 'textarea' },
    { name: 'summary', kind: 'textarea' },
  ],
  formSchema: emergencyDrillFormSchema,
  emptyForm: (now) => ({ heldAt: toChinaDateTimeInput(now), planId: '', scenario: '', participantIds: [], process: '', summary: '' }),
  toForm: (payload) => ({
    heldAt: toChinaDateTimeInput(payload.heldAt),
    planId: payload.planId ?? '',
    scenario: payload.scenario,
    participantIds: payload.participantIds,
    process: payload.process,
    summary: payload.summary,
  }),
  toPayload: (form) => ({ ...form, heldAt: instantOfInputOrThrow(form.heldAt), legacy: false }),
  editable: true,
  panel: (record) => <DrillPanel record={record} />,
};
