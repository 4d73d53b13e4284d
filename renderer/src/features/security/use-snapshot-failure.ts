import { useEffect, useState } from 'react';
import { isAppErrorCode } from '@shared/errors/app-error';
import { snapshotFailureKey, type SnapshotFailure } from '@renderer/session/use-automatic-snapshots';
import { useSession } from '@renderer/session/session-context';

function toFailure(value: unknown): SnapshotFailure | null {
  const candidate = value as Partial<SnapshotFailure> | null | undefined;
  return candidate !== null && candidate !== undefined && typeof candidate.at === 'number' && isAppErrorCode(candidate.code) ? { at: candidate.at, code: candidate.code } : null;
}

/** The last automatic snapshot of the workspace that failed, until one succeeds; null when none did. */
export function useSnapshotFailure(workspaceId: string): SnapshotFailure | null {
  const { services } = useSession();
  const [failure, setFailure] = useState<SnapshotFailure | null>(null);
  useEffect(() => {
    const key = snapshotFailureKey(workspaceId);
    let current = true;
    const read = () => void services.registry.getSetting(key).then((value) => current && setFailure(toFailure(value)));
    read();
    const stop = services.registry.onSettingChange((changed) => changed === key && read());
    return () => {
      current = false;
      stop();
    };
  }, [services, workspaceId]);
  return failure;
}
