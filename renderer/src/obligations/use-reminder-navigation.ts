import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '@renderer/session/session-context';

/**
 * A clicked reminder opens its item on 首页; one of another (or a locked)
 * workspace opens the workspace list first.
 */
export function useReminderNavigation(): void {
  const { services, session } = useSession();
  const navigate = useNavigate();
  useEffect(
    () =>
      services.host.reminders.onOpen((itemId) => {
        const [workspaceId, key = ''] = itemId.split('/');
        if (session?.workspace.id === workspaceId) void navigate(`/?item=${encodeURIComponent(key)}`);
        else void navigate(`/workspaces/${workspaceId ?? ''}/unlock`);
      }),
    [services, session, navigate],
  );
}
