import { staffFormOf, staffFormSchema, staffPayloadOf, type StaffForm, type StaffPayload } from '@shared/ledgers/definitions/staff.ledger';
import { toChinaDateString } from '@shared/time/china-time';
import type { LedgerContribution } from '../ledger-contribution';

/** 人员: name, department, role, joined and (kept for history) left. */
export const staffContribution: LedgerContribution<StaffPayload, StaffForm> = {
  fields: [
    { name: 'name', kind: 'text' },
    { name: 'department', kind: 'text' },
    { name: 'role', kind: 'text' },
    { name: 'joinedOn', kind: 'date' },
    { name: 'leftOn', kind: 'date' },
    { name: 'note', kind: 'textarea' },
  ],
  formSchema: () => staffFormSchema,
  emptyForm: (now) => ({ name: '', department: '', role: '', joinedOn: toChinaDateString(now), leftOn: '', note: '' }),
  toForm: staffFormOf,
  toPayload: (form) => staffPayloadOf(form),
  editable: true,
};
