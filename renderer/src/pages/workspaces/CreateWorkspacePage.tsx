import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { createWorkspaceFormSchema, type CreateWorkspaceForm } from '@shared/storage/workspace-forms';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { FormField } from '@renderer/components/FormField';
import { PassphraseStrengthMeter } from '@renderer/components/PassphraseStrengthMeter';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import { RecoveryCodeStep } from './RecoveryCodeStep';

type Created = Readonly<{ workspace: WorkspaceSummary; recoveryCode: string }>;

/** New workspace: name and passphrase (with its strength), then the recovery code, shown once. */
export function CreateWorkspacePage() {
  const { services, begin } = useSession();
  // 新商户签约: an agent's new merchant goes straight on to signing.
  const onboarding = useSearchParams()[0].get('then') === 'sign';
  const [created, setCreated] = useState<Created | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CreateWorkspaceForm>({
    resolver: zodResolver(createWorkspaceFormSchema),
    defaultValues: { label: '', passphrase: '', confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await services.vault.create(values.label, values.passphrase);
      if (onboarding) await services.registry.startOnboarding(result.summary.id, services.now());
      form.reset();
      begin(result.summary, result.store);
      setCreated({ workspace: result.summary, recoveryCode: result.recoveryCode });
    } catch (error) {
      setFailure(describeErrorZhCN(toWriteAppError(error).code));
    }
  });

  if (created !== null) return <RecoveryCodeStep workspace={created.workspace} recoveryCode={created.recoveryCode} next={onboarding ? '/sign' : '/'} />;

  return (
    <article className="page narrow">
      <h1>{t(onboarding ? 'create.onboardingTitle' : 'create.title')}</h1>
      {onboarding && <p className="lead">{t('create.onboardingIntro')}</p>}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormField label={t('create.labelField')} hint={t('create.labelHint')} error={fieldErrorText('label.', errors.label?.message)}>
          {(props) => <input {...props} {...form.register('label')} autoComplete="off" />}
        </FormField>
        <FormField label={t('create.passphraseField')} hint={t('create.passphraseHint')} error={fieldErrorText('form.', errors.passphrase?.message)}>
          {(props) => <input {...props} {...form.register('passphrase')} type="password" autoComplete="new-password" />}
        </FormField>
        <PassphraseStrengthMeter passphrase={passphrase} />
        <FormField label={t('create.confirmField')} error={fieldErrorText('form.', errors.confirm?.message)}>
          {(props) => <input {...props} {...form.register('confirm')} type="password" autoComplete="new-password" />}
        </FormField>
        {failure !== null && <p className="field-error" role="alert">{failure}</p>}
        <div className="actions">
          <button type="submit" className="button primary" disabled={isSubmitting}>
            {isSubmitting ? t('create.working') : t('create.submit')}
          </button>
        </div>
      </form>
    </article>
  );
}
