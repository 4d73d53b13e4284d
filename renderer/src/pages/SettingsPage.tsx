import { AboutPanel } from '@renderer/features/about/AboutPanel';
import { t } from '@renderer/i18n/t';

/** 设置: security and backup, reminders, calendar, and what this installation is. */
export function SettingsPage() {
  return (
    <article className="page">
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      <p className="card card-next">{t('settings.firstStep')}</p>
      <section className="card">
        <h2>{t('settings.about.title')}</h2>
        <AboutPanel />
      </section>
    </article>
  );
}
