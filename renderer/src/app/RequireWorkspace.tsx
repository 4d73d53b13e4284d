import { Fragment } from 'react';
import { Navigate, Outlet } from 'react-router';
import { ObligationsProvider } from '@renderer/obligations/obligations-context';
import { useAutomaticSnapshots } from '@renderer/session/use-automatic-snapshots';
import { useSession } from '@renderer/session/session-context';

/**
 * The gate in front of every screen that shows workspace data. Without an
 * open workspace it sends the user to the workspace list; with one, the
 * screens are keyed by the session so a lock leaves no state behind.
 */
export function RequireWorkspace() {
  const { services, session } = useSession();
  useAutomaticSnapshots(services, session);
  if (session === null) return <Navigate to="/workspaces" replace />;
  return (
    <Fragment key={session.generation}>
      <ObligationsProvider>
        <Outlet />
      </ObligationsProvider>
    </Fragment>
  );
}
