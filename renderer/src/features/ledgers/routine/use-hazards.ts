import { useEffect, useState } from 'react';
import { hazardLedger, type HazardPayload } from '@shared/ledgers/definitions/hazard.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { useTableVersion } from '../use-store-changes';

/** The hazards one self-inspection found, oldest first, kept current; null while reading. */
export function useHazardsOf(inspectionId: string): LedgerRecord<HazardPayload>[] | null {
  const { store } = useOpenSession();
  const version = useTableVersion([hazardLedger.table]);
  const [hazards, setHazards] = useState<LedgerRecord<HazardPayload>[] | null>(null);
  useEffect(() => {
    let active = true;
    void createLedgerRepository(store, hazardLedger)
      .find('inspectionId', inspectionId)
      .then((found) => active && setHazards([...found.records].reverse()));
    return () => {
      active = false;
    };
  }, [store, inspectionId, version]);
  return hazards;
}
