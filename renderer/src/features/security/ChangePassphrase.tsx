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

/**
 * Change the passphrase: only the wrapped data key changes; data and recovery
 * code stay. The current passphrase proves it, or, when it is lost, the
 * recovery code (the default after unlocking with it).
 */
export function ChangePassphrase() {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [message, setMessage] = useState<string | null>(null);
  const [proof, setProof] = useState<'passphrase' | 'recovery-code'>(store.unlockedWith === 'recovery-code' ? 'recovery-code' : 'passphrase');
  const form = useForm<ChangePassphraseForm>({
    resolver: zodResolver(changePassphraseFormSchema),
    defaultValues: { current: '', passphrase: '', confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });

  const submit = form.handleSubmit(async (values) => {
    try {
      await services.vault.changePassphrase(store, { kind: proof, value: values.current }, values.passphrase);
      form.reset();
      setMessage(t('security.passphrase.done'));
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    }
  });

  return (
    <section className="card">
      <h2>{t('security.passphrase.title')}</h2>
      {store.unlockedWith === 'recovery-code' && <p className="notice">{t('security.passphrase.afterRecovery')}</p>}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="tabs" role="radiogroup" aria-label={t('security.passphrase.proof')}>
          {(['passphrase', 'recovery-code'] as const).map((kind) => (
            <label key={kind} className="radio">
              <input
                type="radio"
                name="passphrase-proof"
                checked={proof === kind}
                onChange={() => {
                  setProof(kind);
                  form.setValue('current', '');
                }}
              />
              {t(kind === 'passphrase' ? 'security.passphrase.proofPassphrase' : 'security.passphrase.proofRecovery')}
            </label>
          ))}
        </div>
        <FormField label={t(proof === 'passphrase' ? 'security.passphrase.current' : 'security.passphrase.currentRecovery')} error={fieldErrorText('form.', errors.current?.message)}>
          {(props) => <input {...props} {...form.register('current')} type={proof === 'passphrase' ? 'password' : 'text'} autoComplete={proof === 'passphrase' ? 'current-password' : 'off'} />}
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
