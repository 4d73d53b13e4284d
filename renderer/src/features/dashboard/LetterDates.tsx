import { recordsKeptUntil } from '@shared/ledgers/retention';
import type { LetterRecord } from '@shared/signing/letter-record.schema';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';

/** The letter's dates on 首页: signed and in force, or the service's end and the last day records are kept (二(一)). */
export function LetterDates({ letter }: { letter: LetterRecord }) {
  const endedAt = letter.serviceEndedAt ?? null;
  return (
    <>
      <p>
        {t('dashboard.letter.signedOn', { date: formatDate(letter.signedAt) })} · {t('dashboard.letter.effective', { date: letter.effectiveDate })}
      </p>
      {endedAt === null ? (
        <>
          <p>{t('dashboard.letter.inForce')}</p>
          <p className="muted">
            {t('dashboard.letter.serviceEnd')} · {t('dashboard.letter.keptUntil')}
          </p>
        </>
      ) : (
        <>
          <p data-testid="service-ended">{t('dashboard.letter.serviceEnded', { date: formatDate(endedAt) })}</p>
          <p>{t('dashboard.letter.keptThrough', { date: formatDate(recordsKeptUntil(endedAt) - 1) })}</p>
        </>
      )}
    </>
  );
}
