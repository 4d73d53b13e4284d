import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ledgerTextZhCN } from '@shared/i18n/zh-CN';
import { ledgerKinds } from '@shared/ledgers/ledger-kinds';
import { definitionsOfLedger, ledgerRegistry } from '@shared/ledgers/ledger-registry';
import type { SealedTableName } from '@shared/storage/workspace-schema';
import { ClauseRef } from '@renderer/components/ClauseRef';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { t } from '@renderer/i18n/t';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { useOpenSession } from '@renderer/session/session-context';

/** 台账: one card per ledger of the letter, each citing its clause; a card opens its ledger, or says it is not ready yet. */
export function LedgersPage() {
  const { store } = useOpenSession();
  const version = useTableVersion(ledgerRegistry.map((definition) => definition.table));
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    let active = true;
    void Promise.all(ledgerRegistry.map(async (definition) => [definition.id, await store.count(definition.table as SealedTableName)] as const)).then(
      (entries) => active && setCounts(new Map(entries)),
    );
    return () => {
      active = false;
    };
  }, [store, version]);

  return (
    <article className="page">
      <h1>{t('ledgers.title')}</h1>
      <p className="lead">{t('ledgers.intro')}</p>
      <p className="card card-next">{t('ledgers.firstStep')}</p>
      <ul className="ledger-grid">
        {ledgerKinds.map((ledger) => {
          const [primary, ...others] = definitionsOfLedger(ledger.id);
          return (
            <li key={ledger.id} className={primary === undefined ? 'card ledger-card ledger-card-coming' : 'card ledger-card'} data-testid={`ledger-card-${ledger.id}`}>
              <h2>{primary === undefined ? ledgerTextZhCN[ledger.id].title : <Link to={`/ledgers/${primary.id}`}>{ledgerTextZhCN[ledger.id].title}</Link>}</h2>
              {ledger.clause !== null && (
                <p className="clause-label">
                  <ClauseRef clause={ledger.clause} />
                </p>
              )}
              <p>{ledgerTextZhCN[ledger.id].holds}</p>
              {primary === undefined ? (
                <p className="badge badge-warn">{t('ledgers.card.comingTitle')}</p>
              ) : (
                <p className="muted">
                  {t('ledgers.card.count', { count: counts.get(primary.id) ?? 0 })}
                  {others.length > 0 && ` · ${t('ledgers.card.sections', { names: others.map((other) => ledgerText(other, 'title')).join('、') })}`}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
