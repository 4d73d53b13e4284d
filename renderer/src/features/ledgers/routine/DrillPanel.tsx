import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { drillReport } from '@shared/documents/routine-documents';
import { emergencyDrillLedger, type EmergencyDrillPayload } from '@shared/ledgers/definitions/emergency-drill.ledger';
import { emergencyPlanLedger, type EmergencyPlanPayload } from '@shared/ledgers/definitions/emergency-plan.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { GenerateDocumentButton } from '@renderer/features/ledgers/GenerateDocumentButton';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { useStaff } from './use-staff';

/** 一(四)1: the plan version a drill followed, who took part, and its summary report as a PDF. */
export function DrillPanel({ record }: { record: LedgerRecord<EmergencyDrillPayload> }) {
  const { store } = useOpenSession();
  const staff = useStaff();
  const drill = record.payload;
  const [plan, setPlan] = useState<LedgerRecord<EmergencyPlanPayload> | null>(null);

  useEffect(() => {
    let active = true;
    if (drill.planId !== null) {
      createLedgerRepository(store, emergencyPlanLedger)
        .get(drill.planId)
        .then(
          (found) => active && setPlan(found),
          () => active && setPlan(null),
        );
    }
    return () => {
      active = false;
    };
  }, [store, drill.planId]);

  if (staff === null) return null;
  const planName = plan === null ? t('ledgers.record.missingRef') : emergencyPlanLedger.describe(plan.payload);
  return (
    <section className="card" data-testid="drill-panel">
      <h2>{t('drill.panel.title')}</h2>
      {drill.legacy && <p className="notice">{t('drill.legacy')}</p>}
      {drill.planId === null ? (
        <p className="muted">{t('drill.noPlan')}</p>
      ) : (
        <p data-testid="drill-plan">
          {t('drill.plan')}
          {plan === null ? planName : <Link to={`/ledgers/${emergencyPlanLedger.id}/${plan.id}`}>{planName}</Link>}
        </p>
      )}
      {drill.participantIds.length > 0 && <p>{t('drill.participants', { names: drill.participantIds.map(staff.nameOf).join('、') })}</p>}
      {!drill.legacy && (
        <div className="actions">
          <GenerateDocumentButton
            label={t('drill.report')}
            owner={{ table: emergencyDrillLedger.table, id: record.id, slot: 'report' }}
            document={() => drillReport(drill, planName, staff.nameOf)}
          />
        </div>
      )}
    </section>
  );
}
