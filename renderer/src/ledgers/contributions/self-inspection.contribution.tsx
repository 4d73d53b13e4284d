import { quarterOfInstant } from '@shared/calendar/china-quarter';
import {
  checkField,
  checkResults,
  inspectionAreas,
  inspectionItems,
  selfInspectionFormSchema,
  type InspectionArea,
  type SelfInspectionForm,
  type SelfInspectionPayload,
} from '@shared/ledgers/definitions/self-inspection.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { InspectionPanel } from '@renderer/features/ledgers/routine/InspectionPanel';
import type { FormFieldSpec, LedgerContribution } from '../ledger-contribution';

const checkFields: FormFieldSpec[] = (Object.keys(inspectionAreas) as InspectionArea[]).flatMap((area) =>
  inspectionAreas[area].map((item) => ({ name: checkField(item), kind: 'select' as const, options: checkResults, choose: true, group: area })),
);

type Checks = Pick<SelfInspectionForm, `check-${(typeof inspectionItems)[number]}`>;

function checksOfForm(form: SelfInspectionForm): SelfInspectionPayload['checks'] {
  // The schema refused an unanswered item; '' cannot reach here.
  return Object.fromEntries(inspectionItems.map((item) => [item, form[checkField(item) as keyof Checks] || 'not-recorded'])) as SelfInspectionPayload['checks'];
}

// Each item is answered on purpose: a new inspection, or an item an older version never recorded, starts unanswered.
function formChecks(payload: SelfInspectionPayload | null): Checks {
  const answer = (item: (typeof inspectionItems)[number]) => (payload === null || payload.checks[item] === 'not-recorded' ? '' : payload.checks[item]);
  return Object.fromEntries(inspectionItems.map((item) => [checkField(item), answer(item)])) as Checks;
}

/** 季度自查: the quarter it is for, when and by whom, the checklist of the three areas, what was found. */
export const selfInspectionContribution: LedgerContribution<SelfInspectionPayload, SelfInspectionForm> = {
  fields: [{ name: 'quarter', kind: 'quarter' }, { name: 'inspectedAt', kind: 'datetime' }, { name: 'inspectorIds', kind: 'records', ledger: 'staff' }, ...checkFields, { name: 'findings', kind: 'textarea' }],
  formSchema: selfInspectionFormSchema,
  emptyForm: (now) => ({ quarter: quarterOfInstant(now), inspectedAt: toChinaDateTimeInput(now), inspectorIds: [], ...formChecks(null), findings: '' }),
  toForm: (payload) => ({ quarter: payload.quarter, inspectedAt: toChinaDateTimeInput(payload.inspectedAt), inspectorIds: payload.inspectorIds, ...formChecks(payload), findings: payload.findings }),
  toPayload: (form) => ({
    quarter: form.quarter,
    inspectedAt: instantOfInputOrThrow(form.inspectedAt),
    inspectorIds: form.inspectorIds,
    checks: checksOfForm(form),
    findings: form.findings,
    legacy: false,
  }),
  editable: true,
  panel: (record) => <InspectionPanel record={record} />,
};
