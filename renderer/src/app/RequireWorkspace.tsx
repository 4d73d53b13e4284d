import { Fragment } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SnapshotFailureNotice } from '@renderer/features/security/SnapshotFailureNotice';
import { ObligationsProvider } from '@renderer/obligations/obligations-context';
import { useAutomaticSnapshots } from '@renderer/session/use-automatic-snapshots';
import { useSession } from '@renderer/session/session-context';
import { LockedSection } from './LockedSection';

/**
 * The gate in front of every screen that shows workspace data. Without an
 * open workspace, 首页 is the workspace list and every other section says
 * what it holds and what to do first; with one, the screens are keyed by the
 * session so a lock leaves no state behind.
 */
export function RequireWorkspace() {
  const { services, session } = useSession();
  const { pathname } = useLocation();
  useAutomaticSnapshots(services, session);
  if (session === null) return pathname === '/' ? <Navigate to="/workspaces" replace /> : <LockedSection />;
  return (
    <Fragment key={session.generation}>
      <ObligationsProvider>
        <SnapshotFailureNotice workspaceId={session.workspace.id} />
        <Outlet />
      </ObligationsProvider>
    </Fragment>
  );
}
