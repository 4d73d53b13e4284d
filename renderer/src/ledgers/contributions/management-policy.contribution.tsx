import { newDraft } from '@shared/ledgers/document-versions';
import {
  defaultPolicyText,
  departmentsOfForm,
  managementPolicyFormSchema,
  managementPolicyLedger,
  type ManagementPolicyForm,
  type ManagementPolicyPayload,
} from '@shared/ledgers/definitions/management-policy.ledger';
import { PolicyPanel } from '@renderer/features/ledgers/routine/PolicyPanel';
import { nextVersionOf } from '../document-versions';
import type { LedgerContribution } from '../ledger-contribution';

function departmentFields(departments: ManagementPolicyPayload['departments']) {
  const at = (index: number) => departments[index] ?? { name: '', duties: '' };
  return {
    department1Name: at(0).name,
    department1Duties: at(0).duties,
    department2Name: at(1).name,
    department2Duties: at(1).duties,
    department3Name: at(2).name,
    department3Duties: at(2).duties,
  };
}

/**
 * 管理制度: the departments and their security duties, assessment, penalties,
 * filled in ahead in the letter's words. Edited while a draft; once issued,
 * a change is a new version.
 */
export const managementPolicyContribution: LedgerContribution<ManagementPolicyPayload, ManagementPolicyForm> = {
  fields: [
    { name: 'department1Name', kind: 'text', group: 'departments' },
    { name: 'department1Duties', kind: 'textarea', group: 'departments' },
    { name: 'department2Name', kind: 'text', group: 'departments' },
    { name: 'department2Duties', kind: 'textarea', group: 'departments' },
    { name: 'department3Name', kind: 'text', group: 'departments' },
    { name: 'department3Duties', kind: 'textarea', group: 'departments' },
    { name: 'assessment', kind: 'textarea', group: 'rules' },
    { name: 'penalties', kind: 'textarea', group: 'rules' },
    { name: 'responsibleId', kind: 'record', ledger: 'staff' },
    { name: 'note', kind: 'text' },
  ],
  formSchema: () => managementPolicyFormSchema,
  emptyForm: () => {
    const text = defaultPolicyText();
    return { ...departmentFields(text.departments), assessment: text.assessment, penalties: text.penalties, responsibleId: '', note: '' };
  },
  toForm: (payload) => {
    // A version an older app recorded has only a note: start from the ready-made text.
    const text = payload.legacy ? defaultPolicyText() : payload;
    return { ...departmentFields(text.departments), assessment: text.assessment, penalties: text.penalties, responsibleId: payload.responsibleId ?? '', note: payload.legacy ? '' : payload.note };
  },
  toPayload: async (form, previous, context) => ({
    ...(previous ?? { ...newDraft(await nextVersionOf(context.store, managementPolicyLedger), context.now), legacy: false }),
    departments: departmentsOfForm(form),
    assessment: form.assessment,
    penalties: form.penalties,
    responsibleId: form.responsibleId,
    note: form.note,
  }),
  editable: true,
  isEditable: (record) => record.payload.issuedAt === null,
  panel: (record) => <PolicyPanel record={record} />,
};
