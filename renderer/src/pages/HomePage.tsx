import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { MessageKey } from '@shared/i18n/zh-CN';
import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import { standingRules, type DueItem } from '@shared/obligations/obligation-engine';
import { DutyRow } from '@renderer/features/dashboard/DutyRow';
import { LetterStatus } from '@renderer/features/dashboard/LetterStatus';
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

/** A finished duty of a record (a number deleted) lives on in its ledger, not on 首页. */
function showsOnDashboard(item: DueItem): boolean {
  return item.state !== 'done' || item.recordId === null;
}

/** 首页: before signing, the way to the first step; after, every obligation with its state. */
export function HomePage() {
  const { items, records, calendar, now, refresh } = useObligations();
  const [params] = useSearchParams();
  const highlighted = params.get('item');
  // Signing or a ledger may have changed the records since the workspace opened.
  useEffect(refresh, [refresh]);

  if (records === null || calendar === null) return null;
  if (records.letter === null) {
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

  return (
    <article className="page">
      <h1>{t('home.title')}</h1>
      <LetterStatus />
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
            <DutyRow key={item.key} item={item} calendar={calendar} now={now} highlighted={highlighted === reminderKeyOf(item)} onChanged={refresh} />
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>{t('dashboard.rules.title')}</h2>
        <ul className="rule-list">
          {standingRules().map((rule) => (
            <li key={rule.id}>
              <strong>{obligationTextZhCN[rule.id].title}</strong> <span className="clause">{t('ledgers.clause', { clause: rule.clause })}</span>
              <br />
              <span className="muted">{obligationTextZhCN[rule.id].next}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
