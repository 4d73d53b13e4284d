import { incidentGrades, incidentTypes, securityIncidentFormSchema, type SecurityIncidentForm, type SecurityIncidentPayload } from '@shared/ledgers/definitions/security-incident.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { IncidentPanel } from '@renderer/features/ledgers/incidents/IncidentPanel';
import type { LedgerContribution } from '../ledger-contribution';

/** 安全事件: type, grade, discovered to the minute, what happened, and the local regulators to notify. */
export const securityIncidentContribution: LedgerContribution<SecurityIncidentPayload, SecurityIncidentForm> = {
  fields: [
    { name: 'type', kind: 'select', options: incidentTypes },
    { name: 'grade', kind: 'select', options: incidentGrades },
    { name: 'discoveredAt', kind: 'datetime' },
    { name: 'summary', kind: 'textarea' },
    { name: 'cyberspaceAuthority', kind: 'text' },
    { name: 'telecomAuthority', kind: 'text' },
  ],
  formSchema: securityIncidentFormSchema,
  emptyForm: (now) => ({ type: 'data-leak', grade: 'general', discoveredAt: toChinaDateTimeInput(now), summary: '', cyberspaceAuthority: '', telecomAuthority: '' }),
  toForm: (payload) => ({
    type: payload.type,
    grade: payload.grade,
    discoveredAt: toChinaDateTimeInput(payload.discoveredAt),
    summary: payload.summary,
    cyberspaceAuthority: payload.cyberspaceAuthority,
    telecomAuthority: payload.telecomAuthority,
  }),
  toPayload: (form, previous) => ({
    ...form,
    discoveredAt: instantOfInputOrThrow(form.discoveredAt),
    contain: previous?.contain ?? null,
    notify: previous?.notify ?? null,
    report: previous?.report ?? null,
    users: previous?.users ?? null,
    progress: previous?.progress ?? [],
    closedAt: previous?.closedAt ?? null,
    closingSummary: previous?.closingSummary ?? '',
  }),
  editable: true,
  panel: (record) => <IncidentPanel record={record} />,
};
