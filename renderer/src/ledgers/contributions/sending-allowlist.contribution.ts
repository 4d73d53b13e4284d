import {
  allowlistKinds,
  normalizedAllowlistValue,
  sendingAllowlistFormSchema,
  type SendingAllowlistForm,
  type SendingAllowlistPayload,
} from '@shared/ledgers/definitions/sending-allowlist.ledger';
import type { LedgerContribution } from '../ledger-contribution';

/** 发送白名单: one of the merchant's own links or phone numbers, kept as the screening compares it. */
export const sendingAllowlistContribution: LedgerContribution<SendingAllowlistPayload, SendingAllowlistForm> = {
  fields: [
    { name: 'kind', kind: 'select', options: allowlistKinds },
    { name: 'value', kind: 'text' },
    { name: 'note', kind: 'text' },
  ],
  formSchema: () => sendingAllowlistFormSchema,
  emptyForm: () => ({ kind: 'link', value: '', note: '' }),
  toForm: (payload) => ({ kind: payload.kind, value: payload.value, note: payload.note }),
  toPayload: (form, previous, { now }) => ({ kind: form.kind, value: normalizedAllowlistValue(form), note: form.note, addedAt: previous?.addedAt ?? now }),
  editable: true,
};
