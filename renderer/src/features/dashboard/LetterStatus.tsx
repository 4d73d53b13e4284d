import { useEffect, useState } from 'react';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { listLetters, type StoredLetter } from '@renderer/signing/letters-repository';
import { useOpenSession } from '@renderer/session/session-context';

/** The letter's status: signed on, in force, service end, records kept until. */
export function LetterStatus() {
  const { store } = useOpenSession();
  const [letter, setLetter] = useState<StoredLetter | null>(null);
  useEffect(() => {
    let active = true;
    void listLetters(store).then((letters) => active && setLetter(letters[0] ?? null));
    return () => {
      active = false;
    };
  }, [store]);
  if (letter === null) return null;
  return (
    <section className="card card-done" data-testid="letter-status">
      <h2>{t('dashboard.letter.title')}</h2>
      <p>
        {t('dashboard.letter.signedOn', { date: formatDate(letter.letter.signedAt) })} · {t('dashboard.letter.effective', { date: letter.letter.effectiveDate })}
      </p>
      <p>{t('dashboard.letter.inForce')}</p>
      <p className="muted">
        {t('dashboard.letter.serviceEnd')} · {t('dashboard.letter.keptUntil')}
      </p>
    </section>
  );
}
