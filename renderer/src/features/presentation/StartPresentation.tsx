import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { startPresentationFormSchema, type StartPresentationForm } from '@shared/session/presentation-pin';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { usePresentation } from '@renderer/session/presentation-context';
import { useOpenSession } from '@renderer/session/session-context';

/**
 * 交给商户操作: the agent sets a PIN, then the window shows only the
 * merchant's part of signing until the PIN is typed again.
 */
export function StartPresentation() {
  const { workspace } = useOpenSession();
  const { start } = usePresentation();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useForm<StartPresentationForm>({ resolver: zodResolver(startPresentationFormSchema), defaultValues: { pin: '', confirm: '' } });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => {
    form.reset();
    setOpen(false);
  };
  const submit = form.handleSubmit(async (values) => {
    await start(workspace.id, values.pin);
    close();
  });

  return (
    <section className="card" data-testid="start-presentation">
      <h2>{t('presentation.start.title')}</h2>
      <p className="muted">{t('presentation.start.body')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('presentation.start.action')}
        </button>
      </div>
      <dialog ref={dialog} className="dialog" aria-labelledby="start-presentation-title" onCancel={close}>
        <h2 id="start-presentation-title">{t('presentation.start.dialogTitle')}</h2>
        <p>{t('presentation.start.dialogBody')}</p>
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <FormField label={t('presentation.start.pin')} error={fieldErrorText('presentation.error.', errors.pin?.message)}>
            {(props) => <input {...props} {...form.register('pin')} type="password" inputMode="numeric" autoComplete="off" />}
          </FormField>
          <FormField label={t('presentation.start.confirm')} error={fieldErrorText('presentation.error.', errors.confirm?.message)}>
            {(props) => <input {...props} {...form.register('confirm')} type="password" inputMode="numeric" autoComplete="off" />}
          </FormField>
          <div className="actions">
            <button type="submit" className="button primary" disabled={isSubmitting}>
              {t('presentation.start.submit')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('presentation.pin.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
