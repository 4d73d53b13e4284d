import { useSearchParams } from 'react-router';
import { AboutPanel } from '@renderer/features/about/AboutPanel';
import { HandOverCard } from '@renderer/features/agent/HandOverCard';
import { CalendarSettings } from '@renderer/features/settings/CalendarSettings';
import { ReminderSettings } from '@renderer/features/settings/ReminderSettings';
import { ScreeningRulesSettings } from '@renderer/features/settings/ScreeningRulesSettings';
import { AuditVerification } from '@renderer/features/security/AuditVerification';
import { AutoLockSettings } from '@renderer/features/security/AutoLockSettings';
import { BackupPanel } from '@renderer/features/security/BackupPanel';
import { ChangePassphrase } from '@renderer/features/security/ChangePassphrase';
import { DeviceKeySettings } from '@renderer/features/security/DeviceKeySettings';
import { KeyRotationSettings } from '@renderer/features/security/KeyRotationSettings';
import { RecoveryCodeSettings } from '@renderer/features/security/RecoveryCodeSettings';
import { StorageStatus } from '@renderer/features/security/StorageStatus';
import { t } from '@renderer/i18n/t';

/** 设置: security and backup of the open workspace, and what this installation is. */
export function SettingsPage() {
  const [params] = useSearchParams();
  return (
    <article className="page">
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      {params.get('after') === 'recovery' ? (
        <p className="notice" role="status">{t('unlock.afterRecovery')}</p>
      ) : (
        <p className="card card-next">{t('settings.firstStep')}</p>
      )}
      <h2 className="section-title">{t('security.title')}</h2>
      <BackupPanel />
      <HandOverCard />
      <AutoLockSettings />
      <ChangePassphrase />
      <RecoveryCodeSettings />
      <KeyRotationSettings />
      <DeviceKeySettings />
      <AuditVerification />
      <StorageStatus />
      <h2 className="section-title">{t('settings.section.reminders')}</h2>
      <ReminderSettings />
      <CalendarSettings />
      <h2 className="section-title">{t('settings.section.screening')}</h2>
      <ScreeningRulesSettings />
      <section className="card">
        <h2>{t('settings.about.title')}</h2>
        <AboutPanel />
      </section>
    </article>
  );
}
