import { hazardAreas, hazardFormSchema, type HazardForm, type HazardPayload } from '@shared/ledgers/definitions/hazard.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { HazardPanel } from '@renderer/features/ledgers/routine/HazardPanel';
import type { LedgerContribution } from '../ledger-contribution';

/** 隐患: the inspection that found it, where, when (its 7 working days count from that day), what, who fixes it. */
export const hazardContribution: LedgerContribution<HazardPayload, HazardForm> = {
  fields: [
    { name: 'inspectionId', kind: 'record', ledger: 'self-inspection' },
    { name: 'area', kind: 'select', options: hazardAreas },
    { name: 'foundAt', kind: 'datetime' },
    { name: 'description', kind: 'textarea' },
    { name: 'responsibleId', kind: 'record', ledger: 'staff' },
  ],
  formSchema: hazardFormSchema,
  emptyForm: (now) => ({ inspectionId: '', area: 'user-information', foundAt: toChinaDateTimeInput(now), description: '', responsibleId: '' }),
  toForm: (payload) => ({ inspectionId: payload.inspectionId, area: payload.area, foundAt: toChinaDateTimeInput(payload.foundAt), description: payload.description, responsibleId: payload.responsibleId }),
  toPayload: (form, previous) => ({ ...form, foundAt: instantOfInputOrThrow(form.foundAt), fix: previous?.fix ?? null }),
  editable: true,
  panel: (record) => <HazardPanel record={record} />,
};
