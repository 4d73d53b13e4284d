import { staffLedger, type StaffPayload } from '@shared/ledgers/definitions/staff.ledger';
import type { StaffMember } from '@shared/ledgers/definitions/training.ledger';
import { t } from '@renderer/i18n/t';
import { useLedgerRecords } from '../use-ledger-records';

/** The people of 人员, for attendance and names; null while reading. */
export function useStaff(): Readonly<{ members: StaffMember[]; nameOf: (id: string) => string }> | null {
  const records = useLedgerRecords(staffLedger.id);
  if (records === null) return null;
  const people = records.map((record) => ({ id: record.id, payload: record.payload as StaffPayload }));
  const names = new Map(people.map((person) => [person.id, person.payload.name]));
  return {
    members: people.map((person) => ({ id: person.id, joinedOn: person.payload.joinedOn, leftOn: person.payload.leftOn })),
    nameOf: (id) => names.get(id) ?? t('ledgers.record.missingRef'),
  };
}
