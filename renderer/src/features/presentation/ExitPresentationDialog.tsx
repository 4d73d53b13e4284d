import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { usePresentation } from '@renderer/session/presentation-context';

type ExitPresentationDialogProps = Readonly<{ open: boolean; onClose: () => void }>;

/** The agent takes the device back with the PIN set when the merchant's turn began. */
export function ExitPresentationDialog({ open, onClose }: ExitPresentationDialogProps) {
  const { exit } = usePresentation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => {
    setPin('');
    setMessage(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    const outcome = await exit(pin);
    setWorking(false);
    setPin('');
    if (outcome === 'ended') return close();
    setMessage(outcome === 'wrong' ? t('presentation.pin.wrong') : t('presentation.pin.paused', { until: formatDateTime(outcome.pausedUntil) }));
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="exit-presentation-title" onCancel={close}>
      <h2 id="exit-presentation-title">{t('presentation.pin.title')}</h2>
      <p>{t('presentation.pin.body')}</p>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('presentation.pin.field')}
          <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(event) => setPin(event.target.value)} />
        </label>
        {message !== null && (
          <p className="field-error" role="alert">
            {message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={working || pin === ''}>
            {t('presentation.pin.submit')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('presentation.pin.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
