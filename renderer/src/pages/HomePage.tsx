import { Link, useSearchParams } from 'react-router';
import type { MessageKey } from '@shared/i18n/zh-CN';
import type { DueItem } from '@shared/obligations/obligation-engine';
import { DutyRow, showsOnDashboard } from '@renderer/features/dashboard/DutyRow';
import { LetterStatus } from '@renderer/features/dashboard/LetterStatus';
import { ScheduledReminders } from '@renderer/features/dashboard/ScheduledReminders';
import { StandingRules } from '@renderer/features/dashboard/StandingRules';
import { t } from '@renderer/i18n/t';
import { useObligations } from '@renderer/obligations/obligations-context';
import { reminderKeyOf } from '@renderer/obligations/reminder-items';

const duties: readonly MessageKey[] = [
  'home.duty.deletion',
  'home.duty.review',
  'home.duty.rotation',
  'home.duty.leak',
  'home.duty.incident',
  'home.duty.training',
  'home.duty.inspection',
];

/** 首页: before signing, the way to the first step; after, every obligation with its state. */
export function HomePage() {
  const { items, input, unreadable, calendar, now } = useObligations();
  const [params] = useSearchParams();
  const highlighted = params.get('item');

  if (input === null || calendar === null) return null;
  if (input.letter === null) {
    return (
      <article className="page">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <section className="card card-next">
          <h2>{t('home.firstStep.title')}</h2>
          <p>{t('home.firstStep.body')}</p>
          <div className="actions">
            <Link className="button primary" to="/sign">
              {t('home.firstStep.action')}
            </Link>
          </div>
        </section>
        <section className="card">
          <h2>{t('home.duties.title')}</h2>
          <p>{t('home.duties.intro')}</p>
          <ul className="checklist">
            {duties.map((duty) => (
              <li key={duty}>{t(duty)}</li>
            ))}
          </ul>
        </section>
      </article>
    );
  }

  const count = (state: DueItem['state']) => items.filter((item) => item.state === state).length;
  const [overdue, soon, missed] = [count('overdue'), count('due-soon'), count('missed')];
  return (
    <article className="page">
      <h1>{t('home.title')}</h1>
      <p className={overdue + missed > 0 ? 'summary-line summary-alert' : 'summary-line'} data-testid="dashboard-summary">
        {overdue + soon + missed === 0 ? t('dashboard.summary.clear') : `${t('dashboard.summary', { overdue, soon })}${missed > 0 ? t('dashboard.summary.missed', { missed }) : ''}`}
      </p>
      <LetterStatus />
      {unreadable > 0 && (
        <p className="notice" role="status">
          {t('dashboard.unreadable', { count: unreadable })}
        </p>
      )}
      {items.some((item) => item.estimated) && (
        <p className="notice">
          {t('dashboard.estimatedNotice')} <Link to="/settings">{t('nav.settings')}</Link>
        </p>
      )}
      <section>
        <h2>{t('dashboard.duties.title')}</h2>
        <p className="muted">{t('dashboard.duties.intro')}</p>
        <ul className="duty-list">
          {items.filter(showsOnDashboard).map((item) => (
            <DutyRow key={item.key} item={item} calendar={calendar} now={now} highlighted={highlighted === reminderKeyOf(item)} />
          ))}
        </ul>
      </section>
      <ScheduledReminders />
      <StandingRules />
    </article>
  );
}
