import { managementPolicyDocument } from '@shared/documents/routine-documents';
import { managementPolicyLedger, type ManagementPolicyPayload } from '@shared/ledgers/definitions/management-policy.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { t } from '@renderer/i18n/t';
import { useStaff } from './use-staff';
import { VersionPanel } from './VersionPanel';

/** 一(五)1: a version of 《短信接口信息安全管理制度》 — issue it as a PDF, start the next one, withdraw it. */
export function PolicyPanel({ record }: { record: LedgerRecord<ManagementPolicyPayload> }) {
  const staff = useStaff();
  // The PDF names the person responsible: it waits for 人员.
  if (staff === null) return null;
  return (
    <VersionPanel definition={managementPolicyLedger} record={record} document={(issuedAt) => managementPolicyDocument(record.payload, record.payload.issuedAt ?? issuedAt, staff.nameOf)}>
      {record.payload.legacy && <p className="notice">{t('policy.legacy')}</p>}
    </VersionPanel>
  );
}
