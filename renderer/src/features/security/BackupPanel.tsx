import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { SnapshotStatus } from '@shared/ipc/vault-host.schema';
import { valueOrThrow } from '@shared/ipc/result';
import { toChinaDateString } from '@shared/time/china-time';
import { useUserAction } from '@renderer/components/use-user-action';
import { verifyOwnBackupOrThrow } from '@renderer/storage/backup-reader';
import { createBackup } from '@renderer/storage/backup-writer';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/** Manual backup (made, checked, then saved where the user picks) and the snapshot status. */
export function BackupPanel() {
  const { services } = useSession();
  const { workspace, store } = useOpenSession();
  const { working, message, setMessage, run } = useUserAction();
  const [snapshots, setSnapshots] = useState<SnapshotStatus | null>(null);

  useEffect(() => {
    void services.host.snapshots.status({ workspaceId: workspace.id }).then((result) => setSnapshots(result.ok ? result.value : null));
  }, [services, workspace.id]);

  const backUp = () =>
    run(async () => {
      setMessage(t('security.backup.working'));
      const now = services.now();
      const data = await createBackup(store, { label: workspace.label, appVersion: services.appVersion, now });
      await verifyOwnBackupOrThrow(store, data);
      const saved = valueOrThrow(
        await services.host.files.saveFile({
          suggestedName: `${workspace.label}-备份-${toChinaDateString(now)}.smsbak`.replace(/[\\/:*?"<>|]/g, '_'),
          filters: [{ name: '短信合规助手备份', extensions: ['smsbak'] }],
          data,
        }),
      );
      setMessage(
        describeSaveOutcome(saved, {
          saved: (location) => t('security.backup.saved', { location }),
          cancelled: t('security.backup.cancelled'),
          handedToBrowser: (name) => t('security.backup.handedToBrowser', { name }),
        }),
      );
    });

  return (
    <section className="card">
      <h2>{t('security.backup.title')}</h2>
      <p>{t('security.backup.body')}</p>
      <div className="actions">
        <button type="button" className="button primary" disabled={working} onClick={() => void backUp()}>
          {t('security.backup.create')}
        </button>
        <Link className="button" to="/workspaces/restore">
          {t('security.backup.restore')}
        </Link>
      </div>
      {message !== null && (
        <p role="status" data-testid="backup-status">
          {message}
        </p>
      )}
      <h3>{t('security.snapshots.title')}</h3>
      {snapshots !== null && !snapshots.supported && <p className="muted">{t('security.snapshots.browser')}</p>}
      {snapshots !== null && snapshots.supported && (
        <p className="muted">
          {snapshots.lastAt === null
            ? t('security.snapshots.none')
            : t('security.snapshots.on', { date: formatDateTime(snapshots.lastAt), count: snapshots.count, folder: snapshots.folder })}
        </p>
      )}
    </section>
  );
}
