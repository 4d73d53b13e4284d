import { useEffect, useState } from 'react';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';
import { findLedgerDefinition } from '@shared/ledgers/ledger-registry';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { useTableVersion } from './use-store-changes';

/** Record id → its one-line description, for every ledger a definition's `ref` and `scenario` columns name (人员, credentials, scope changes). */
export function useRecordNames(definition: AnyLedgerDefinition): ReadonlyMap<string, string> {
  const { store } = useOpenSession();
  const referenced = [...new Set(definition.columns.flatMap((column) => (column.ref !== undefined ? [column.ref] : [])))]
    .map(findLedgerDefinition)
    .filter((found): found is AnyLedgerDefinition => found !== null);
  const key = referenced.map((found) => found.id).join('|');
  const version = useTableVersion(referenced.map((found) => found.table));
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    let active = true;
    const load = async () => {
      const entries = new Map<string, string>();
      for (const id of key === '' ? [] : key.split('|')) {
        const target = findLedgerDefinition(id);
        if (target === null) continue;
        const found = await createLedgerRepository(store, target).all();
        for (const record of found.records) entries.set(record.id, target.describe(record.payload));
      }
      if (active) setNames(entries);
    };
    void load();
    return () => {
      active = false;
    };
  }, [store, key, version]);
  return names;
}
