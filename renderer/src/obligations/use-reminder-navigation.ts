import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '@renderer/session/session-context';

/** What the workspace list is told when it is opened for a reason the user did not see happen. */
export type WorkspaceListNotice = 'reminder-workspace-gone' | 'workspace-gone';

/** The state the workspace list reads its notice from. */
export type WorkspaceListState = Readonly<{ notice: WorkspaceListNotice }>;

/**
 * A clicked reminder opens its item on 首页; one of another (or a locked)
 * workspace opens that workspace's unlock screen; one of a workspace that
 * was deleted (a notification still on screen, or one the OS kept) opens the
 * workspace list and says so, instead of a blank page.
 */
export function useReminderNavigation(): void {
  const { services, session } = useSession();
  const navigate = useNavigate();
  useEffect(
    () =>
      services.host.reminders.onOpen((itemId) => {
        const [workspaceId = '', key = ''] = itemId.split('/');
        if (session?.workspace.id === workspaceId) {
          void navigate(`/?item=${encodeURIComponent(key)}`);
          return;
        }
        void services.registry.get(workspaceId).then(
          (workspace) => {
            if (workspace !== null) void navigate(`/workspaces/${workspaceId}/unlock`);
            else void navigate('/workspaces', { state: { notice: 'reminder-workspace-gone' } satisfies WorkspaceListState });
          },
          () => void navigate('/workspaces', { state: { notice: 'reminder-workspace-gone' } satisfies WorkspaceListState }),
        );
      }),
    [services, session, navigate],
  );
}
