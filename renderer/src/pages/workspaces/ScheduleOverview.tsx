import { Link } from 'react-router';
import { dutyTitleOf, summarizeSchedule } from '@shared/reminders/reminder-overview';
import type { ReminderOverview } from '@shared/reminders/reminder-schedule';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { formatDate, formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';

type ScheduleOverviewProps = Readonly<{ workspaces: readonly WorkspaceSummary[]; overview: ReminderOverview; now: number }>;

/**
 * Every merchant's overdue and due-soon duties on one screen, read from the
 * reminder schedules the app keeps (duty names and due times, no personal
 * data), so an agent sees who needs a visit without unlocking anyone.
 */
export function ScheduleOverview({ workspaces, overview, now }: ScheduleOverviewProps) {
  const rows = workspaces
    .map((workspace) => ({ workspace, summary: summarizeSchedule(overview[workspace.id] ?? [], now) }))
    .filter(({ summary }) => summary.overdue + summary.dueSoon > 0)
    .sort((a, b) => b.summary.overdue - a.summary.overdue || (a.summary.mostUrgent?.dueAt ?? 0) - (b.summary.mostUrgent?.dueAt ?? 0));
  return (
    <section className="card" data-testid="schedule-overview">
      <h2>{t('workspaces.overview.title')}</h2>
      <p className="muted">{t('workspaces.overview.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('workspaces.overview.clear')}</p>
      ) : (
        <ul className="overview-list">
          {rows.map(({ workspace, summary }) => (
            <li key={workspace.id} className={summary.overdue > 0 ? 'overview-overdue' : 'overview-soon'} data-testid={`overview-${workspace.id}`}>
              <strong>{workspace.label}</strong>
              <span className={summary.overdue > 0 ? 'pill pill-overdue' : 'pill pill-due-soon'}>
                {t('workspaces.overview.counts', { overdue: summary.overdue, soon: summary.dueSoon })}
              </span>
              {summary.mostUrgent !== null && (
                <span>
                  {t(summary.mostUrgent.dueAt <= now ? 'workspaces.overview.firstOverdue' : 'workspaces.overview.firstSoon', {
                    duty: dutyTitleOf(summary.mostUrgent),
                    // A day deadline ends at 24:00 of its last day: name that day.
                    at: summary.mostUrgent.cadence === 'hours' ? formatDateTime(summary.mostUrgent.dueAt) : formatDate(summary.mostUrgent.dueAt - 1),
                  })}
                </span>
              )}
              <Link className="button small" to={`/workspaces/${workspace.id}/unlock`}>
                {t('workspaces.unlock')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
