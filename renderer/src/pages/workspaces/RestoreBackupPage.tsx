import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { openForReadingOrNull, type PickedFile } from '@renderer/host/file-streams';
import { verifyBackupOrThrow, type BackupSecret, type VerifiedBackup } from '@renderer/storage/backup-reader';
import { restoreVerifiedBackup } from '@renderer/storage/restore';
import { takeSafetySnapshot, type ExistingAccess, type SafetyOutcome } from '@renderer/features/security/safety-snapshot';
import { LowSpaceDialog, useStorageGuard } from '@renderer/features/security/use-storage-guard';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import { inspectExistingWorkspace, type ExistingWorkspace } from './existing-workspace';
import { ReplaceExistingNotice } from './ReplaceExistingNotice';
import { restoredState } from './restored-summary';

function describeSafety(outcome: SafetyOutcome): string | undefined {
  switch (outcome.kind) {
    case 'snapshot':
      return t('restore.safetySaved', { location: outcome.location });
    case 'download':
      return t('restore.safetyHanded', { name: outcome.name });
    case 'skipped':
    case 'cancelled':
      return undefined;
  }
}

/**
 * Restore a workspace from a backup file of any size, read piece by piece:
 * everything is checked before anything is replaced, and a workspace that is
 * replaced is first saved as a safety snapshot.
 */
export function RestoreBackupPage() {
  const { services, session, lock } = useSession();
  const navigate = useNavigate();
  const guard = useStorageGuard();
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [secretKind, setSecretKind] = useState<BackupSecret['kind']>('passphrase');
  const [secret, setSecret] = useState('');
  const [verified, setVerified] = useState<VerifiedBackup | null>(null);
  const [existing, setExisting] = useState<ExistingWorkspace | null>(null);
  const [existingSecret, setExistingSecret] = useState<BackupSecret>({ kind: 'passphrase', value: '' });
  const [skipSafety, setSkipSafety] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const pickedRef = useRef<PickedFile | null>(null);

  // A file left open when the screen goes is closed (desktop: main's handle).
  useEffect(() => () => void pickedRef.current?.close().catch(() => undefined), []);

  const pick = async () => {
    try {
      const file = await openForReadingOrNull(services.host, { filters: [{ name: '短信合规助手备份', extensions: ['smsbak'] }] });
      if (file === null) return;
      await pickedRef.current?.close().catch(() => undefined);
      pickedRef.current = file;
      setPicked(file);
      setVerified(null);
      setExisting(null);
      setStatus(null);
    } catch (error) {
      setStatus(describeErrorZhCN(toWriteAppError(error).code));
    }
  };

  const verify = async () => {
    if (picked === null) return setStatus(t('restore.noFile'));
    setWorking(true);
    setStatus(t('restore.verifying'));
    try {
      const backup = await verifyBackupOrThrow(services.port, picked, { kind: secretKind, value: secret });
      setExisting(await inspectExistingWorkspace(services, session, backup));
      setVerified(backup);
      setStatus(null);
    } catch (error) {
      setStatus(describeErrorZhCN(toWriteAppError(error).code));
    } finally {
      setSecret('');
      setWorking(false);
    }
  };

  const accessOf = (found: ExistingWorkspace, backup: VerifiedBackup): ExistingAccess => {
    if (found.access === 'open' && session !== null) return { kind: 'open', store: session.store };
    if (found.access === 'keys') return { kind: 'keys', keys: backup.keys };
    return skipSafety ? { kind: 'skip' } : { kind: 'secret', secret: existingSecret };
  };

  const restore = async (backup: VerifiedBackup) => {
    if (!(await guard.confirmSpace(picked?.size ?? 0))) return;
    setWorking(true);
    try {
      let safetyNote: string | undefined;
      if (existing !== null) {
        setStatus(t('restore.safetyWorking'));
        const outcome = await takeSafetySnapshot(services, existing.summary, accessOf(existing, backup));
        if (outcome.kind === 'cancelled') {
          setStatus(t('restore.safetyCancelled'));
          setWorking(false);
          return;
        }
        safetyNote = describeSafety(outcome);
      }
      if (session?.workspace.id === backup.header.workspace.id) lock('user');
      setStatus(t('restore.restoring'));
      const summary = await restoreVerifiedBackup(services, backup);
      void navigate(`/workspaces/${summary.id}/unlock`, {
        state: restoredState({ label: summary.label, rows: backup.rowCount, backupCreatedAt: backup.header.createdAt, ...(safetyNote === undefined ? {} : { safetyNote }) }),
      });
    } catch (error) {
      setStatus(describeErrorZhCN(toWriteAppError(error).code));
      setExistingSecret((current) => ({ ...current, value: '' }));
      setWorking(false);
    }
  };

  const needsSecret = existing !== null && existing.access === 'secret' && !skipSafety && existingSecret.value === '';

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
            <input type={secretKind === 'passphrase' ? 'password' : 'text'} value={secret} autoComplete={secretKind === 'passphrase' ? 'current-password' : 'off'} onChange={(event) => setSecret(event.target.value)} />
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
          {existing !== null && (
            <ReplaceExistingNotice
              existing={existing}
              secret={existingSecret}
              onSecret={setExistingSecret}
              skip={skipSafety}
              onSkip={setSkipSafety}
            />
          )}
          <div className="actions">
            <button type="button" className="button primary" disabled={working || needsSecret} onClick={() => void restore(verified)}>
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
