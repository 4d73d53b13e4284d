import { z } from 'zod';
import { chinaMidnight } from '../../calendar/china-date';
import { defineLedger } from '../ledger-definition';
import { dateInput, safeText } from '../ledger-fields';

/** One person of the merchant's staff: custodians, reviewers, trainees and drill members are chosen from here. */
export const staffPayloadSchema = z.object({
  name: z.string().min(1).max(20),
  department: z.string().max(30),
  role: z.string().max(30),
  joinedOn: z.string(),
  /** Kept for history once the person leaves: past reviews and trainings still name them. */
  leftOn: z.string().nullable(),
  note: z.string().max(200),
});
export type StaffPayload = z.infer<typeof staffPayloadSchema>;

/** The 人员 form; error messages are keys under `ledger.error.`. */
export const staffFormSchema = z
  .object({
    name: safeText(20, { required: true }),
    department: safeText(30),
    role: safeText(30),
    joinedOn: dateInput(),
    leftOn: dateInput({ required: false }),
    note: safeText(200),
  })
  .refine((form) => form.leftOn === '' || form.leftOn >= form.joinedOn, { message: 'leftBeforeJoined', path: ['leftOn'] });
export type StaffForm = z.infer<typeof staffFormSchema>;

/** The payload a filled form stands for. */
export function staffPayloadOf(form: StaffForm): StaffPayload {
  return { ...form, leftOn: form.leftOn === '' ? null : form.leftOn };
}

/** The form showing a stored person. */
export function staffFormOf(payload: StaffPayload): StaffForm {
  return { ...payload, leftOn: payload.leftOn ?? '' };
}

/** 人员名册: the people the other ledgers name. */
export const staffLedger = defineLedger({
  id: 'staff',
  ledger: 'staff',
  primary: true,
  clause: null,
  retained: true,
  table: 'staff',
  indexes: ['[joinedAt+id]', 'status'],
  order: '[joinedAt+id]',
  payload: staffPayloadSchema,
  index: (payload) => ({ joinedAt: chinaMidnight(payload.joinedOn), status: payload.leftOn === null ? 'active' : 'left' }),
  columns: [
    { id: 'name', format: 'text', value: (payload) => payload.name },
    { id: 'department', format: 'text', value: (payload) => payload.department },
    { id: 'role', format: 'text', value: (payload) => payload.role },
    { id: 'joinedOn', format: 'text', value: (payload) => payload.joinedOn },
    { id: 'leftOn', format: 'text', value: (payload) => payload.leftOn },
    { id: 'note', format: 'text', exportOnly: true, value: (payload) => payload.note },
  ],
  attachments: [],
  filters: [{ field: 'status', values: ['active', 'left'] }],
  search: 'text',
  describe: (payload) => (payload.department === '' ? payload.name : `${payload.name}（${payload.department}）`),
});
