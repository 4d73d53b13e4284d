import { useEffect, useState } from 'react';
import type { ReminderSettings as Settings } from '@shared/reminders/reminder-schedule';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';

/** 到期提醒: how reminders reach this user, and start at login (desktop) or the browser's permission. */
export function ReminderSettings() {
  const { services } = useSession();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void services.host.reminders.getSettings().then((result) => result.ok && setSettings(result.value));
  }, [services]);
  if (settings === null) return null;

  const toggle = async (enabled: boolean) => {
    await services.host.reminders.setStartAtLogin({ enabled });
    const result = await services.host.reminders.getSettings();
    if (result.ok) setSettings(result.value);
  };
  const allow = async () => {
    const result = await services.host.reminders.requestPermission();
    if (result.ok) setSettings(result.value);
  };

  return (
    <section className="card">
      <h2>{t('reminders.title')}</h2>
      {settings.notifications === 'system' ? (
        <>
          <p>{t('reminders.system')}</p>
          {settings.startAtLogin !== null && (
            <label className="checkbox-line">
              <input type="checkbox" checked={settings.startAtLogin} onChange={(event) => void toggle(event.target.checked)} />
              {t('reminders.startAtLogin')}
            </label>
          )}
        </>
      ) : (
        <>
          <p>{t('reminders.browser')}</p>
          <p data-testid="notification-state">{t(`reminders.${settings.notifications}`)}</p>
          {settings.notifications === 'browser-default' && (
            <button type="button" className="button" onClick={() => void allow()}>
              {t('reminders.allow')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
