import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { useSession } from '@renderer/session/session-context';

/** The workspaces of this device, with a reload after changes; null while loading. */
export function useWorkspaceList(): [WorkspaceSummary[] | null, () => void] {
  const { services } = useSession();
  const [list, setList] = useState<WorkspaceSummary[] | null>(null);
  const reload = useCallback(() => {
    void services.registry.list().then(setList);
  }, [services]);
  useEffect(reload, [reload]);
  return [list, reload];
}
