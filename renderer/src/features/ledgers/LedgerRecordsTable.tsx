import { Link } from 'react-router';
import type { AnyLedgerDefinition, LedgerRecord } from '@shared/ledgers/ledger-definition';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { t } from '@renderer/i18n/t';
import { columnText, isEnteredText } from './column-text';
import { useRecordNames } from './use-record-names';

type LedgerRecordsTableProps = Readonly<{ definition: AnyLedgerDefinition; records: readonly LedgerRecord<unknown>[] }>;

/** A ledger's records as a table of its list columns; the first cell opens the record. */
export function LedgerRecordsTable({ definition, records }: LedgerRecordsTableProps) {
  const names = useRecordNames(definition);
  const columns = definition.columns.filter((column) => column.exportOnly !== true);
  return (
    <table className="ledger-table" data-testid={`ledger-table-${definition.id}`}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col">
              {ledgerText(definition, `column.${column.id}`)}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('ledgers.record.open')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id} data-record-id={record.id}>
            {columns.map((column) => (
              <td key={column.id} data-label={ledgerText(definition, `column.${column.id}`)} translate={isEnteredText(column) ? 'no' : undefined}>
                {columnText(definition, column, record.payload, names)}
              </td>
            ))}
            <td>
              <Link className="button small" to={`/ledgers/${definition.id}/${record.id}`} aria-label={t('ledgers.record.openNamed', { name: definition.describe(record.payload) })}>
                {t('ledgers.record.open')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
