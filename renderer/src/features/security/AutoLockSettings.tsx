import { useState } from 'react';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';

const choices = [1, 5, 10, 15, 30, 60, 120];

/** How long without activity before the workspace locks itself. */
export function AutoLockSettings() {
  const { services, lock, updateWorkspace } = useSession();
  const { workspace, store } = useOpenSession();
  const [saved, setSaved] = useState<number | null>(null);

  const change = async (minutes: number) => {
    await services.registry.update(workspace.id, { autoLockMinutes: minutes });
    await store.appendAudit({ action: 'settings-changed', table: 'meta', recordId: 'autoLockMinutes' });
    updateWorkspace({ autoLockMinutes: minutes });
    setSaved(minutes);
  };

  return (
    <section className="card">
      <h2>{t('security.autoLock.title')}</h2>
      <p>{t('security.autoLock.body')}</p>
      <label>
        {t('security.autoLock.field')}
        <select value={workspace.autoLockMinutes} onChange={(event) => void change(Number(event.target.value))}>
          {choices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('security.autoLock.minutes', { minutes })}
            </option>
          ))}
        </select>
      </label>
      {saved !== null && <p role="status">{t('security.autoLock.saved', { minutes: saved })}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={() => lock('user')}>
          {t('security.lockNow')}
        </button>
      </div>
    </section>
  );
}
