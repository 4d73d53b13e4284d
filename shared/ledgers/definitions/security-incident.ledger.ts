import { z } from 'zod';
import { defineLedger, type IndexValues } from '../ledger-definition';
import { instant, pastDateTimeInput, safeText } from '../ledger-fields';
import { stepSchema } from './credential-leak.ledger';

export const incidentTypes = ['data-leak', 'account-theft', 'illegal-content', 'system-attack', 'other'] as const;
/** The four grades of a national emergency plan: 特别重大, 重大, 较大, 一般. */
export const incidentGrades = ['especially-serious', 'serious', 'relatively-serious', 'general'] as const;

/** 一(四)2: the four steps with a deadline; progress updates repeat until the incident is closed. */
export const incidentSteps = ['contain', 'notify', 'report', 'users'] as const;
export type IncidentStep = (typeof incidentSteps)[number];

export const progressUpdateSchema = z.object({ at: instant, text: z.string().max(1000) });

export const securityIncidentPayloadSchema = z.object({
  type: z.enum(incidentTypes),
  grade: z.enum(incidentGrades),
  discoveredAt: instant,
  summary: z.string().max(1000),
  /** The regulators of the merchant's locality the written notice goes to. */
  cyberspaceAuthority: z.string().max(60),
  telecomAuthority: z.string().max(60),
  contain: stepSchema.nullable(),
  notify: stepSchema.nullable(),
  report: stepSchema.nullable(),
  users: stepSchema.nullable(),
  progress: z.array(progressUpdateSchema),
  closedAt: instant.nullable(),
  closingSummary: z.string().max(1000),
});
export type SecurityIncidentPayload = z.infer<typeof securityIncidentPayloadSchema>;

/** Recording an incident, to the minute of its discovery. */
export function securityIncidentFormSchema(now: () => number) {
  return z.object({
    type: z.enum(incidentTypes),
    grade: z.enum(incidentGrades),
    discoveredAt: pastDateTimeInput(now),
    summary: safeText(1000, { required: true }),
    cyberspaceAuthority: safeText(60, { required: true }),
    telecomAuthority: safeText(60, { required: true }),
  });
}
export type SecurityIncidentForm = z.infer<ReturnType<typeof securityIncidentFormSchema>>;

/** A progress update or the closing summary. */
export function progressFormSchema(now: () => number) {
  return z.object({ at: pastDateTimeInput(now), text: safeText(1000, { required: true }) });
}
export type ProgressForm = z.infer<ReturnType<typeof progressFormSchema>>;

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null);
const stepIndexField = { contain: 'containedAt', notify: 'notifiedAt', report: 'reportedAt', users: 'usersNotifiedAt' } as const satisfies Record<IncidentStep, string>;
const stepObligation = { contain: 'incident-contain', notify: 'incident-notify', report: 'incident-report', users: 'incident-users' } as const satisfies Record<IncidentStep, string>;

/** The time a step was done, from a record's index. */
export function stepDoneAt(index: IndexValues, step: IncidentStep): number | null {
  return positive(index[stepIndexField[step]]);
}

/** 安全事件台账 (一(四)2): each incident and the five clocks that start at its discovery. */
export const securityIncidentLedger = defineLedger({
  id: 'security-incident',
  ledger: 'security-incident',
  primary: true,
  clause: '一(四)2',
  retained: true,
  table: 'securityIncidents',
  indexes: ['[discoveredAt+id]', 'status'],
  order: '[discoveredAt+id]',
  payload: securityIncidentPayloadSchema,
  index: (payload) => ({
    discoveredAt: payload.discoveredAt,
    containedAt: payload.contain?.at ?? 0,
    notifiedAt: payload.notify?.at ?? 0,
    reportedAt: payload.report?.at ?? 0,
    usersNotifiedAt: payload.users?.at ?? 0,
    lastProgressAt: payload.progress.reduce((latest, update) => Math.max(latest, update.at), 0),
    closedAt: payload.closedAt ?? 0,
    status: payload.closedAt === null ? 'open' : 'closed',
  }),
  columns: [
    { id: 'discoveredAt', format: 'datetime', value: (payload) => payload.discoveredAt },
    { id: 'type', format: 'enum', value: (payload) => payload.type },
    { id: 'grade', format: 'enum', value: (payload) => payload.grade },
    { id: 'summary', format: 'text', value: (payload) => payload.summary },
    { id: 'containedAt', format: 'datetime', exportOnly: true, value: (payload) => payload.contain?.at ?? null },
    { id: 'notifiedAt', format: 'datetime', exportOnly: true, value: (payload) => payload.notify?.at ?? null },
    { id: 'reportedAt', format: 'datetime', exportOnly: true, value: (payload) => payload.report?.at ?? null },
    { id: 'usersNotifiedAt', format: 'datetime', exportOnly: true, value: (payload) => payload.users?.at ?? null },
    { id: 'progressCount', format: 'number', exportOnly: true, value: (payload) => payload.progress.length },
    { id: 'closedAt', format: 'datetime', value: (payload) => payload.closedAt },
  ],
  attachments: [
    { id: 'contain', accepts: ['pdf', 'image'] },
    { id: 'notify', accepts: ['pdf', 'image'] },
    { id: 'report', accepts: ['pdf', 'image'] },
    { id: 'users', accepts: ['pdf', 'image'] },
    { id: 'progress', accepts: ['pdf', 'image'] },
  ],
  filters: [{ field: 'status', values: ['open', 'closed'] }],
  search: 'text',
  describe: (payload) => payload.summary,
  clocks: (record) => {
    const discoveredAt = positive(record.index['discoveredAt']);
    if (discoveredAt === null) return [];
    const closedAt = positive(record.index['closedAt']);
    const clock = { source: 'security-incident', recordId: record.id, closedAt } as const;
    return [
      ...incidentSteps.map((step) => ({ ...clock, obligation: stepObligation[step], startedAt: discoveredAt, doneAt: stepDoneAt(record.index, step) })),
      // Progress is reported every 3 working days after the initial report (or the discovery, before it).
      { ...clock, obligation: 'incident-progress', startedAt: stepDoneAt(record.index, 'report') ?? discoveredAt, doneAt: positive(record.index['lastProgressAt']) },
    ];
  },
});
