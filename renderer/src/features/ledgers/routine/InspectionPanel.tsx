import { Link } from 'react-router';
import { selfInspectionReport } from '@shared/documents/routine-documents';
import { quarterNameZhCN } from '@shared/i18n/quarter-name';
import { hazardLedger } from '@shared/ledgers/definitions/hazard.ledger';
import {
  checkField,
  hazardItems,
  inspectionAreas,
  isLateInspection,
  selfInspectionLedger,
  type InspectionArea,
  type SelfInspectionPayload,
} from '@shared/ledgers/definitions/self-inspection.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { DueLine } from '@renderer/features/ledgers/DueLine';
import { GenerateDocumentButton } from '@renderer/features/ledgers/GenerateDocumentButton';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { enumText, ledgerText } from '@renderer/ledgers/ledger-text';
import { useObligations } from '@renderer/obligations/obligations-context';
import { useHazardsOf } from './use-hazards';
import { useStaff } from './use-staff';

/**
 * 一(五)3: the quarter the inspection counts for (a late one still counts
 * for the quarter it covers, and says so), its checklist, each hazard with
 * its 7-working-day deadline and fix, and the report as a PDF.
 */
export function InspectionPanel({ record }: { record: LedgerRecord<SelfInspectionPayload> }) {
  const staff = useStaff();
  const hazards = useHazardsOf(record.id);
  const { items } = useObligations();
  const inspection = record.payload;
  if (staff === null || hazards === null) return null;
  const quarter = quarterNameZhCN(inspection.quarter);
  const itemOf = (hazardId: string) => items.find((item) => item.obligationId === 'hazard-remediation' && item.recordId === hazardId);
  const flagged = hazardItems(inspection).length;
  const newHazard = `/ledgers/${hazardLedger.id}/new?inspectionId=${encodeURIComponent(record.id)}&foundAt=${encodeURIComponent(toChinaDateTimeInput(inspection.inspectedAt))}`;
  return (
    <section className="card" data-testid="inspection-panel">
      <h2>{t('inspection.panel.title')}</h2>
      <p data-testid="inspection-coverage">
        {isLateInspection(inspection) ? t('inspection.coverage.late', { quarter, at: formatDateTime(inspection.inspectedAt) }) : t('inspection.coverage.onTime', { quarter })}
      </p>
      {inspection.inspectorIds.length > 0 && <p>{t('inspection.inspectors', { names: inspection.inspectorIds.map(staff.nameOf).join('、') })}</p>}
      {inspection.legacy ? (
        <p className="notice">{t('inspection.legacy')}</p>
      ) : (
        (Object.keys(inspectionAreas) as InspectionArea[]).map((area) => (
          <div key={area}>
            <h3>{ledgerText(selfInspectionLedger, `group.${area}`)}</h3>
            <ul className="checklist inspection-checks">
              {inspectionAreas[area].map((item) => (
                <li key={item} className={inspection.checks[item] === 'hazard' ? 'check-hazard' : undefined}>
                  {ledgerText(selfInspectionLedger, `field.${checkField(item)}`)}：{enumText(selfInspectionLedger, checkField(item), inspection.checks[item] === 'hazard' ? 'hazard' : 'ok')}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <h3>{t('inspection.hazards.title')}</h3>
      {hazards.length === 0 && <p className="muted">{t('inspection.hazards.none')}</p>}
      {flagged > hazards.length && <p className="notice">{t('inspection.hazards.unregistered', { count: flagged, registered: hazards.length })}</p>}
      <ul className="hazard-list" data-testid="inspection-hazards">
        {hazards.map((hazard) => (
          <li key={hazard.id}>
            <Link to={`/ledgers/${hazardLedger.id}/${hazard.id}`}>{hazard.payload.description}</Link>
            <DueLine item={itemOf(hazard.id)} />
          </li>
        ))}
      </ul>
      <div className="actions">
        <Link className="button" to={newHazard}>
          {t('inspection.hazards.add')}
        </Link>
        {!inspection.legacy && (
          <GenerateDocumentButton
            label={t('inspection.report')}
            owner={{ table: selfInspectionLedger.table, id: record.id, slot: 'report' }}
            document={() =>
              selfInspectionReport(
                inspection,
                hazards.map((hazard) => ({ hazard: hazard.payload, dueDate: itemOf(hazard.id)?.dueDate ?? null })),
                staff.nameOf,
                {
                  area: (area) => ledgerText(selfInspectionLedger, `group.${area}`),
                  item: (item) => ledgerText(selfInspectionLedger, `field.${checkField(item)}`),
                  hazardArea: (area) => enumText(hazardLedger, 'area', area),
                },
              )
            }
          />
        )}
      </div>
    </section>
  );
}
