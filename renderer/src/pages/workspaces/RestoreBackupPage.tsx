import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { maxFileBytes } from '@shared/ipc/files.schema';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { verifyBackupOrThrow, type BackupSecret, type VerifiedBackup } from '@renderer/storage/backup-reader';
import { restoreVerifiedBackup } from '@renderer/storage/restore';
import { LowSpaceDialog, useStorageGuard } from '@renderer/features/security/use-storage-guard';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import { restoredState } from './restored-summary';

type Picked = Readonly<{ name: string; data: Uint8Array }>;

/** Restore a workspace from a backup file: everything is checked before anything is replaced. */
export function RestoreBackupPage() {
  const { services, session, lock } = useSession();
  const navigate = useNavigate();
  const guard = useStorageGuard();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [secretKind, setSecretKind] = useState<BackupSecret['kind']>('passphrase');
  const [secret, setSecret] = useState('');
  const [verified, setVerified] = useState<VerifiedBackup | null>(null);
  const [replaces, setReplaces] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const pick = async () => {
    const result = await services.host.files.openFile({ filters: [{ name: '短信合规助手备份', extensions: ['smsbak'] }], maxBytes: maxFileBytes });
    if (!result.ok) return setStatus(describeErrorZhCN(result.error.code));
    if (result.value !== null) {
      setPicked(result.value);
      setVerified(null);
      setStatus(null);
    }
  };

  const verify = async () => {
    if (picked === null) return setStatus(t('restore.noFile'));
    setWorking(true);
    setStatus(t('restore.verifying'));
    try {
      const backup = await verifyBackupOrThrow(services.port, picked.data, { kind: secretKind, value: secret });
      setVerified(backup);
      setReplaces((await services.registry.get(backup.header.workspace.id)) !== null);
      setStatus(null);
    } catch (error) {
      setStatus(describeErrorZhCN(toWriteAppError(error).code));
    } finally {
      setSecret('');
      setWorking(false);
    }
  };

  const restore = async (backup: VerifiedBackup) => {
    if (!(await guard.confirmSpace(picked?.data.byteLength ?? 0))) return;
    setWorking(true);
    setStatus(t('restore.restoring'));
    try {
      if (session?.workspace.id === backup.header.workspace.id) lock('user');
      const summary = await restoreVerifiedBackup(services, backup);
      void navigate(`/workspaces/${summary.id}/unlock`, {
        state: restoredState({ label: summary.label, rows: backup.rowCount, backupCreatedAt: backup.header.createdAt }),
      });
    } catch (error) {
      setStatus(describeErrorZhCN(toWriteAppError(error).code));
      setWorking(false);
    }
  };

  return (
    <article className="page narrow">
      <h1>{t('restore.title')}</h1>
      <p className="lead">{t('restore.intro')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void pick()} disabled={working}>
          {t('restore.pick')}
        </button>
      </div>
      {picked !== null && <p data-testid="restore-file">{t('restore.picked', { name: picked.name })}</p>}
      {picked !== null && verified === null && (
        <form className="form" onSubmit={(event) => { event.preventDefault(); void verify(); }}>
          <div className="tabs" role="radiogroup">
            {(['passphrase', 'recovery-code'] as const).map((kind) => (
              <label key={kind} className="radio">
                <input type="radio" name="secret-kind" checked={secretKind === kind} onChange={() => setSecretKind(kind)} />
                {t(kind === 'passphrase' ? 'restore.secretPassphrase' : 'restore.secretRecovery')}
              </label>
            ))}
          </div>
          <label>
            {t(secretKind === 'passphrase' ? 'unlock.passphraseField' : 'unlock.recoveryField')}
            <input type={secretKind === 'passphrase' ? 'password' : 'text'} value={secret} onChange={(event) => setSecret(event.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="button primary" disabled={working || secret === ''}>
              {t('restore.verify')}
            </button>
          </div>
        </form>
      )}
      {verified !== null && (
        <section className="card card-next">
          <p role="status">
            {t('restore.summary', {
              label: verified.header.workspace.label,
              date: formatDateTime(verified.header.createdAt),
              rows: verified.rowCount,
            })}
          </p>
          {replaces && <p className="notice">{t('restore.replaceWarning')}</p>}
          <div className="actions">
            <button type="button" className="button primary" disabled={working} onClick={() => void restore(verified)}>
              {t('restore.confirm')}
            </button>
          </div>
        </section>
      )}
      {status !== null && (
        <p className="status" role="status" data-testid="restore-status">
          {status}
        </p>
      )}
      <LowSpaceDialog guard={guard} />
    </article>
  );
}
