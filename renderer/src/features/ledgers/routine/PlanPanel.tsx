import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { emergencyPlanDocument } from '@shared/documents/routine-documents';
import { emergencyDrillLedger, type EmergencyDrillPayload } from '@shared/ledgers/definitions/emergency-drill.ledger';
import { emergencyPlanLedger, type EmergencyPlanPayload } from '@shared/ledgers/definitions/emergency-plan.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { useTableVersion } from '../use-store-changes';
import { useStaff } from './use-staff';
import { VersionPanel } from './VersionPanel';

/** 一(四)1: a version of the emergency plan — issue it as a PDF, start the next one — and the drills that followed it. */
export function PlanPanel({ record }: { record: LedgerRecord<EmergencyPlanPayload> }) {
  const { store } = useOpenSession();
  const staff = useStaff();
  const version = useTableVersion([emergencyDrillLedger.table]);
  const [drills, setDrills] = useState<LedgerRecord<EmergencyDrillPayload>[]>([]);

  useEffect(() => {
    let active = true;
    void createLedgerRepository(store, emergencyDrillLedger)
      .find('planId', record.id)
      .then((found) => active && setDrills(found.records));
    return () => {
      active = false;
    };
  }, [store, record.id, version]);

  // The PDF names people: it waits for 人员.
  if (staff === null) return null;
  const issued = record.payload.issuedAt !== null;
  return (
    <VersionPanel definition={emergencyPlanLedger} record={record} document={(issuedAt) => emergencyPlanDocument(record.payload, record.payload.issuedAt ?? issuedAt, staff.nameOf)}>
      {issued && (
        <div data-testid="plan-drills">
          <h3>{t('plan.drills.title')}</h3>
          {drills.length === 0 ? (
            <p className="muted">{t('plan.drills.none')}</p>
          ) : (
            <ul className="history">
              {drills.map((drill) => (
                <li key={drill.id}>
                  <Link to={`/ledgers/${emergencyDrillLedger.id}/${drill.id}`}>
                    {formatDateTime(drill.payload.heldAt)} {drill.payload.scenario}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Link className="button small" to={`/ledgers/${emergencyDrillLedger.id}/new?planId=${encodeURIComponent(record.id)}`}>
            {t('plan.drills.add')}
          </Link>
        </div>
      )}
    </VersionPanel>
  );
}
