import { serviceEndFormSchema, type ServiceEndForm, type ServiceEndPayload } from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import { instantOfOptionalInput } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { DeletionPanel } from '@renderer/features/ledgers/personal-information/DeletionPanel';
import { t } from '@renderer/i18n/t';
import { SaveRefusal, type LedgerContribution } from '../ledger-contribution';
import { openServiceEnds } from '../personal-information-deletion';

/**
 * 服务终止 for every number (the form); one number or one batch end from
 * their own pages. The record's panel carries 彻底删除 and, after it, the deletion record.
 */
export const personalInformationDeletionContribution: LedgerContribution<ServiceEndPayload, ServiceEndForm> = {
  fields: [
    { name: 'endedAt', kind: 'datetime' },
    { name: 'reason', kind: 'text' },
  ],
  formSchema: serviceEndFormSchema,
  emptyForm: () => ({ endedAt: '', reason: '' }),
  toForm: (payload) => ({ endedAt: toChinaDateTimeInput(payload.endedAt), reason: payload.reason }),
  toPayload: (form, previous, context) => ({
    scope: previous?.scope ?? 'all',
    targetId: previous?.targetId ?? '',
    targetLabel: previous?.targetLabel ?? '',
    endedAt: instantOfOptionalInput(form.endedAt) ?? context.now,
    reason: form.reason,
    deletion: previous?.deletion ?? null,
  }),
  // Every number's service ends once: while that deletion is open, a second one is refused with the way to the first.
  checkBeforeSave: async (payload, context) => {
    if (payload.scope !== 'all') return;
    const open = (await openServiceEnds(context.store)).find((record) => record.payload.scope === 'all' && record.id !== context.recordId);
    if (open !== undefined) throw new SaveRefusal(t('deletion.end.alreadyAll'), { to: `/ledgers/personal-information-deletion/${open.id}`, label: t('deletion.end.openExisting') });
  },
  editable: false,
  // The record of a deletion (or of a duty still open) is kept; it holds no personal data.
  deletable: false,
  panel: (record) => <DeletionPanel record={record} />,
};
