import { apiCredentialFormSchema, credentialTypes, type ApiCredentialForm, type ApiCredentialPayload } from '@shared/ledgers/definitions/api-credential.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { CredentialPanel } from '@renderer/features/ledgers/credentials/CredentialPanel';
import type { LedgerContribution } from '../ledger-contribution';
import { fingerprintSecret } from '../secret-fingerprint';

/**
 * 接口凭证: name, type, custodian from 人员, scope, issue date. The secret
 * may be typed once to leave a fingerprint; it is never stored, and the form
 * never shows it again.
 */
export const apiCredentialContribution: LedgerContribution<ApiCredentialPayload, ApiCredentialForm> = {
  fields: [
    { name: 'name', kind: 'text' },
    { name: 'type', kind: 'select', options: credentialTypes },
    { name: 'custodianId', kind: 'record', ledger: 'staff' },
    { name: 'scope', kind: 'textarea' },
    { name: 'issuedAt', kind: 'datetime' },
    { name: 'secret', kind: 'secret' },
    { name: 'note', kind: 'text' },
  ],
  formSchema: apiCredentialFormSchema,
  emptyForm: (now) => ({ name: '', type: 'api-key', custodianId: '', scope: '', issuedAt: toChinaDateTimeInput(now), secret: '', note: '' }),
  toForm: (payload) => ({ name: payload.name, type: payload.type, custodianId: payload.custodianId, scope: payload.scope, issuedAt: toChinaDateTimeInput(payload.issuedAt), secret: '', note: payload.note }),
  toPayload: async (form, previous, context) => {
    const typed = await fingerprintSecret(context.store.cryptoPort, form.secret);
    return {
      name: form.name,
      type: form.type,
      custodianId: form.custodianId,
      scope: form.scope,
      issuedAt: instantOfInputOrThrow(form.issuedAt),
      fingerprint: typed ?? previous?.fingerprint ?? null,
      rotations: previous?.rotations ?? [],
      retiredAt: previous?.retiredAt ?? null,
      note: form.note,
    };
  },
  editable: true,
  panel: (record) => <CredentialPanel record={record} />,
};
