import { completionFormSchema, type CompletionForm, type CompletionPayload } from '@shared/ledgers/definitions/completion-ledgers';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import type { LedgerContribution } from '../ledger-contribution';

/** A duty done (a training, a drill, a self-inspection, a policy version): when, what, and the evidence. */
export const completionContribution: LedgerContribution<CompletionPayload, CompletionForm> = {
  fields: [
    { name: 'at', kind: 'datetime' },
    { name: 'note', kind: 'textarea' },
  ],
  formSchema: completionFormSchema,
  emptyForm: (now) => ({ at: toChinaDateTimeInput(now), note: '' }),
  toForm: (payload) => ({ at: toChinaDateTimeInput(payload.at), note: payload.note }),
  toPayload: (form) => ({ at: instantOfInputOrThrow(form.at), note: form.note }),
  editable: true,
};
