import { chinaDateOf } from '@shared/calendar/china-date';
import { coversEveryTopic, employedOn, missedTraining, trainingLedger, trainingTopics, type TrainingPayload } from '@shared/ledgers/definitions/training.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { t } from '@renderer/i18n/t';
import { enumText } from '@renderer/ledgers/ledger-text';
import { useStaff } from './use-staff';

/**
 * 一(五)2: who was employed on the day and attended, who missed it (to be
 * trained again), and whether the four subjects were all covered — only then
 * does the training keep the yearly duty.
 */
export function TrainingPanel({ record }: { record: LedgerRecord<TrainingPayload> }) {
  const staff = useStaff();
  const training = record.payload;
  if (training.legacy) {
    return (
      <section className="card" data-testid="training-attendance">
        <h2>{t('training.panel.title')}</h2>
        <p className="notice">{t('training.legacy')}</p>
      </section>
    );
  }
  const missing = trainingTopics.filter((topic) => !training.topics.includes(topic));
  const missed = staff === null ? [] : missedTraining(staff.members, training.heldAt, training.attendeeIds);
  const expected = staff === null ? 0 : employedOn(staff.members, chinaDateOf(training.heldAt)).length;
  const join = (ids: readonly string[]) => ids.map((id) => staff?.nameOf(id) ?? '').join('、');
  return (
    <section className="card" data-testid="training-attendance">
      <h2>{t('training.panel.title')}</h2>
      {staff !== null && (
        <>
          <p>{expected === 0 ? t('training.attendance.noStaff') : t('training.attendance.summary', { expected, attended: training.attendeeIds.length })}</p>
          <p>{t('training.attendance.attended', { names: join(training.attendeeIds) })}</p>
          {missed.length > 0 ? (
            <p className="notice" data-testid="training-missed">
              {t('training.attendance.missed', { names: join(missed.map((person) => person.id)) })}
            </p>
          ) : (
            expected > 0 && <p>{t('training.attendance.allPresent')}</p>
          )}
        </>
      )}
      <ul className="checklist">
        {training.topics.map((topic) => (
          <li key={topic}>{enumText(trainingLedger, 'topics', topic)}</li>
        ))}
      </ul>
      <p className={coversEveryTopic(training) ? '' : 'notice'} data-testid="training-coverage">
        {coversEveryTopic(training)
          ? t('training.topics.complete')
          : t('training.topics.partial', { missing: missing.map((topic) => enumText(trainingLedger, 'topics', topic)).join('；') })}
      </p>
    </section>
  );
}
