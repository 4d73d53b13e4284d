import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { AnyLedgerDefinition, LedgerRecord } from '@shared/ledgers/ledger-definition';
import { definitionsOfLedger, findLedgerDefinition, type LedgerId } from '@shared/ledgers/ledger-registry';
import { normalizeChineseMobile } from '@shared/phone/phone-number';
import { NotFoundPage } from '@renderer/app/NotFoundPage';
import { ExportActions } from '@renderer/features/ledgers/ExportActions';
import { LedgerHeader } from '@renderer/features/ledgers/LedgerHeader';
import { LedgerRecordsTable } from '@renderer/features/ledgers/LedgerRecordsTable';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { t } from '@renderer/i18n/t';
import { ledgerContributionOf } from '@renderer/ledgers/ledger-contributions';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { enumText, ledgerText } from '@renderer/ledgers/ledger-text';
import type { PageCursor } from '@renderer/storage/workspace-store';
import { useOpenSession } from '@renderer/session/session-context';

const pageSize = 50;

type Query = Readonly<{ kind: 'page'; cursors: readonly (PageCursor | null)[] }> | Readonly<{ kind: 'filter'; field: string; value: string }> | Readonly<{ kind: 'search'; text: string }>;
type Listing = Readonly<{ records: LedgerRecord<unknown>[]; unreadable: number; next: PageCursor | null }>;

/** 台账 → one ledger: its records newest first, filters, search, and the way to add one. */
export function LedgerListPage() {
  const { ledgerId = '' } = useParams();
  const definition = findLedgerDefinition(ledgerId);
  if (definition === null) return <NotFoundPage />;
  return <LedgerList key={definition.id} definition={definition} />;
}

function matchesText(definition: AnyLedgerDefinition, record: LedgerRecord<unknown>, text: string): boolean {
  const haystack = [definition.describe(record.payload), ...definition.columns.filter((column) => column.format === 'text').map((column) => String(column.value(record.payload) ?? ''))];
  return haystack.some((value) => value.includes(text));
}

function LedgerList({ definition }: { definition: AnyLedgerDefinition }) {
  const { store } = useOpenSession();
  const [query, setQuery] = useState<Query>({ kind: 'page', cursors: [null] });
  const [listing, setListing] = useState<Listing | null>(null);
  const [searchText, setSearchText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const version = useTableVersion([definition.table]);
  const siblings = definitionsOfLedger(definition.ledger).filter((other) => other.id !== definition.id);
  const contribution = ledgerContributionOf(definition.id as LedgerId);

  useEffect(() => {
    let active = true;
    const repository = createLedgerRepository(store, definition);
    const load = async (): Promise<Listing> => {
      switch (query.kind) {
        case 'page':
          return repository.page(query.cursors.at(-1) ?? null, pageSize);
        case 'filter':
          return { ...(await repository.find(query.field, query.value)), next: null };
        case 'search': {
          if (definition.search === 'phone') {
            const phone = normalizeChineseMobile(query.text);
            if (phone === null) throw new Error('phone');
            return { ...(await repository.find('phoneIndex', await store.phoneIndex(phone))), next: null };
          }
          const all = await repository.all();
          return { records: all.records.filter((record) => matchesText(definition, record, query.text)), unreadable: all.unreadable, next: null };
        }
        default: {
          const unreachable: never = query;
          return unreachable;
        }
      }
    };
    load().then(
      (loaded) => {
        if (!active) return;
        setListing(loaded);
        setMessage(null);
      },
      (error: unknown) => active && setMessage(error instanceof Error && error.message === 'phone' ? t('ledgers.search.phoneInvalid') : describeErrorZhCN(toAppError(error).code)),
    );
    return () => {
      active = false;
    };
  }, [store, definition, query, version]);

  const cursors = query.kind === 'page' ? query.cursors : null;
  return (
    <article className="page wide">
      <LedgerHeader definition={definition} />
      <div className="actions">
        {contribution.newRecord?.kind !== 'none' && (
          <Link className="button primary" to={`/ledgers/${definition.id}/new`}>
            {ledgerText(definition, 'add')}
          </Link>
        )}
        {contribution.listActions?.()}
        {siblings.map((sibling) => (
          <Link key={sibling.id} className="button" to={`/ledgers/${sibling.id}`}>
            {ledgerText(sibling, 'title')}
          </Link>
        ))}
      </div>
      <section className="card">
        <h2>{t('ledgers.list.title')}</h2>
        <ExportActions definition={definition} />
        <div className="ledger-tools">
          {definition.filters?.map((filter) => (
            <label key={filter.field}>
              {ledgerText(definition, `filter.${filter.field}`)}
              <select
                value={query.kind === 'filter' && query.field === filter.field ? query.value : ''}
                onChange={(event) => setQuery(event.target.value === '' ? { kind: 'page', cursors: [null] } : { kind: 'filter', field: filter.field, value: event.target.value })}
              >
                <option value="">{t('ledgers.filter.all')}</option>
                {filter.values.map((value) => (
                  <option key={value} value={value}>
                    {enumText(definition, filter.field, value)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {definition.search !== undefined && (
            <form
              className="inline-form"
              role="search"
              onSubmit={(event) => {
                event.preventDefault();
                setQuery(searchText.trim() === '' ? { kind: 'page', cursors: [null] } : { kind: 'search', text: searchText.trim() });
              }}
            >
              <label>
                {t(definition.search === 'phone' ? 'ledgers.search.phone' : 'ledgers.search.text')}
                <input value={searchText} autoComplete="off" inputMode={definition.search === 'phone' ? 'tel' : 'text'} onChange={(event) => setSearchText(event.target.value)} />
              </label>
              <button type="submit" className="button">
                {t('ledgers.search.submit')}
              </button>
              {query.kind === 'search' && (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setSearchText('');
                    setQuery({ kind: 'page', cursors: [null] });
                  }}
                >
                  {t('ledgers.search.clear')}
                </button>
              )}
            </form>
          )}
        </div>
        {message !== null && <p role="status">{message}</p>}
        {listing !== null && listing.unreadable > 0 && (
          <p className="notice" role="status" data-testid="unreadable-notice">
            {t('ledgers.list.unreadable', { count: listing.unreadable })}
          </p>
        )}
        {listing !== null && listing.records.length === 0 && (
          <p className="muted">{query.kind === 'page' ? ledgerText(definition, 'empty') : t('ledgers.list.noMatch')}</p>
        )}
        {listing !== null && listing.records.length > 0 && <LedgerRecordsTable definition={definition} records={listing.records} />}
        {cursors !== null && (cursors.length > 1 || listing?.next != null) && (
          <div className="actions pager">
            <button type="button" className="button" disabled={cursors.length <= 1} onClick={() => setQuery({ kind: 'page', cursors: cursors.slice(0, -1) })}>
              {t('ledgers.page.previous')}
            </button>
            <span>{t('ledgers.page.number', { page: cursors.length })}</span>
            <button type="button" className="button" disabled={listing?.next == null} onClick={() => listing?.next != null && setQuery({ kind: 'page', cursors: [...cursors, listing.next] })}>
              {t('ledgers.page.next')}
            </button>
          </div>
        )}
      </section>
    </article>
  );
}
