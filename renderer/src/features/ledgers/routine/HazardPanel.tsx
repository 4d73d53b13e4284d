import { Link } from 'react-router';
import { hazardLedger, type HazardPayload } from '@shared/ledgers/definitions/hazard.ledger';
import { selfInspectionLedger } from '@shared/ledgers/definitions/self-inspection.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { DueLine, useRecordItems } from '@renderer/features/ledgers/DueLine';
import { StepForm } from '@renderer/features/ledgers/StepForm';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';

/** 一(五)3: the fix of a hazard, due 7 working days after it was found, recorded with what was done. */
export function HazardPanel({ record }: { record: LedgerRecord<HazardPayload> }) {
  const { store } = useOpenSession();
  const items = useRecordItems(record.id);
  const hazard = record.payload;
  return (
    <section className="card" data-testid="hazard-fix">
      <h2>{t('hazard.fix.title')}</h2>
      <p>
        <Link to={`/ledgers/${selfInspectionLedger.id}/${encodeURIComponent(hazard.inspectionId)}`}>{t('hazard.inspection')}</Link>
      </p>
      <DueLine item={items.get('hazard-remediation')} />
      {hazard.fix !== null ? (
        <p>{t('ledgers.step.doneAt', { at: formatDateTime(hazard.fix.at), note: hazard.fix.note })}</p>
      ) : (
        <StepForm
          noteLabel={t('hazard.fix.note')}
          submitLabel={t('ledgers.step.record')}
          onRecord={(fix) => createLedgerRepository(store, hazardLedger).update(record.id, { ...hazard, fix })}
        />
      )}
    </section>
  );
}
