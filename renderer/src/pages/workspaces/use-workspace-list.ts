import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { useSession } from '@renderer/session/session-context';
import { reconcilePendingRestores } from '@renderer/storage/restore';

/**
 * The workspaces of this device, with a reload after changes; null while
 * loading. A restore cut short (the page closed) is settled first, so the
 * list shows what the databases hold.
 */
export function useWorkspaceList(): [WorkspaceSummary[] | null, () => void] {
  const { services } = useSession();
  const [list, setList] = useState<WorkspaceSummary[] | null>(null);
  const reload = useCallback(() => {
    void reconcilePendingRestores(services)
      .catch((error: unknown) => console.error('[restore] an unfinished restore could not be settled', error instanceof Error ? error.name : typeof error))
      .then(() => services.registry.list())
      .then(setList);
  }, [services]);
  useEffect(reload, [reload]);
  return [list, reload];
}
