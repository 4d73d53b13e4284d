import { Link } from 'react-router';
import { ledgerTextZhCN } from '@shared/i18n/zh-CN';
import { ledgerKinds } from '@shared/ledgers/ledger-kinds';
import { t } from '@renderer/i18n/t';

/** 台账: one ledger per obligation family of the letter, each citing its clause. */
export function LedgersPage() {
  return (
    <article className="page">
      <h1>{t('ledgers.title')}</h1>
      <p className="lead">{t('ledgers.intro')}</p>
      <p className="card card-next">{t('ledgers.firstStep')}</p>
      <ul className="ledger-grid">
        {ledgerKinds.map((ledger) => (
          <li key={ledger.id} className="card">
            <h2>
              {ledger.id === 'personal-information' ? (
                <Link to="/ledgers/personal-information">{ledgerTextZhCN[ledger.id].title}</Link>
              ) : (
                ledgerTextZhCN[ledger.id].title
              )}
            </h2>
            <p className="clause">{t('ledgers.clause', { clause: ledger.clause })}</p>
            <p>{ledgerTextZhCN[ledger.id].holds}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
