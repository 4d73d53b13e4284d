import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { leakFreezeRequest, leakInvestigationReport } from '@shared/documents/ledger-letters';
import { apiCredentialLedger, type ApiCredentialPayload } from '@shared/ledgers/definitions/api-credential.ledger';
import { credentialLeakLedger, leakReportFormSchema, type CredentialLeakPayload, type LeakReportForm } from '@shared/ledgers/definitions/credential-leak.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { DueLine, useRecordItems } from '@renderer/features/ledgers/DueLine';
import { GenerateLetterButton } from '@renderer/features/ledgers/GenerateLetterButton';
import { StepForm } from '@renderer/features/ledgers/StepForm';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { recordLeakReset } from '@renderer/ledgers/credential-rotation';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { enumText } from '@renderer/ledgers/ledger-text';
import { useOpenSession, useSession } from '@renderer/session/session-context';

type Leak = LedgerRecord<CredentialLeakPayload>;

/**
 * 一(三)2 from the minute of discovery: notify and ask for a freeze (1 hour),
 * reset and update the authorisation records (24 hours), then the written
 * report; each step recorded with its time, letters filled in.
 */
export function LeakPanel({ record }: { record: Leak }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const items = useRecordItems(record.id);
  const credentialVersion = useTableVersion([apiCredentialLedger.table]);
  const [credential, setCredential] = useState<LedgerRecord<ApiCredentialPayload> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const leak = record.payload;
  const leaks = createLedgerRepository(store, credentialLeakLedger);

  useEffect(() => {
    let active = true;
    void createLedgerRepository(store, apiCredentialLedger)
      .get(leak.credentialId)
      .then((found) => active && setCredential(found), () => active && setCredential(null));
    return () => {
      active = false;
    };
  }, [store, leak.credentialId, credentialVersion]);

  const words = credential === null ? { incidentType: '', incidentGrade: '' } : { incidentType: '', incidentGrade: '', credentialType: enumText(apiCredentialLedger, 'type', credential.payload.type) };
  const save = (payload: CredentialLeakPayload) => leaks.update(record.id, payload);

  // The reset is a rotation of the credential: both are written in one transaction.
  const recordReset = (step: { at: number; note: string }) => recordLeakReset(store, record, credential, step);

  const close = async () => {
    try {
      await save({ ...leak, closedAt: services.now() });
      setMessage(t('leak.closed'));
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
    }
  };

  return (
    <section className="card" data-testid="leak-steps">
      <h2>{t('leak.steps.title')}</h2>
      <p>
        {t('leak.credential')}{' '}
        {credential === null ? t('ledgers.record.missingRef') : <Link to={`/ledgers/api-credential/${credential.id}`}>{credential.payload.name}</Link>}
      </p>
      <ol className="workflow-steps">
        <li className="workflow-step" data-testid="step-freeze">
          <h3>{t('leak.freeze.title')}</h3>
          <DueLine item={items.get('credential-leak-freeze')} />
          {leak.freeze !== null ? (
            <p>{t('ledgers.step.doneAt', { at: formatDateTime(leak.freeze.at), note: leak.freeze.note })}</p>
          ) : (
            <StepForm noteLabel={t('leak.freeze.note')} submitLabel={t('ledgers.step.record')} onRecord={(step) => save({ ...leak, freeze: step })} />
          )}
          {credential !== null && (
            <GenerateLetterButton label={t('leak.freeze.letter')} letter={() => leakFreezeRequest(leak, credential.payload, words)} owner={{ table: credentialLeakLedger.table, id: record.id, slot: 'freeze' }} />
          )}
        </li>
        <li className="workflow-step" data-testid="step-reset">
          <h3>{t('leak.reset.title')}</h3>
          <DueLine item={items.get('credential-leak-reset')} />
          {leak.reset !== null ? (
            <p>{t('ledgers.step.doneAt', { at: formatDateTime(leak.reset.at), note: leak.reset.note })}</p>
          ) : (
            <StepForm noteLabel={t('leak.reset.note')} submitLabel={t('ledgers.step.record')} onRecord={recordReset} />
          )}
        </li>
        <li className="workflow-step" data-testid="step-report">
          <h3>{t('leak.report.title')}</h3>
          {leak.report !== null ? (
            <p>{t('leak.report.doneAt', { at: formatDateTime(leak.report.at) })}</p>
          ) : (
            <LeakReportForm onSave={(report) => save({ ...leak, report })} />
          )}
          {credential !== null && leak.report !== null && (
            <GenerateLetterButton label={t('leak.report.letter')} letter={() => leakInvestigationReport(leak, credential.payload, words)} owner={{ table: credentialLeakLedger.table, id: record.id, slot: 'report' }} />
          )}
        </li>
      </ol>
      {leak.closedAt === null ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => void close()}>
            {t('leak.close')}
          </button>
        </div>
      ) : (
        <p>{t('leak.closedAt', { at: formatDateTime(leak.closedAt) })}</p>
      )}
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}

function LeakReportForm({ onSave }: { onSave: (report: { at: number; cause: string; measures: string }) => Promise<void> }) {
  const { services } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LeakReportForm>({ resolver: zodResolver(leakReportFormSchema(services.now)), defaultValues: { at: toChinaDateTimeInput(services.now()), cause: '', measures: '' } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSave({ at: instantOfInputOrThrow(values.at), cause: values.cause, measures: values.measures });
    } catch (error) {
      setFailure(describeErrorZhCN(toAppError(error).code));
    }
  });
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormField label={t('leak.report.at')} error={fieldErrorText('ledger.error.', errors.at?.message)}>
        {(props) => <input {...props} {...form.register('at')} type="datetime-local" />}
      </FormField>
      <FormField label={t('leak.report.cause')} error={fieldErrorText('ledger.error.', errors.cause?.message)}>
        {(props) => <textarea {...props} {...form.register('cause')} rows={3} />}
      </FormField>
      <FormField label={t('leak.report.measures')} error={fieldErrorText('ledger.error.', errors.measures?.message)}>
        {(props) => <textarea {...props} {...form.register('measures')} rows={3} />}
      </FormField>
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('leak.report.save')}
        </button>
      </div>
      {failure !== null && <p role="alert" className="field-error">{failure}</p>}
    </form>
  );
}
