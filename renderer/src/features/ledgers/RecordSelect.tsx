import { useEffect, useState, type SelectHTMLAttributes } from 'react';
import { ledgerDefinitionOrThrow, type LedgerId } from '@shared/ledgers/ledger-registry';
import type { AnyLedgerDefinition, LedgerRecord } from '@shared/ledgers/ledger-definition';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';

type RecordSelectProps = SelectHTMLAttributes<HTMLSelectElement> & Readonly<{ ledger: LedgerId; selected: string }>;

/**
 * Chooses a record of another ledger (a person of 人员, a credential). Records
 * no longer current (a person who left, a retired credential) are offered
 * only when already chosen, so history keeps its names.
 */
export function RecordSelect({ ledger, selected, ...props }: RecordSelectProps) {
  const { store } = useOpenSession();
  const [records, setRecords] = useState<LedgerRecord<unknown>[] | null>(null);
  const definition = ledgerDefinitionOrThrow(ledger);

  useEffect(() => {
    let active = true;
    void createLedgerRepository(store, definition)
      .all()
      .then((found) => active && setRecords(found.records));
    return () => {
      active = false;
    };
  }, [store, definition]);

  // The form's value is applied when the select mounts: wait for the options it must match.
  if (records === null) {
    return (
      <select id={props.id} disabled aria-busy="true">
        <option>{t('ledgers.record.loadingOptions')}</option>
      </select>
    );
  }
  const current = records.filter((record) => isChoosableRecord(definition, record) || record.id === selected);
  return (
    <select {...props}>
      <option value="">{current.length === 0 ? t('ledgers.record.noneYet') : t('ledgers.record.choose')}</option>
      {current.map((record) => (
        <option key={record.id} value={record.id}>
          {definition.describe(record.payload)}
        </option>
      ))}
    </select>
  );
}

/** Whether a record is offered in other ledgers' forms: its definition says, else one with no status or an active one. */
export function isChoosableRecord(definition: AnyLedgerDefinition, record: LedgerRecord<unknown>): boolean {
  if (definition.isChoosable !== undefined) return definition.isChoosable(record.index);
  return record.index['status'] === undefined || record.index['status'] === 'active';
}
