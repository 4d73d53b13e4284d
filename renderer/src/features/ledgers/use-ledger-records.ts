import { useEffect, useState } from 'react';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { ledgerDefinitionOrThrow, type LedgerId } from '@shared/ledgers/ledger-registry';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { useTableVersion } from './use-store-changes';

/** Every record of a (small) ledger, newest first, kept current as its table changes; null while reading. */
export function useLedgerRecords(ledger: LedgerId): LedgerRecord<unknown>[] | null {
  const { store } = useOpenSession();
  const definition = ledgerDefinitionOrThrow(ledger);
  const version = useTableVersion([definition.table]);
  const [records, setRecords] = useState<LedgerRecord<unknown>[] | null>(null);
  useEffect(() => {
    let active = true;
    void createLedgerRepository(store, definition)
      .all()
      .then((found) => active && setRecords(found.records));
    return () => {
      active = false;
    };
  }, [store, definition, version]);
  return records;
}
