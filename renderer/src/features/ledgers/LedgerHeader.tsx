import { Link } from 'react-router';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';
import { definitionsOfLedger } from '@shared/ledgers/ledger-registry';
import { ClauseRef } from '@renderer/components/ClauseRef';
import { t } from '@renderer/i18n/t';
import { ledgerText } from '@renderer/ledgers/ledger-text';

type LedgerHeaderProps = Readonly<{ definition: AnyLedgerDefinition; title?: string }>;

/** The way back, the ledger's name, the clause it keeps and what it holds. */
export function LedgerHeader({ definition, title }: LedgerHeaderProps) {
  const primary = definitionsOfLedger(definition.ledger)[0];
  const back = primary !== undefined && primary.id !== definition.id && title === undefined ? { to: `/ledgers/${primary.id}`, label: ledgerText(primary, 'title') } : null;
  return (
    <header className="ledger-header">
      <nav className="breadcrumbs" aria-label={t('ledgers.breadcrumbs')}>
        <Link to="/ledgers">{t('ledgers.title')}</Link>
        {back !== null && (
          <>
            {' › '}
            <Link to={back.to}>{back.label}</Link>
          </>
        )}
        {title !== undefined && (
          <>
            {' › '}
            <Link to={`/ledgers/${definition.id}`}>{ledgerText(definition, 'title')}</Link>
          </>
        )}
      </nav>
      <h1>{title ?? ledgerText(definition, 'title')}</h1>
      {definition.clause !== null && (
        <p className="clause-label">
          <ClauseRef clause={definition.clause} />
        </p>
      )}
      {title === undefined && <p className="lead">{ledgerText(definition, 'holds')}</p>}
    </header>
  );
}
