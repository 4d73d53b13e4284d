import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { SnapshotStatus } from '@shared/ipc/vault-host.schema';
import { toChinaDateString } from '@shared/time/china-time';
import { useUserAction } from '@renderer/components/use-user-action';
import { beginSaveOrNull } from '@renderer/host/file-streams';
import { saveCheckedBackup } from '@renderer/storage/backup-save';
import { recordBackupSaved } from '@renderer/storage/backup-writer';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { formatBytes, formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { useSnapshotFailure } from './use-snapshot-failure';

/**
 * Manual backup (written piece by piece where the user picks, checked as it
 * is written, audited once saved) and the snapshot status, failures included.
 */
export function BackupPanel() {
  const { services } = useSession();
  const { workspace, store } = useOpenSession();
  const { working, message, setMessage, run } = useUserAction();
  const [snapshots, setSnapshots] = useState<SnapshotStatus | null>(null);
  const snapshotFailure = useSnapshotFailure(workspace.id);

  useEffect(() => {
    void services.host.snapshots.status({ workspaceId: workspace.id }).then((result) => setSnapshots(result.ok ? result.value : null));
  }, [services, workspace.id]);

  const backUp = () =>
    run(async () => {
      const now = services.now();
      const target = await beginSaveOrNull(services.host, {
        suggestedName: `${workspace.label}-备份-${toChinaDateString(now)}.smsbak`.replace(/[\\/:*?"<>|]/g, '_'),
        filters: [{ name: '短信合规助手备份', extensions: ['smsbak'] }],
      });
      if (target === null) return setMessage(t('security.backup.cancelled'));
      let written = 0;
      setMessage(t('security.backup.working', { size: formatBytes(0) }));
      const counted = {
        ...target,
        write: async (bytes: Uint8Array) => {
          await target.write(bytes);
          written += bytes.byteLength;
          setMessage(t('security.backup.working', { size: formatBytes(written) }));
        },
      };
      const { saved } = await saveCheckedBackup(store, { label: workspace.label, appVersion: services.appVersion, now }, counted);
      if (saved.saved || saved.handedToBrowser !== undefined) await recordBackupSaved(store);
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
      {snapshotFailure !== null && (
        <p className="notice" role="alert" data-testid="snapshot-failure">
          {t('security.snapshots.failed', { date: formatDateTime(snapshotFailure.at), reason: describeErrorZhCN(snapshotFailure.code) })}
        </p>
      )}
    </section>
  );
}
