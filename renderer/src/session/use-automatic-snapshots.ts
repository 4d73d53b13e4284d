import { useEffect } from 'react';
import { toChinaDateString } from '@shared/time/china-time';
import { verifyOwnBackupOrThrow } from '@renderer/storage/backup-reader';
import { createBackup } from '@renderer/storage/backup-writer';
import type { AppServices } from './app-services';
import type { OpenSession } from './session-context';

const checkEveryMs = 60 * 60 * 1000;

/**
 * In the desktop app, takes the day's encrypted snapshot of the open
 * workspace (at most one per China calendar day; main keeps the last seven).
 * A failure is logged and retried at the next check; it never blocks work.
 */
export function useAutomaticSnapshots(services: AppServices, session: OpenSession | null): void {
  useEffect(() => {
    if (session === null) return undefined;
    let cancelled = false;
    const takeIfDue = async () => {
      const status = await services.host.snapshots.status({ workspaceId: session.workspace.id });
      if (cancelled || !status.ok || !status.value.supported) return;
      const last = status.value.lastAt;
      if (last !== null && toChinaDateString(last) === toChinaDateString(services.now())) return;
      const backup = await createBackup(session.store, {
        label: session.workspace.label,
        appVersion: services.appVersion,
        now: services.now(),
      });
      await verifyOwnBackupOrThrow(session.store, backup);
      if (!cancelled) await services.host.snapshots.write({ workspaceId: session.workspace.id, data: backup });
    };
    const run = () => {
      takeIfDue().catch((error: unknown) => console.error('[snapshots] failed', error instanceof Error ? error.name : typeof error));
    };
    run();
    const interval = window.setInterval(run, checkEveryMs);
    return () => {
      cancelled = true;
      window.clearInterval(interval);
    };
  }, [services, session]);
}
