import { useState, type FormEvent } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import type { PreparedRecoveryCode } from '@renderer/vault/workspace-vault';
import { NewRecoveryCode } from './NewRecoveryCode';

/** 重新生成恢复码: after the passphrase, a new code is shown; the old one stops working only once the new one is confirmed. */
export function RecoveryCodeSettings() {
  const { services } = useSession();
  const { workspace, store } = useOpenSession();
  const [passphrase, setPassphrase] = useState('');
  const [prepared, setPrepared] = useState<PreparedRecoveryCode | null>(null);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const attempt = async (action: () => Promise<void>) => {
    setWorking(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    } finally {
      setWorking(false);
    }
  };

  const prepare = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      setPrepared(await services.vault.prepareRecoveryCode(store, passphrase));
      setPassphrase('');
    });
  };

  const confirm = (code: PreparedRecoveryCode) =>
    void attempt(async () => {
      await code.commit();
      setPrepared(null);
      setMessage(t('security.recovery.done'));
    });

  return (
    <section className="card">
      <h2>{t('security.recovery.title')}</h2>
      <p>{t('security.recovery.body')}</p>
      {prepared === null ? (
        <form className="inline-form" onSubmit={prepare}>
          <label>
            {t('security.recovery.passphrase')}
            <input type="password" value={passphrase} autoComplete="current-password" onChange={(event) => setPassphrase(event.target.value)} />
          </label>
          <button type="submit" className="button" disabled={working || passphrase === ''}>
            {working ? t('security.recovery.working') : t('security.recovery.start')}
          </button>
        </form>
      ) : (
        <NewRecoveryCode
          label={workspace.label}
          recoveryCode={prepared.recoveryCode}
          now={services.now()}
          intro={t('security.recovery.codeIntro')}
          confirmLabel={t('security.recovery.confirm')}
          working={working}
          onConfirmed={() => confirm(prepared)}
          onCancel={() => setPrepared(null)}
        />
      )}
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
