import { useCallback, useEffect, useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { maskChineseMobile } from '@shared/phone/phone-number';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import {
  findPersonalInformationByPhone,
  pagePersonalInformation,
  type PersonalInformationRow,
} from '@renderer/ledgers/personal-information.repository';
import type { PageCursor } from '@renderer/storage/workspace-store';
import { useOpenSession } from '@renderer/session/session-context';

const pageSize = 50;

// A name is personal data too: the list shows only its first character.
function maskName(name: string): string {
  const characters = [...name];
  return characters.length === 0 ? '—' : `${characters[0]}${'*'.repeat(Math.min(characters.length - 1, 3))}`;
}

/** The ledger, 50 rows a page (keyset pages, so page 2,000 opens as fast as page 1), with exact-phone search. */
export function PersonalInformationList() {
  const { store } = useOpenSession();
  const [cursors, setCursors] = useState<(PageCursor | null)[]>([null]);
  const [rows, setRows] = useState<PersonalInformationRow[] | null>(null);
  const [next, setNext] = useState<PageCursor | null>(null);
  const [query, setQuery] = useState('');
  const [searching, setSearching] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(
    async (after: PageCursor | null) => {
      try {
        const page = await pagePersonalInformation(store, after, pageSize);
        setRows(page.rows);
        setNext(page.next);
      } catch (error) {
        setMessage(describeErrorZhCN(toAppError(error).code));
      }
    },
    [store],
  );

  useEffect(() => {
    let active = true;
    pagePersonalInformation(store, null, pageSize).then(
      (page) => {
        if (!active) return;
        setRows(page.rows);
        setNext(page.next);
      },
      (error: unknown) => setMessage(describeErrorZhCN(toAppError(error).code)),
    );
    return () => {
      active = false;
    };
  }, [store]);

  const search = async () => {
    const found = await findPersonalInformationByPhone(store, query);
    if (found === null) return setMessage(t('pi.error.phone'));
    setSearching(true);
    setRows(found);
    setNext(null);
    setMessage(found.length === 0 ? t('pi.search.none') : null);
  };

  const goTo = (index: number, cursor: PageCursor | null) => {
    setCursors((current) => [...current.slice(0, index), cursor]);
    void load(cursor);
  };

  return (
    <section className="card">
      <h2>{t('pi.list.title')}</h2>
      <form className="inline-form" onSubmit={(event) => { event.preventDefault(); void search(); }}>
        <label>
          {t('pi.search.field')}
          <input value={query} inputMode="tel" onChange={(event) => setQuery(event.target.value)} />
        </label>
        <button type="submit" className="button">{t('pi.search.submit')}</button>
        {searching && (
          <button type="button" className="button" onClick={() => { setQuery(''); setMessage(null); goTo(0, null); setSearching(false); }}>
            {t('pi.search.clear')}
          </button>
        )}
      </form>
      {message !== null && <p role="status">{message}</p>}
      {rows !== null && rows.length === 0 && !searching && <p className="muted">{t('pi.list.empty')}</p>}
      {rows !== null && rows.length > 0 && (
        <table className="ledger-table" data-testid="pi-table">
          <thead>
            <tr>
              <th>{t('pi.list.collectedAt')}</th>
              <th>{t('pi.list.phone')}</th>
              <th>{t('pi.list.name')}</th>
              <th>{t('pi.list.scenario')}</th>
              <th>{t('pi.list.source')}</th>
              <th>{t('pi.list.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(row.fields.collectedAt)}</td>
                <td>{maskChineseMobile(row.fields.phone)}</td>
                <td>{maskName(row.fields.name)}</td>
                <td>{t(`pi.scenario.${row.fields.scenario}`)}</td>
                <td>{row.fields.source}</td>
                <td>{row.fields.evidenceIds.length > 0 ? t('pi.list.hasEvidence') : t('pi.list.noEvidence')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!searching && (
        <div className="actions pager">
          <button type="button" className="button" disabled={cursors.length <= 1} onClick={() => goTo(cursors.length - 2, cursors[cursors.length - 2] ?? null)}>
            {t('pi.page.previous')}
          </button>
          <span data-testid="pi-page">{t('pi.page.number', { page: cursors.length })}</span>
          <button type="button" className="button" disabled={next === null} onClick={() => goTo(cursors.length, next)}>
            {t('pi.page.next')}
          </button>
        </div>
      )}
    </section>
  );
}
