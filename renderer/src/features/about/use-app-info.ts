import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/ipc/app-info';
import type { Result } from '@shared/ipc/result';
import { useHost } from '@renderer/host/host-context';

/** The host's app info, or null while it is being read. */
export function useAppInfo(): Result<AppInfo> | null {
  const host = useHost();
  const [info, setInfo] = useState<Result<AppInfo> | null>(null);
  useEffect(() => {
    let active = true;
    void host.app.getInfo().then((result) => {
      if (active) setInfo(result);
    });
    return () => {
      active = false;
    };
  }, [host]);
  return info;
}
