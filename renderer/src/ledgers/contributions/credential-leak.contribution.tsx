import { credentialLeakFormSchema, type CredentialLeakForm, type CredentialLeakPayload } from '@shared/ledgers/definitions/credential-leak.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { LeakPanel } from '@renderer/features/ledgers/credentials/LeakPanel';
import type { LedgerContribution } from '../ledger-contribution';

/** 疑似泄露: which credential, discovered when (to the minute), what happened. */
export const credentialLeakContribution: LedgerContribution<CredentialLeakPayload, CredentialLeakForm> = {
  fields: [
    { name: 'credentialId', kind: 'record', ledger: 'api-credential' },
    { name: 'discoveredAt', kind: 'datetime' },
    { name: 'description', kind: 'textarea' },
  ],
  formSchema: credentialLeakFormSchema,
  emptyForm: (now) => ({ credentialId: '', discoveredAt: toChinaDateTimeInput(now), description: '' }),
  toForm: (payload) => ({ credentialId: payload.credentialId, discoveredAt: toChinaDateTimeInput(payload.discoveredAt), description: payload.description }),
  toPayload: (form, previous) => ({
    credentialId: form.credentialId,
    discoveredAt: instantOfInputOrThrow(form.discoveredAt),
    description: form.description,
    freeze: previous?.freeze ?? null,
    reset: previous?.reset ?? null,
    report: previous?.report ?? null,
    closedAt: previous?.closedAt ?? null,
  }),
  editable: false,
  panel: (record) => <LeakPanel record={record} />,
};
