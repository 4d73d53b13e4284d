import { useMemo } from 'react';
import { estimatePassphraseStrength, minimumPassphraseScore } from '@shared/crypto/passphrase-strength';
import { t } from '@renderer/i18n/t';

const noInputs: readonly string[] = [];

type PassphraseStrengthMeterProps = Readonly<{ passphrase: string; userInputs?: readonly string[] }>;

/** Shows how guessable the passphrase being typed is, why, and what to do about it. */
export function PassphraseStrengthMeter({ passphrase, userInputs = noInputs }: PassphraseStrengthMeterProps) {
  const strength = useMemo(() => (passphrase === '' ? null : estimatePassphraseStrength(passphrase, userInputs)), [passphrase, userInputs]);
  if (strength === null) return null;
  return (
    <div className="strength" data-score={strength.score} aria-live="polite" data-testid="strength">
      <div className="strength-bar" aria-hidden="true">
        {[0, 1, 2, 3].map((step) => (
          <span key={step} className={step < strength.score ? 'on' : ''} />
        ))}
      </div>
      <p data-testid="strength-label">{t('strength.label', { level: t(`strength.${strength.score}`) })}</p>
      {strength.problems.length > 0 && (
        <ul className="strength-problems">
          {strength.problems.map((problem) => (
            <li key={problem}>{t(`strength.${problem}`)}</li>
          ))}
        </ul>
      )}
      {strength.score < minimumPassphraseScore && <p className="muted">{t('strength.advice')}</p>}
    </div>
  );
}
