import { Link } from 'react-router';
import type { MessageKey } from '@shared/i18n/zh-CN';
import { t } from '@renderer/i18n/t';

const duties: readonly MessageKey[] = [
  'home.duty.deletion',
  'home.duty.review',
  'home.duty.rotation',
  'home.duty.leak',
  'home.duty.incident',
  'home.duty.training',
  'home.duty.inspection',
];

/** 首页: the obligation dashboard; before signing, the way to the first step. */
export function HomePage() {
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
