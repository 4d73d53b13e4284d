import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { agreedScenarios, consentMethods, personalInformationFormSchema, type PersonalInformationForm as FormValues } from '@shared/ledgers/personal-information.schema';
import { maskChineseMobile, normalizeChineseMobile } from '@shared/phone/phone-number';
import { parseChinaDateTimeInput, toChinaDateTimeInput } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { LowSpaceDialog, useStorageGuard } from '@renderer/features/security/use-storage-guard';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { addPersonalInformation } from '@renderer/ledgers/personal-information.repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';

const evidenceMaxBytes = 20 * 1024 * 1024;

/** Adds one phone number to the ledger, with its consent evidence if there is one. */
export function PersonalInformationForm({ onSaved }: { onSaved: () => void }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const guard = useStorageGuard();
  const [evidence, setEvidence] = useState<OpenedFile | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(personalInformationFormSchema),
    defaultValues: { phone: '', name: '', scenario: 'verification-code', source: '', consent: 'written', collectedAt: toChinaDateTimeInput(services.now()), usage: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const error = (message: string | undefined) => fieldErrorText('pi.error.', message);

  const pickEvidence = async () => {
    const result = await services.host.files.openFile({
      filters: [{ name: '图片或 PDF', extensions: ['jpg', 'jpeg', 'png', 'webp', 'pdf'] }],
      maxBytes: evidenceMaxBytes,
    });
    if (!result.ok) setMessage(result.error.code === 'files/unsupported-type' ? t('pi.error.evidenceType') : describeErrorZhCN(result.error.code));
    else if (result.value !== null) setEvidence(result.value);
  };

  const submit = form.handleSubmit(async (values) => {
    const collectedAt = parseChinaDateTimeInput(values.collectedAt);
    if (collectedAt === null || collectedAt > services.now()) return form.setError('collectedAt', { message: 'future' });
    if (!(await guard.confirmSpace(evidence?.data.byteLength ?? 0))) return;
    try {
      await addPersonalInformation(store, values, evidence, services.now());
      setMessage(t('pi.saved', { phone: maskChineseMobile(normalizeChineseMobile(values.phone) ?? '') }));
      form.reset({ ...values, phone: '', name: '', usage: '', collectedAt: toChinaDateTimeInput(services.now()) });
      setEvidence(null);
      onSaved();
    } catch (failure) {
      setMessage(describeErrorZhCN(toAppError(failure).code));
    }
  });

  return (
    <section className="card">
      <h2>{t('pi.add.title')}</h2>
      <form className="form grid-form" onSubmit={(event) => void submit(event)} noValidate>
        <FormField label={t('pi.field.phone')} error={error(errors.phone?.message)}>
          {(props) => <input {...props} {...form.register('phone')} inputMode="tel" autoComplete="off" />}
        </FormField>
        <FormField label={t('pi.field.name')} error={error(errors.name?.message)}>
          {(props) => <input {...props} {...form.register('name')} autoComplete="off" />}
        </FormField>
        <FormField label={t('pi.field.scenario')} error={error(errors.scenario?.message)}>
          {(props) => (
            <select {...props} {...form.register('scenario')}>
              {agreedScenarios.map((scenario) => (
                <option key={scenario} value={scenario}>{t(`pi.scenario.${scenario}`)}</option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('pi.field.consent')} error={error(errors.consent?.message)}>
          {(props) => (
            <select {...props} {...form.register('consent')}>
              {consentMethods.map((method) => (
                <option key={method} value={method}>{t(`pi.consent.${method}`)}</option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('pi.field.source')} hint={t('pi.field.sourceHint')} error={error(errors.source?.message)}>
          {(props) => <input {...props} {...form.register('source')} autoComplete="off" />}
        </FormField>
        <FormField label={t('pi.field.collectedAt')} error={error(errors.collectedAt?.message)}>
          {(props) => <input {...props} {...form.register('collectedAt')} type="datetime-local" />}
        </FormField>
        <FormField label={t('pi.field.usage')} error={error(errors.usage?.message)}>
          {(props) => <input {...props} {...form.register('usage')} autoComplete="off" />}
        </FormField>
        <div className="field">
          <span>{t('pi.field.evidence')}</span>
          <div className="actions">
            <button type="button" className="button" onClick={() => void pickEvidence()}>
              {t('documents.verify.action')}
            </button>
            {evidence !== null && <span data-testid="evidence-name">{evidence.name}</span>}
          </div>
        </div>
        <div className="actions span-all">
          <button type="submit" className="button primary" disabled={isSubmitting}>
            {isSubmitting ? t('pi.saving') : t('pi.submit')}
          </button>
        </div>
      </form>
      {message !== null && <p role="status" data-testid="pi-status">{message}</p>}
      <LowSpaceDialog guard={guard} />
    </section>
  );
}
