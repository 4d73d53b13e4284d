import { useState, type ReactNode } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import {
  incidentInitialReport,
  incidentProgressReport,
  incidentProviderNotice,
  incidentRegulatorNotice,
  incidentUserNotice,
  type LetterVocabulary,
} from '@shared/documents/ledger-letters';
import { incidentSteps, securityIncidentLedger, type IncidentStep, type SecurityIncidentPayload } from '@shared/ledgers/definitions/security-incident.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import type { ObligationId } from '@shared/obligations/obligation-catalogue';
import { DueLine, useRecordItems } from '@renderer/features/ledgers/DueLine';
import { GenerateLetterButton } from '@renderer/features/ledgers/GenerateLetterButton';
import { StepForm } from '@renderer/features/ledgers/StepForm';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { enumText } from '@renderer/ledgers/ledger-text';
import { useOpenSession } from '@renderer/session/session-context';

type Incident = LedgerRecord<SecurityIncidentPayload>;

const stepObligations: Record<IncidentStep, ObligationId> = { contain: 'incident-contain', notify: 'incident-notify', report: 'incident-report', users: 'incident-users' };

/**
 * 一(四)2: the incident's timeline. Five clocks start at discovery — contain
 * (30 minutes), written notice to the provider and regulators (1 hour),
 * initial report (24 hours), users told (48 hours), progress every 3 working
 * days until closed — each done with a time and evidence, each letter filled
 * in. Closing does not make a missed step done.
 */
export function IncidentPanel({ record }: { record: Incident }) {
  const { store } = useOpenSession();
  const items = useRecordItems(record.id);
  const [message, setMessage] = useState<string | null>(null);
  const incident = record.payload;
  const owner = (slot: string) => ({ table: securityIncidentLedger.table, id: record.id, slot });
  const words: LetterVocabulary = { incidentType: enumText(securityIncidentLedger, 'type', incident.type), incidentGrade: enumText(securityIncidentLedger, 'grade', incident.grade) };
  const save = (payload: SecurityIncidentPayload) => createLedgerRepository(store, securityIncidentLedger).update(record.id, payload);

  const step = (name: IncidentStep, letters: ReactNode) => {
    const done = incident[name];
    return (
      <li className="workflow-step" data-testid={`step-${name}`}>
        <h3>{t(`incident.step.${name}`)}</h3>
        <DueLine item={items.get(stepObligations[name])} />
        {done !== null ? (
          <p>{t('ledgers.step.doneAt', { at: formatDateTime(done.at), note: done.note })}</p>
        ) : (
          <StepForm noteLabel={t(`incident.step.${name}.note`)} submitLabel={t('ledgers.step.record')} onRecord={(value) => save({ ...incident, [name]: value })} />
        )}
        {letters}
      </li>
    );
  };

  return (
    <section className="card" data-testid="incident-timeline">
      <h2>{t('incident.timeline.title')}</h2>
      <p className="muted">{t('incident.timeline.intro', { at: formatDateTime(incident.discoveredAt) })}</p>
      <ol className="workflow-steps">
        {step('contain', null)}
        {step(
          'notify',
          <div className="actions">
            <GenerateLetterButton label={t('incident.letter.provider')} letter={() => incidentProviderNotice(incident, words)} owner={owner('notify')} />
            <GenerateLetterButton label={t('incident.letter.regulators')} letter={() => incidentRegulatorNotice(incident, words)} owner={owner('notify')} />
          </div>,
        )}
        {step(
          'report',
          incident.report !== null && (
            <div className="actions">
              <GenerateLetterButton label={t('incident.letter.report')} letter={() => incidentInitialReport(incident, words)} owner={owner('report')} />
            </div>
          ),
        )}
        {step(
          'users',
          <div className="actions">
            <GenerateLetterButton label={t('incident.letter.users')} letter={(merchant) => incidentUserNotice(incident, merchant.contactPhone)} owner={owner('users')} />
          </div>,
        )}
        <li className="workflow-step" data-testid="step-progress">
          <h3>{t('incident.step.progress')}</h3>
          <DueLine item={items.get('incident-progress')} />
          {incident.progress.length > 0 && (
            <ol className="history">
              {incident.progress.map((update, index) => (
                <li key={update.at}>
                  {formatDateTime(update.at)} · {update.text}{' '}
                  <GenerateLetterButton label={t('incident.letter.progress')} letter={() => incidentProgressReport(incident, index + 1, words)} owner={owner('progress')} />
                </li>
              ))}
            </ol>
          )}
          {incident.closedAt === null && (
            <StepForm
              noteLabel={t('incident.progress.text')}
              submitLabel={t('incident.progress.add')}
              onRecord={(update) => save({ ...incident, progress: [...incident.progress, { at: update.at, text: update.note }] })}
            />
          )}
        </li>
      </ol>
      <div className="close-incident">
        <h3>{t('incident.close.title')}</h3>
        {incident.closedAt !== null ? (
          <p>{t('incident.close.doneAt', { at: formatDateTime(incident.closedAt), summary: incident.closingSummary })}</p>
        ) : (
          <>
          {incidentSteps.some((name) => incident[name] === null) && (
            <p className="notice">{t('incident.close.unfinished', { steps: incidentSteps.filter((name) => incident[name] === null).map((name) => t(`incident.step.${name}`)).join('；') })}</p>
          )}
          <StepForm
            noteLabel={t('incident.close.summary')}
            submitLabel={t('incident.close.submit')}
            onRecord={async (closing) => {
              try {
                await save({ ...incident, closedAt: closing.at, closingSummary: closing.note });
                setMessage(t('incident.close.saved'));
              } catch (error) {
                setMessage(describeErrorZhCN(toAppError(error).code));
              }
            }}
          />
          </>
        )}
      </div>
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
