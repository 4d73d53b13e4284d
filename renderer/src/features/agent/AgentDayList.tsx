import { useState } from 'react';
import { Link } from 'react-router';
import { onboardingDays, onboardingStage, type OnboardingRecord } from '@shared/agent/onboarding';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { toChinaDateString } from '@shared/time/china-time';
import { returnState } from '@renderer/app/return-path';
import { formatDate, formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import { CleanUpDialog } from './CleanUpDialog';

type AgentDayListProps = Readonly<{ records: readonly OnboardingRecord[]; workspaces: readonly WorkspaceSummary[]; onChanged: (message: string) => void }>;

/**
 * The agent's day list: every merchant onboarded on this laptop, by day, with
 * where each stands — signed, handed over, cleaned up — and who still has data
 * here. Read from the registry's onboarding records (no personal data).
 */
export function AgentDayList({ records, workspaces, onChanged }: AgentDayListProps) {
  const { services, session } = useSession();
  const [cleaning, setCleaning] = useState<OnboardingRecord | null>(null);
  const today = toChinaDateString(services.now());
  const labelOf = (record: OnboardingRecord) => record.merchantName ?? workspaces.find((workspace) => workspace.id === record.workspaceId)?.label ?? t('agent.day.unnamed');
  const pending = records.filter((record) => onboardingStage(record) !== 'cleaned').length;
  const open = (record: OnboardingRecord, pathname: string) =>
    session?.workspace.id === record.workspaceId ? { to: pathname } : { to: `/workspaces/${record.workspaceId}/unlock`, state: returnState(record.workspaceId, pathname) };

  return (
    <section className="card" data-testid="agent-day-list">
      <h2>{t('agent.day.title')}</h2>
      <p className="muted">{pending === 0 ? t('agent.day.allClean') : t('agent.day.pending', { count: pending })}</p>
      {onboardingDays(records).map((day) => (
        <div key={day.date} className="day-group">
          <h3>{day.date === today ? t('agent.day.today') : formatDate(Date.parse(`${day.date}T12:00:00+08:00`))}</h3>
          <ul className="day-list">
            {day.records.map((record) => {
              const stage = onboardingStage(record);
              return (
                <li key={record.workspaceId} className={`day-item day-${stage}`} data-testid="day-item">
                  <strong translate="no">{labelOf(record)}</strong>
                  <span className={stage === 'cleaned' ? 'pill pill-done' : 'pill pill-due-soon'}>{t(`agent.day.stage.${stage}`)}</span>
                  <span className="muted">{describe(record)}</span>
                  {stage === 'awaiting-signature' && (
                    <Link className="button small" {...open(record, '/sign')}>
                      {t('agent.day.continueSigning')}
                    </Link>
                  )}
                  {stage === 'signed' && (
                    <Link className="button small primary" {...open(record, '/handover')}>
                      {t('agent.day.handOver')}
                    </Link>
                  )}
                  {stage === 'handed-over' && (
                    <>
                      <Link className="button small" {...open(record, '/handover')}>
                        {t('agent.day.handOverAgain')}
                      </Link>
                      <button type="button" className="button small danger-outline" onClick={() => setCleaning(record)}>
                        {t('agent.day.cleanUp')}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {cleaning !== null && (
        <CleanUpDialog
          record={cleaning}
          label={labelOf(cleaning)}
          onClose={() => setCleaning(null)}
          onCleaned={() => {
            setCleaning(null);
            onChanged(t('agent.cleanUp.done', { merchant: labelOf(cleaning) }));
          }}
        />
      )}
    </section>
  );
}

/** What the record says, in a line: when signed, the document's fingerprint, when handed over and by whom, when cleaned up. */
function describe(record: OnboardingRecord): string {
  const parts: string[] = [];
  if (record.signedAt !== null) parts.push(t('agent.day.signedAt', { at: formatDateTime(record.signedAt) }));
  if (record.documentDigest !== null) parts.push(t('agent.day.digest', { digest: record.documentDigest.slice(0, 16) }));
  if (record.handedOverAt !== null) parts.push(t('agent.day.handedOverAt', { at: formatDateTime(record.handedOverAt), agent: record.agentName ?? '' }));
  if (record.cleanedAt !== null) parts.push(t('agent.day.cleanedAt', { at: formatDateTime(record.cleanedAt) }));
  else parts.push(t('agent.day.dataHere'));
  return parts.join(' · ');
}
