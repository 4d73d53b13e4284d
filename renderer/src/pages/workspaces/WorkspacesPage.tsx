import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { WorkspaceListState } from '@renderer/obligations/use-reminder-navigation';
import { passReturnState } from '@renderer/app/return-path';
import { t } from '@renderer/i18n/t';
import { AgentDayList } from '@renderer/features/agent/AgentDayList';
import { useOnboardings } from '@renderer/features/agent/use-onboardings';
import { useSession } from '@renderer/session/session-context';
import { ScheduleOverview } from './ScheduleOverview';
import { useScheduleOverview } from './use-schedule-overview';
import { useWorkspaceList } from './use-workspace-list';
import { WorkspaceCard } from './WorkspaceCard';

/** The workspaces of this device; with none yet, the welcome and the first step. */
export function WorkspacesPage() {
  const { lastLockReason, services } = useSession();
  const [list, reload] = useWorkspaceList();
  const [message, setMessage] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [changes, setChanges] = useState(0);
  const overview = useScheduleOverview(changes);
  const onboardings = useOnboardings(changes);
  const location = useLocation();
  const notice = (location.state as WorkspaceListState | null)?.notice ?? null;
  const returnTo = passReturnState(location.state);
  if (list === null) return null;
  const wanted = query.trim().toLowerCase();
  const shown = wanted === '' ? list : list.filter((workspace) => workspace.label.toLowerCase().includes(wanted));

  const noticeLine = notice !== null && (
    <p className="notice" role="status" data-testid="workspace-list-notice">
      {t(`workspaces.notice.${notice}`)}
    </p>
  );

  const actions = (
    <div className="actions">
      <Link className="button primary" to="/workspaces/new?then=sign">
        {t('workspaces.onboard')}
      </Link>
      <Link className="button" to="/workspaces/new">
        {t('workspaces.create')}
      </Link>
      <Link className="button" to="/workspaces/restore">
        {t('workspaces.restore')}
      </Link>
    </div>
  );

  const dayList = onboardings !== null && onboardings.length > 0 && (
    <AgentDayList
      records={onboardings}
      workspaces={list}
      onChanged={(text) => {
        setMessage(text);
        reload();
        setChanges((value) => value + 1);
      }}
    />
  );

  if (list.length === 0) {
    return (
      <article className="page">
        <h1>{t('workspaces.welcome.title')}</h1>
        {noticeLine}
        <p className="lead">{t('app.tagline')}</p>
        <section className="card card-next">
          <p>{t('workspaces.welcome.body')}</p>
          {actions}
        </section>
        {message !== null && (
          <p className="status" role="status">
            {message}
          </p>
        )}
        {dayList}
      </article>
    );
  }

  return (
    <article className="page">
      <h1>{t('workspaces.title')}</h1>
      <p className="lead">{t('workspaces.intro')}</p>
      {noticeLine}
      {lastLockReason !== null && (
        <p className="notice" role="status">
          {t(`workspaces.locked.${lastLockReason}`)}
        </p>
      )}
      {message !== null && (
        <p className="status" role="status">
          {message}
        </p>
      )}
      {dayList}
      {overview !== null && <ScheduleOverview workspaces={list} overview={overview} now={services.now()} />}
      {list.length > 1 && (
        <label className="workspace-search">
          {t('workspaces.search')}
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
      )}
      {shown.length === 0 && <p className="muted">{t('workspaces.searchNone')}</p>}
      <ul className="workspace-list">
        {shown.map((workspace) => (
          <WorkspaceCard
            key={workspace.id}
            workspace={workspace}
            returnTo={returnTo}
            onChanged={(text) => {
              setMessage(text ?? null);
              reload();
              setChanges((value) => value + 1);
            }}
          />
        ))}
      </ul>
      {actions}
    </article>
  );
}
