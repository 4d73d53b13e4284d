import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { changePassphraseFormSchema, type ChangePassphraseForm } from '@shared/storage/workspace-forms';
import { FormField } from '@renderer/components/FormField';
import { PassphraseStrengthMeter } from '@renderer/components/PassphraseStrengthMeter';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { runKeyRotation, type KeyRotationProgress } from '@renderer/storage/key-rotation';
import type { PreparedRecoveryCode } from '@renderer/vault/workspace-vault';
import { NewRecoveryCode } from './NewRecoveryCode';

/** While every row is sealed again: a modal that says how far it got (the app stays usable afterwards). */
function RotationProgressDialog({ progress }: { progress: KeyRotationProgress | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (progress !== null && !element.open) element.showModal();
    if (progress === null && element.open) element.close();
  }, [progress]);
  return (
    <dialog ref={dialog} className="dialog" aria-label={t('security.rotation.title')} onCancel={(event) => event.preventDefault()}>
      {progress !== null && (
        <p role="status" data-testid="rotation-progress">
          {t('security.rotation.running', { done: progress.done, total: progress.total })}
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('security.rotation.progressLabel')} />
        </p>
      )}
    </dialog>
  );
}

/**
 * 更换数据密钥: a new data key under a new passphrase, with a new recovery
 * code shown and confirmed first; then every row is sealed again with
 * progress. Whoever has the old passphrase and an old backup can open nothing
 * made afterwards. The key the OS keychain kept (the old one) is forgotten.
 */
export function KeyRotationSettings() {
  const { services } = useSession();
  const { workspace, store } = useOpenSession();
  const [prepared, setPrepared] = useState<PreparedRecoveryCode | null>(null);
  const [progress, setProgress] = useState<KeyRotationProgress | null>(null);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<ChangePassphraseForm>({ resolver: zodResolver(changePassphraseFormSchema), defaultValues: { current: '', passphrase: '', confirm: '' } });
  const { errors, isSubmitting } = form.formState;
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });

  const prepare = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      setPrepared(await services.vault.prepareKeyRotation(store, values.current, values.passphrase));
      form.reset();
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    }
  });

  const rotate = async (code: PreparedRecoveryCode) => {
    setWorking(true);
    setMessage(null);
    try {
      await code.commit();
      setPrepared(null);
      let sealed = 0;
      const { unreadable } = await runKeyRotation(store, (step) => {
        sealed = step.done;
        setProgress(step);
      });
      const device = await services.host.vault.deviceStatus({ workspaceId: workspace.id });
      const forgotten = device.ok && device.value.remembered && (await services.host.vault.forgetDevice({ workspaceId: workspace.id })).ok;
      setMessage(
        [
          t('security.rotation.done', { count: sealed - unreadable }),
          unreadable > 0 ? t('security.rotation.doneUnreadable', { count: unreadable }) : '',
          forgotten ? t('security.rotation.deviceForgotten') : '',
        ]
          .filter((part) => part !== '')
          .join(' '),
      );
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    } finally {
      setProgress(null);
      setWorking(false);
    }
  };

  return (
    <section className="card">
      <h2>{t('security.rotation.title')}</h2>
      <p>{t('security.rotation.body')}</p>
      {prepared === null ? (
        <form className="form" onSubmit={(event) => void prepare(event)} noValidate>
          <FormField label={t('security.rotation.current')} error={fieldErrorText('form.', errors.current?.message)}>
            {(props) => <input {...props} {...form.register('current')} type="password" autoComplete="current-password" />}
          </FormField>
          <FormField label={t('security.rotation.new')} error={fieldErrorText('form.', errors.passphrase?.message)}>
            {(props) => <input {...props} {...form.register('passphrase')} type="password" autoComplete="new-password" />}
          </FormField>
          <PassphraseStrengthMeter passphrase={passphrase} />
          <FormField label={t('security.rotation.confirm')} error={fieldErrorText('form.', errors.confirm?.message)}>
            {(props) => <input {...props} {...form.register('confirm')} type="password" autoComplete="new-password" />}
          </FormField>
          <div className="actions">
            <button type="submit" className="button" disabled={isSubmitting || working}>
              {isSubmitting ? t('security.rotation.preparing') : t('security.rotation.start')}
            </button>
          </div>
        </form>
      ) : (
        <NewRecoveryCode
          label={workspace.label}
          recoveryCode={prepared.recoveryCode}
          now={services.now()}
          intro={t('security.rotation.codeIntro')}
          confirmLabel={t('security.rotation.go')}
          working={working}
          onConfirmed={() => void rotate(prepared)}
          onCancel={() => setPrepared(null)}
        />
      )}
      {message !== null && (
        <p role="status" data-testid="rotation-result">
          {message}
        </p>
      )}
      <RotationProgressDialog progress={progress} />
    </section>
  );
}
