import { useId } from 'react';
import { t } from '@renderer/i18n/t';

type AuthorisationLetterFieldProps = Readonly<{ attachedName: string | null; error: string | null; onPick: () => void }>;

/** The authorisation letter (授权委托书) picker, with what it takes, what was chosen, and its own error beside it. */
export function AuthorisationLetterField({ attachedName, error, onPick }: AuthorisationLetterFieldProps) {
  const id = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'} role="group" aria-labelledby={`${id}-label`} data-testid="authorisation-field">
      <span id={`${id}-label`}>{t('operator.authorisation')}</span>
      <div className="actions">
        <button type="button" className="button" onClick={onPick} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
          {attachedName ? t('operator.authorisation.replace') : t('operator.authorisation.pick')}
        </button>
        {attachedName && <span>{t('operator.authorisationAttached', { name: attachedName })}</span>}
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {t('operator.authorisation.types')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
