import { forceMajeureNotice } from '@shared/documents/ledger-letters';
import { forceMajeureLedger, type ForceMajeurePayload } from '@shared/ledgers/definitions/force-majeure.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { DueLine, useRecordItems } from '@renderer/features/ledgers/DueLine';
import { GenerateLetterButton } from '@renderer/features/ledgers/GenerateLetterButton';
import { StepForm } from '@renderer/features/ledgers/StepForm';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { enumText } from '@renderer/ledgers/ledger-text';
import { useOpenSession } from '@renderer/session/session-context';

/**
 * 二(二)2: notice with proof within 24 hours of the event; once it has
 * ended (recorded by editing the event), remediation within 7 working days.
 */
export function ForceMajeurePanel({ record }: { record: LedgerRecord<ForceMajeurePayload> }) {
  const { store } = useOpenSession();
  const items = useRecordItems(record.id);
  const event = record.payload;
  const save = (payload: ForceMajeurePayload) => createLedgerRepository(store, forceMajeureLedger).update(record.id, payload);
  const words = { incidentType: '', incidentGrade: '', forceMajeureKind: enumText(forceMajeureLedger, 'kind', event.kind) };
  return (
    <section className="card" data-testid="force-majeure-steps">
      <h2>{t('forceMajeure.steps.title')}</h2>
      <ol className="workflow-steps">
        <li className="workflow-step" data-testid="step-notice">
          <h3>{t('forceMajeure.notice.title')}</h3>
          <DueLine item={items.get('force-majeure-notify')} />
          {event.notice !== null ? (
            <p>{t('ledgers.step.doneAt', { at: formatDateTime(event.notice.at), note: event.notice.note })}</p>
          ) : (
            <StepForm noteLabel={t('forceMajeure.notice.note')} submitLabel={t('ledgers.step.record')} onRecord={(step) => save({ ...event, notice: step })} />
          )}
          <div className="actions">
            <GenerateLetterButton label={t('forceMajeure.notice.letter')} letter={() => forceMajeureNotice(event, words)} owner={{ table: forceMajeureLedger.table, id: record.id, slot: 'notice' }} />
          </div>
        </li>
        <li className="workflow-step" data-testid="step-remediation">
          <h3>{t('forceMajeure.remediation.title')}</h3>
          {event.endedAt === null ? (
            <p className="muted">{t('forceMajeure.remediation.notEnded')}</p>
          ) : (
            <>
              <p>{t('forceMajeure.endedAt', { at: formatDateTime(event.endedAt) })}</p>
              <DueLine item={items.get('force-majeure-remediate')} />
              {event.remediation !== null ? (
                <p>{t('ledgers.step.doneAt', { at: formatDateTime(event.remediation.at), note: event.remediation.note })}</p>
              ) : (
                <StepForm noteLabel={t('forceMajeure.remediation.note')} submitLabel={t('ledgers.step.record')} onRecord={(step) => save({ ...event, remediation: step })} />
              )}
            </>
          )}
        </li>
      </ol>
    </section>
  );
}
