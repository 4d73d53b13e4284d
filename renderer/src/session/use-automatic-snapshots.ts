import { useEffect } from 'react';
import { toAppError, type AppErrorCode } from '@shared/errors/app-error';
import { valueOrThrow } from '@shared/ipc/result';
import { toChinaDateString } from '@shared/time/china-time';
import { beginSnapshotOrNull } from '@renderer/host/file-streams';
import { saveCheckedBackup } from '@renderer/storage/backup-save';
import { recordBackupSaved } from '@renderer/storage/backup-writer';
import type { AppServices } from './app-services';
import type { OpenSession } from './session-context';

const checkEveryMs = 60 * 60 * 1000;

/** The device setting that holds a workspace's last failed snapshot (null once one succeeds). */
export function snapshotFailureKey(workspaceId: string): string {
  return `snapshotFailure:${workspaceId}`;
}

/** A snapshot that did not reach the disk: when, and why (its error code). */
export type SnapshotFailure = Readonly<{ at: number; code: AppErrorCode }>;

export type SnapshotOutcome = 'taken' | 'not-due' | 'unsupported';

/**
 * Takes the day's snapshot of the open workspace if it has none yet: a
 * backup streamed to main piece by piece (no size limit), checked as it is
 * written, then read back by main. `backup-created` is audited only once it
 * is on disk, and a success clears the record of an earlier failure.
 */
export async function takeSnapshotIfDue(services: AppServices, session: OpenSession): Promise<SnapshotOutcome> {
  const status = await services.host.snapshots.status({ workspaceId: session.workspace.id });
  if (!valueOrThrow(status).supported) return 'unsupported';
  const last = status.ok && status.value.supported ? status.value.lastAt : null;
  // During a key rotation rows are of two keys: the snapshot waits for the next check.
  if ((last !== null && toChinaDateString(last) === toChinaDateString(services.now())) || session.store.rotatingFrom !== null) return 'not-due';
  const target = await beginSnapshotOrNull(services.host, session.workspace.id, 'daily');
  if (target === null) return 'not-due';
  await saveCheckedBackup(session.store, { label: session.workspace.label, appVersion: services.appVersion, now: services.now() }, target);
  await recordBackupSaved(session.store);
  await services.registry.setSetting(snapshotFailureKey(session.workspace.id), null);
  return 'taken';
}

/**
 * One hourly check: the snapshot if due, and a failure kept in the device
 * settings (shown in 设置 and on every screen) until a snapshot succeeds. A
 * check cut short by a lock (`isCancelled`) is no failure.
 */
export async function checkSnapshot(services: AppServices, session: OpenSession, isCancelled: () => boolean = () => false): Promise<SnapshotOutcome | SnapshotFailure> {
  try {
    return await takeSnapshotIfDue(services, session);
  } catch (error) {
    const failure: SnapshotFailure = { at: services.now(), code: toAppError(error).code };
    if (isCancelled()) return failure;
    console.error('[snapshots] failed', failure.code);
    await services.registry.setSetting(snapshotFailureKey(session.workspace.id), failure);
    return failure;
  }
}

/**
 * In the desktop app, takes the day's encrypted snapshot of the open
 * workspace (at most one per China calendar day; main keeps the last seven),
 * checking every hour. A failure never blocks work, but it is kept and shown
 * (设置 and a notice on every screen) until a snapshot succeeds.
 */
export function useAutomaticSnapshots(services: AppServices, session: OpenSession | null): void {
  useEffect(() => {
    if (session === null) return undefined;
    let cancelled = false;
    // A lock during the snapshot closes the store: that is no failure of the snapshot.
    const run = () => void checkSnapshot(services, session, () => cancelled);
    run();
    const interval = window.setInterval(run, checkEveryMs);
    return () => {
      cancelled = true;
      window.clearInterval(interval);
    };
  }, [services, session]);
}
