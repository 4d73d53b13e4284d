import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { chinaMidnight } from '@shared/calendar/china-date';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { serviceEndFormSchema, type ServiceEndForm as ServiceEndValues } from '@shared/signing/service-end.schema';
import { toChinaDateString } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { useState } from 'react';
import { recordLetterServiceEnd } from './letter-service-end';

type ServiceEndFormProps = Readonly<{ letterId: string; signedAt: number; onDone: (message: string) => void; onCancel: () => void }>;

/** 二(一): the day the service ended, recorded on the letter (audited); from that day recurring duties stop, the 2 years of keeping start and personal information falls due for deletion (一(一)3). */
export function ServiceEndForm({ letterId, signedAt, onDone, onCancel }: ServiceEndFormProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [failure, setFailure] = useState<string | null>(null);
  const signedOn = toChinaDateString(signedAt);
  const form = useForm<ServiceEndValues>({
    resolver: zodResolver(serviceEndFormSchema(signedOn, () => toChinaDateString(services.now()))),
    defaultValues: { endedOn: toChinaDateString(services.now()) },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await recordLetterServiceEnd(store, letterId, chinaMidnight(values.endedOn));
      onDone(t('dashboard.letter.endSaved'));
    } catch (error) {
      setFailure(describeErrorZhCN(toAppError(error).code));
    }
  });
  return (
    <form className="form service-end-form" onSubmit={(event) => void submit(event)} noValidate data-testid="service-end-form">
      <h3>{t('dashboard.letter.endTitle')}</h3>
      <FormField label={t('dashboard.letter.endDate')} hint={t('dashboard.letter.endHint')} error={fieldErrorText('dashboard.letter.error.', errors.endedOn?.message, { date: signedOn })}>
        {(props) => <input {...props} {...form.register('endedOn')} type="date" />}
      </FormField>
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('dashboard.letter.endSave')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('ledgers.form.cancel')}
        </button>
      </div>
      {failure !== null && <p role="alert" className="field-error">{failure}</p>}
    </form>
  );
}
