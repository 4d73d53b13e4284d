import { scopeChangeApplication } from '@shared/documents/scope-change-letter';
import { scopeChangeLedger, type ScopeChangePayload } from '@shared/ledgers/definitions/scope-change.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { recordAnswerOrThrow, recordApplicationOrThrow } from '@shared/ledgers/scope-change-steps';
import { GenerateLetterButton } from '@renderer/features/ledgers/GenerateLetterButton';
import { StepForm } from '@renderer/features/ledgers/StepForm';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { enumText } from '@renderer/ledgers/ledger-text';
import { useOpenSession } from '@renderer/session/session-context';
import { ConsentForm } from './ConsentForm';

/**
 * 一(三)3: the written application (a pre-filled PDF kept with the record),
 * when it was submitted, and the provider's answer. The new scenario becomes
 * selectable only once a consent with its evidence is recorded.
 */
export function ScopeChangePanel({ record }: { record: LedgerRecord<ScopeChangePayload> }) {
  const { store } = useOpenSession();
  const change = record.payload;
  const save = (payload: ScopeChangePayload) => createLedgerRepository(store, scopeChangeLedger).update(record.id, payload);
  const answered = change.consent !== null || change.refusal !== null;
  return (
    <section className="card" data-testid="scope-change-steps">
      <h2>{t('scopeChange.steps.title')}</h2>
      <ol className="steps">
        <li className="step" data-testid="step-application">
          <h3>{t('scopeChange.application.title')}</h3>
          <p className="muted">{t('scopeChange.application.body')}</p>
          <div className="actions">
            <GenerateLetterButton
              label={t('scopeChange.application.letter')}
              letter={() => scopeChangeApplication(change, enumText(scopeChangeLedger, 'nature', change.nature))}
              owner={{ table: scopeChangeLedger.table, id: record.id, slot: 'application' }}
            />
          </div>
          {change.application !== null ? (
            <p>{t('scopeChange.application.done', { at: formatDateTime(change.application.at), note: change.application.note })}</p>
          ) : (
            <StepForm atLabel={t('scopeChange.application.at')} noteLabel={t('scopeChange.application.note')} submitLabel={t('scopeChange.application.record')} onRecord={(step) => save(recordApplicationOrThrow(change, step))} />
          )}
        </li>
        <li className="step" data-testid="step-answer">
          <h3>{t('scopeChange.answer.title')}</h3>
          {change.consent !== null && (
            <p data-testid="consent-line">{t('scopeChange.consent.done', { at: formatDateTime(change.consent.at), note: change.consent.note, name: change.scenarioName })}</p>
          )}
          {change.refusal !== null && <p>{t('scopeChange.refusal.done', { at: formatDateTime(change.refusal.at), note: change.refusal.note })}</p>}
          {change.application === null && <p className="muted">{t('scopeChange.answer.notYet')}</p>}
          {change.application !== null && !answered && (
            <>
              <p className="notice">{t('scopeChange.answer.waiting')}</p>
              <ConsentForm record={record} />
              <h4>{t('scopeChange.refusal.title')}</h4>
              <StepForm
                atLabel={t('scopeChange.answer.at')}
                noteLabel={t('scopeChange.refusal.note')}
                submitLabel={t('scopeChange.refusal.record')}
                onRecord={(step) => save(recordAnswerOrThrow(change, { kind: 'refusal', ...step }))}
              />
            </>
          )}
        </li>
      </ol>
    </section>
  );
}
