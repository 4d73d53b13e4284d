import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { valueOrThrow } from '@shared/ipc/result';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { pathAfterUnlock } from '@renderer/app/return-path';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { hasPendingKeyRotation, runKeyRotation, type KeyRotationProgress } from '@renderer/storage/key-rotation';
import { runWorkspaceMigrations, type MigrationProgress } from '@renderer/storage/migration-runner';
import { useSession } from '@renderer/session/session-context';
import type { WorkspaceListState } from '@renderer/obligations/use-reminder-navigation';
import type { UnlockedWorkspace } from '@renderer/vault/workspace-vault';
import { restoredSummaryOf } from './restored-summary';
import { RetryCountdown } from './RetryCountdown';

type Method = 'passphrase' | 'recovery' | 'device';

/**
 * Unlock one workspace by passphrase, recovery code or (desktop) the OS
 * keychain, then go back to the screen it was locked on (or 首页). After a
 * restore it first says what was restored.
 */
export function UnlockWorkspacePage() {
  const { workspaceId = '' } = useParams();
  const { services, begin } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const restored = restoredSummaryOf(location.state);
  const [workspace, setWorkspace] = useState<WorkspaceSummary | null>(null);
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [deviceRemembered, setDeviceRemembered] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [migration, setMigration] = useState<MigrationProgress | null>(null);
  const [rotation, setRotation] = useState<KeyRotationProgress | null>(null);

  useEffect(() => {
    // A workspace that is not (or no longer) on this device: say so on the list, not with a blank page.
    void services.registry.get(workspaceId).then((found) => {
      if (found === null) void navigate('/workspaces', { replace: true, state: { notice: 'workspace-gone' } satisfies WorkspaceListState });
      else setWorkspace(found);
    });
    void services.host.vault.deviceStatus({ workspaceId }).then((status) => {
      setDeviceRemembered(status.ok && status.value.supported && status.value.remembered);
    });
  }, [services, workspaceId, navigate]);

  const finish = (unlocked: UnlockedWorkspace, viaRecovery: boolean) => {
    begin(unlocked.summary, unlocked.store);
    void navigate(viaRecovery ? '/settings?after=recovery' : pathAfterUnlock(location.state, workspaceId));
  };

  const attempt = async (run: () => Promise<UnlockedWorkspace>, viaRecovery: boolean) => {
    setWorking(true);
    setError(null);
    try {
      const unlocked = await run();
      // Rows a newer layout changes are rewritten now, before any screen reads them; a cut-short run resumes next time.
      // So is a key rotation cut short: every row is sealed with the new key before work goes on.
      try {
        await runWorkspaceMigrations(unlocked.store, services.appVersion, setMigration);
        if (hasPendingKeyRotation(unlocked.store)) await runKeyRotation(unlocked.store, setRotation);
      } catch (failure) {
        unlocked.store.close();
        throw failure;
      } finally {
        setMigration(null);
        setRotation(null);
      }
      finish(unlocked, viaRecovery);
    } catch (failure) {
      const appError = toAppError(failure);
      setError(describeErrorZhCN(appError.code));
      setSecret('');
      setWorkspace(await services.registry.get(workspaceId));
    } finally {
      setWorking(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (method === 'passphrase') void attempt(() => services.vault.unlockWithPassphrase(workspaceId, secret), false);
    if (method === 'recovery') void attempt(() => services.vault.unlockWithRecoveryCode(workspaceId, secret), true);
  };

  const unlockWithDevice = () =>
    void attempt(async () => {
      const recalled = valueOrThrow(await services.host.vault.recallFromDevice({ workspaceId }));
      return services.vault.unlockWithDeviceKey(workspaceId, recalled);
    }, false);

  if (workspace === null) return null;
  const waiting = workspace.retryAfter > services.now();

  return (
    <article className="page narrow">
      <h1>{t('unlock.title', { label: workspace.label })}</h1>
      {restored !== null && (
        <p className="card card-done" role="status" data-testid="restore-done">
          {t('restore.done', { label: restored.label, rows: restored.rows, date: formatDateTime(restored.backupCreatedAt) })}
          {restored.safetyNote !== undefined && (
            <>
              <br />
              <span data-testid="restore-safety">{restored.safetyNote}</span>
            </>
          )}
        </p>
      )}
      <div className="tabs" role="tablist">
        {(['passphrase', 'recovery', ...(deviceRemembered ? ['device' as const] : [])] as Method[]).map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            aria-selected={method === option}
            className={method === option ? 'tab active' : 'tab'}
            onClick={() => {
              setMethod(option);
              setSecret('');
              setError(null);
            }}
          >
            {t(option === 'passphrase' ? 'unlock.withPassphrase' : option === 'recovery' ? 'unlock.withRecovery' : 'unlock.withDevice')}
          </button>
        ))}
      </div>
      {method === 'device' ? (
        <div className="actions">
          <button type="button" className="button primary" disabled={working} onClick={unlockWithDevice}>
            {t('unlock.deviceSubmit')}
          </button>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <label>
            {t(method === 'passphrase' ? 'unlock.passphraseField' : 'unlock.recoveryField')}
            <input
              type={method === 'passphrase' ? 'password' : 'text'}
              value={secret}
              autoComplete={method === 'passphrase' ? 'current-password' : 'off'}
              autoFocus
              onChange={(event) => setSecret(event.target.value)}
            />
          </label>
          {method === 'recovery' && <p className="field-hint">{t('unlock.recoveryHint')}</p>}
          <div className="actions">
            <button type="submit" className="button primary" disabled={working || waiting || secret === ''}>
              {working ? t('unlock.working') : t('unlock.submit')}
            </button>
          </div>
        </form>
      )}
      {migration !== null && (
        <p role="status" data-testid="migration-progress">
          {t('unlock.migrating', { done: migration.done, total: migration.total })}
          <progress max={Math.max(1, migration.total)} value={migration.done} aria-label={t('unlock.migratingLabel')} />
        </p>
      )}
      {rotation !== null && (
        <p role="status" data-testid="rotation-progress">
          {t('unlock.rotating', { done: rotation.done, total: rotation.total })}
          <progress max={Math.max(1, rotation.total)} value={rotation.done} aria-label={t('unlock.rotatingLabel')} />
        </p>
      )}
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {workspace.failedAttempts > 0 && <p className="muted">{t('unlock.failedAttempts', { count: workspace.failedAttempts })}</p>}
      {waiting && <RetryCountdown until={workspace.retryAfter} now={services.now} onDone={() => setWorkspace({ ...workspace, retryAfter: 0 })} />}
      <p>
        <Link to="/workspaces">{t('unlock.back')}</Link>
      </p>
    </article>
  );
}
