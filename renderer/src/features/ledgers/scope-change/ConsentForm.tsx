import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { AppError, toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { answerFormSchema, scopeChangeLedger, type AnswerForm, type ScopeChangePayload } from '@shared/ledgers/definitions/scope-change.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { recordAnswerOrThrow } from '@shared/ledgers/scope-change-steps';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { attachmentWrite } from '@renderer/ledgers/attachments';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { usePickFile } from '../FilePickList';

const consentSlot = scopeChangeLedger.attachments.find((slot) => slot.id === 'consent')!;

/**
 * 一(三)3: the provider's consent, with the file that proves it; the consent
 * and its evidence are kept in one audited change, so there is never a
 * consent without its evidence.
 */
export function ConsentForm({ record }: { record: LedgerRecord<ScopeChangePayload> }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const pick = usePickFile();
  const [evidence, setEvidence] = useState<OpenedFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<AnswerForm>({ resolver: zodResolver(answerFormSchema(services.now)), defaultValues: { at: toChinaDateTimeInput(services.now()), note: '' } });
  const { errors, isSubmitting } = form.formState;

  const choose = async () => {
    const result = await pick(consentSlot);
    if (result === null) return;
    if ('error' in result) return setFailure(result.error);
    setFailure(null);
    setEvidence(result.file);
  };

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (evidence === null) throw new AppError('scope-change/evidence-missing');
      const repository = createLedgerRepository(store, scopeChangeLedger);
      const evidenceId = store.newId();
      const next = recordAnswerOrThrow(record.payload, { kind: 'consent', at: instantOfInputOrThrow(values.at), note: values.note, evidenceId });
      const owner = { table: scopeChangeLedger.table, id: record.id };
      await store.writeRows([await repository.toRowWrite(record.id, next), attachmentWrite(store, owner, { slot: consentSlot.id, file: evidence, id: evidenceId }, services.now())], {
        action: 'record-updated',
        table: scopeChangeLedger.table,
        recordId: record.id,
      });
    } catch (error) {
      setFailure(describeErrorZhCN(toAppError(error).code));
    }
  });

  return (
    <form className="form step-form" onSubmit={(event) => void submit(event)} noValidate data-testid="consent-form">
      <h4>{t('scopeChange.consent.title')}</h4>
      <FormField label={t('scopeChange.answer.at')} error={fieldErrorText('ledger.error.', errors.at?.message)}>
        {(props) => <input {...props} {...form.register('at')} type="datetime-local" />}
      </FormField>
      <FormField label={t('scopeChange.consent.note')} error={fieldErrorText('ledger.error.', errors.note?.message)}>
        {(props) => <textarea {...props} {...form.register('note')} rows={3} />}
      </FormField>
      <div className="field">
        <span className="field-label">{t('scopeChange.consent.evidence')}</span>
        <div className="actions">
          <button type="button" className="button small" onClick={() => void choose()}>
            {t('scopeChange.consent.choose')}
          </button>
          {evidence !== null && (
            <span className="file-name" translate="no">
              {evidence.name}
            </span>
          )}
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('scopeChange.consent.record')}
        </button>
      </div>
      {failure !== null && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </form>
  );
}
