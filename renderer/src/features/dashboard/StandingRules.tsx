import { Link } from 'react-router';
import { ledgerTextZhCN } from '@shared/i18n/zh-CN';
import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import { definitionsOfLedger } from '@shared/ledgers/ledger-registry';
import { standingRules } from '@shared/obligations/obligation-engine';
import { ClauseRef } from '@renderer/components/ClauseRef';
import { t } from '@renderer/i18n/t';

/** The gates and keeping rules that always apply: each rule, its clause, what it asks, and the ledger where it is kept. */
export function StandingRules() {
  return (
    <section className="card" data-testid="standing-rules">
      <h2>{t('dashboard.rules.title')}</h2>
      <ul className="rule-list">
        {standingRules().map((rule) => (
          <li key={rule.id} data-testid={`rule-${rule.id}`}>
            <strong>{obligationTextZhCN[rule.id].title}</strong> <ClauseRef clause={rule.clause} />
            <br />
            <span className="muted">{obligationTextZhCN[rule.id].next}</span>
            {definitionsOfLedger(rule.ledger)[0] !== undefined && (
              <>
                {' '}
                <Link to={`/ledgers/${definitionsOfLedger(rule.ledger)[0]!.id}`}>{t('dashboard.rules.open', { ledger: ledgerTextZhCN[rule.ledger].title })}</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
