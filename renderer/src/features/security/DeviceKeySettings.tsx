import { useCallback, useEffect, useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { valueOrThrow } from '@shared/ipc/result';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { DeviceKeyStatus } from '@shared/ipc/vault-host.schema';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/** "Remember on this device": on only where a real OS keychain exists, and only after the passphrase. */
export function DeviceKeySettings() {
  const { services } = useSession();
  const { workspace, store } = useOpenSession();
  const [status, setStatus] = useState<DeviceKeyStatus | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(() => {
    void services.host.vault.deviceStatus({ workspaceId: workspace.id }).then((result) => setStatus(result.ok ? result.value : null));
  }, [services, workspace.id]);
  useEffect(refresh, [refresh]);

  const enable = async () => {
    try {
      const dataKey = await services.vault.exportDataKeyForDevice(store, passphrase);
      const result = await services.host.vault.rememberOnDevice({ workspaceId: workspace.id, dataKey });
      dataKey.fill(0);
      valueOrThrow(result);
      await store.appendAudit({ action: 'device-remembered', table: 'meta', recordId: workspace.id });
      setMessage(t('security.device.enabled'));
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
    } finally {
      setPassphrase('');
      refresh();
    }
  };

  const disable = async () => {
    await services.host.vault.forgetDevice({ workspaceId: workspace.id });
    await store.appendAudit({ action: 'device-forgotten', table: 'meta', recordId: workspace.id });
    setMessage(t('security.device.disabled'));
    refresh();
  };

  if (status === null) return null;
  const reason = status.backend === 'browser' ? t('security.device.browser') : t('security.device.backend', { backend: status.backend });
  return (
    <section className="card">
      <h2>{t('security.device.title')}</h2>
      <p>{t('security.device.body')}</p>
      {!status.supported && <p className="notice">{t('security.device.unsupported', { reason })}</p>}
      {status.supported && status.remembered && (
        <>
          <p>{t('security.device.on')}</p>
          <button type="button" className="button" onClick={() => void disable()}>
            {t('security.device.disable')}
          </button>
        </>
      )}
      {status.supported && !status.remembered && (
        <form className="inline-form" onSubmit={(event) => { event.preventDefault(); void enable(); }}>
          <label>
            {t('unlock.passphraseField')}
            <input type="password" value={passphrase} autoComplete="current-password" onChange={(event) => setPassphrase(event.target.value)} />
          </label>
          <button type="submit" className="button" disabled={passphrase === ''}>
            {t('security.device.enable')}
          </button>
        </form>
      )}
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
