import { estimatePassphraseStrength } from '@shared/crypto/passphrase-strength';
import { t } from '@renderer/i18n/t';

/** Shows how guessable the passphrase being typed is, and why. */
export function PassphraseStrengthMeter({ passphrase }: { passphrase: string }) {
  if (passphrase === '') return null;
  const strength = estimatePassphraseStrength(passphrase);
  return (
    <div className="strength" data-score={strength.score} aria-live="polite">
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
    </div>
  );
}
