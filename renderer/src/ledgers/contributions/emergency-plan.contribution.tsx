import { newDraft } from '@shared/ledgers/document-versions';
import {
  defaultEmergencyPlanText,
  emergencyPlanFormSchema,
  emergencyPlanLedger,
  gradingOfForm,
  type EmergencyPlanForm,
  type EmergencyPlanPayload,
} from '@shared/ledgers/definitions/emergency-plan.ledger';
import { PlanPanel } from '@renderer/features/ledgers/routine/PlanPanel';
import { nextVersionOf } from '../document-versions';
import type { LedgerContribution } from '../ledger-contribution';

/**
 * 应急预案: the grading, the response process and the people responsible,
 * filled in ahead with a plan that can be issued as it is. A version is
 * edited while it is a draft; once issued, a change is a new version.
 */
export const emergencyPlanContribution: LedgerContribution<EmergencyPlanPayload, EmergencyPlanForm> = {
  fields: [
    { name: 'gradeEspeciallySerious', kind: 'textarea', group: 'grading' },
    { name: 'gradeSerious', kind: 'textarea', group: 'grading' },
    { name: 'gradeRelativelySerious', kind: 'textarea', group: 'grading' },
    { name: 'gradeGeneral', kind: 'textarea', group: 'grading' },
    { name: 'process', kind: 'textarea', group: 'process' },
    { name: 'leaderId', kind: 'record', ledger: 'staff', group: 'people' },
    { name: 'reporterId', kind: 'record', ledger: 'staff', group: 'people' },
    { name: 'memberIds', kind: 'records', ledger: 'staff', group: 'people' },
    { name: 'providerContact', kind: 'text', group: 'contacts' },
    { name: 'cyberspaceAuthority', kind: 'text', group: 'contacts' },
    { name: 'telecomAuthority', kind: 'text', group: 'contacts' },
    { name: 'note', kind: 'text' },
  ],
  formSchema: () => emergencyPlanFormSchema,
  emptyForm: () => {
    const text = defaultEmergencyPlanText();
    return {
      gradeEspeciallySerious: text.grading.especiallySerious,
      gradeSerious: text.grading.serious,
      gradeRelativelySerious: text.grading.relativelySerious,
      gradeGeneral: text.grading.general,
      process: text.process,
      leaderId: '',
      reporterId: '',
      memberIds: [],
      providerContact: '',
      cyberspaceAuthority: '',
      telecomAuthority: '',
      note: '',
    };
  },
  toForm: (payload) => ({
    gradeEspeciallySerious: payload.grading.especiallySerious,
    gradeSerious: payload.grading.serious,
    gradeRelativelySerious: payload.grading.relativelySerious,
    gradeGeneral: payload.grading.general,
    process: payload.process,
    leaderId: payload.leaderId,
    reporterId: payload.reporterId,
    memberIds: payload.memberIds,
    providerContact: payload.providerContact,
    cyberspaceAuthority: payload.cyberspaceAuthority,
    telecomAuthority: payload.telecomAuthority,
    note: payload.note,
  }),
  toPayload: async (form, previous, context) => ({
    ...(previous ?? newDraft(await nextVersionOf(context.store, emergencyPlanLedger), context.now)),
    grading: gradingOfForm(form),
    process: form.process,
    leaderId: form.leaderId,
    reporterId: form.reporterId,
    memberIds: form.memberIds,
    providerContact: form.providerContact,
    cyberspaceAuthority: form.cyberspaceAuthority,
    telecomAuthority: form.telecomAuthority,
    note: form.note,
  }),
  editable: true,
  isEditable: (record) => record.payload.issuedAt === null,
  panel: (record) => <PlanPanel record={record} />,
};
