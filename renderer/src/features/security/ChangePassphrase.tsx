import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { changePassphraseFormSchema, type ChangePassphraseForm } from '@shared/storage/workspace-forms';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { FormField } from '@renderer/components/FormField';
import { PassphraseStrengthMeter } from '@renderer/components/PassphraseStrengthMeter';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/** Change the passphrase: only the wrapped data key changes; data and recovery code stay. */
export function ChangePassphrase() {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<ChangePassphraseForm>({
    resolver: zodResolver(changePassphraseFormSchema),
    defaultValues: { current: '', passphrase: '', confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });

  const submit = form.handleSubmit(async (values) => {
    try {
      await services.vault.changePassphrase(store, values.current, values.passphrase);
      form.reset();
      setMessage(t('security.passphrase.done'));
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    }
  });

  return (
    <section className="card">
      <h2>{t('security.passphrase.title')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormField label={t('security.passphrase.current')} error={fieldErrorText('form.', errors.current?.message)}>
          {(props) => <input {...props} {...form.register('current')} type="password" autoComplete="current-password" />}
        </FormField>
        <FormField label={t('security.passphrase.new')} error={fieldErrorText('form.', errors.passphrase?.message)}>
          {(props) => <input {...props} {...form.register('passphrase')} type="password" autoComplete="new-password" />}
        </FormField>
        <PassphraseStrengthMeter passphrase={passphrase} />
        <FormField label={t('security.passphrase.confirm')} error={fieldErrorText('form.', errors.confirm?.message)}>
          {(props) => <input {...props} {...form.register('confirm')} type="password" autoComplete="new-password" />}
        </FormField>
        <div className="actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {t('security.passphrase.submit')}
          </button>
        </div>
      </form>
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
