import type { BackupSecret } from '@renderer/storage/backup-reader';
import { t } from '@renderer/i18n/t';
import type { ExistingWorkspace } from './existing-workspace';

type ReplaceExistingNoticeProps = Readonly<{
  existing: ExistingWorkspace;
  secret: BackupSecret;
  onSecret: (secret: BackupSecret) => void;
  skip: boolean;
  onSkip: (skip: boolean) => void;
}>;

/**
 * What replacing this device's workspace means: all of its data goes, which
 * passphrase opens it afterwards when the backup's key file differs, and
 * where the safety snapshot taken first goes (asking for the workspace's own
 * secret when nothing else opens it).
 */
export function ReplaceExistingNotice({ existing, secret, onSecret, skip, onSkip }: ReplaceExistingNoticeProps) {
  return (
    <>
      <p className="notice">{t('restore.replaceWarning')}</p>
      {existing.keyDifference !== 'same' && (
        <p className="notice" role="alert" data-testid="restore-key-warning">
          {t(existing.keyDifference === 'wraps-differ' ? 'restore.keyWrapsDiffer' : 'restore.keyDiffers')}
        </p>
      )}
      <p data-testid="restore-safety-plan">{t(existing.safetyTo === 'snapshots' ? 'restore.safetyDesktop' : 'restore.safetyBrowser')}</p>
      {existing.access === 'secret' && (
        <div className="form">
          <p>{t('restore.existingSecretIntro', { label: existing.summary.label })}</p>
          <div className="tabs" role="radiogroup">
            {(['passphrase', 'recovery-code'] as const).map((kind) => (
              <label key={kind} className="radio">
                <input type="radio" name="existing-secret-kind" checked={secret.kind === kind} disabled={skip} onChange={() => onSecret({ kind, value: '' })} />
                {t(kind === 'passphrase' ? 'restore.secretPassphrase' : 'restore.secretRecovery')}
              </label>
            ))}
          </div>
          <label>
            {t(secret.kind === 'passphrase' ? 'restore.existingPassphrase' : 'restore.existingRecovery')}
            <input
              type={secret.kind === 'passphrase' ? 'password' : 'text'}
              value={secret.value}
              disabled={skip}
              autoComplete="off"
              onChange={(event) => onSecret({ kind: secret.kind, value: event.target.value })}
            />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={skip} onChange={(event) => onSkip(event.target.checked)} />
            {t('restore.skipSafety')}
          </label>
        </div>
      )}
    </>
  );
}
