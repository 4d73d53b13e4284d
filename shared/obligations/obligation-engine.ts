import { addCalendarDays, addCalendarMonths, addHours, addWorkingDays, type Deadline } from '../calendar/deadlines';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { LedgerKind } from '../ledgers/ledger-kinds';
import { obligationById, obligationCatalogue, recurringObligationIds, type Obligation, type ObligationId, type ObligationKind, type RecurringObligationId } from './obligation-catalogue';

export type ObligationState = 'overdue' | 'due-soon' | 'blocked' | 'upcoming' | 'done';
export type DueUnit = 'working-days' | 'hours' | 'days';

/**
 * One thing to do (or done), with when it falls due and the record it belongs
 * to. A workspace can hold 100,000 of these, so an item keeps five fields of
 * its own and reads the rest from its catalogue entry and shared deadline.
 */
export class DueItem {
  constructor(
    readonly obligation: Obligation,
    readonly recordId: string | null,
    readonly state: ObligationState,
    readonly deadline: Deadline | null,
    readonly lastDoneAt: number | null,
  ) {}

  get obligationId(): ObligationId {
    return this.obligation.id as ObligationId;
  }
  get key(): string {
    return this.recordId === null ? this.obligation.id : `${this.obligation.id}:${this.recordId}`;
  }
  get clause(): string {
    return this.obligation.clause;
  }
  get ledger(): LedgerKind {
    return this.obligation.ledger;
  }
  get dueAt(): number | null {
    return this.deadline?.dueAt ?? null;
  }
  get dueDate(): string | null {
    return this.deadline?.dueDate ?? null;
  }
  get estimated(): boolean {
    return this.deadline?.estimated ?? false;
  }
  get unit(): DueUnit | null {
    return this.deadline === null ? null : dueUnits[this.obligation.kind];
  }
}

const dueUnits: Record<ObligationKind, DueUnit | null> = {
  recurring: 'days',
  'triggered-hours': 'hours',
  'triggered-working-days': 'working-days',
  retention: null,
  gate: null,
  document: null,
};

type IncidentStep = 'incident-contain' | 'incident-notify' | 'incident-report' | 'incident-users';

/** What the engine reads: dates and statuses only (clear index values), never personal data. */
export type ObligationRecords = Readonly<{
  letter: Readonly<{ signedAt: number; serviceEndedAt: number | null }> | null;
  completions: Readonly<Partial<Record<RecurringObligationId | 'management-policy', readonly number[]>>>;
  deletions: readonly Readonly<{ id: string; triggeredAt: number; deletedAt: number | null }>[];
  incidents: readonly Readonly<{ id: string; discoveredAt: number; done: Partial<Record<IncidentStep, number>>; progressAt: readonly number[]; closedAt: number | null }>[];
  leaks: readonly Readonly<{ id: string; discoveredAt: number; frozenAt: number | null; resetAt: number | null }>[];
  hazards: readonly Readonly<{ id: string; foundAt: number; remediatedAt: number | null }>[];
  forceMajeure: readonly Readonly<{ id: string; occurredAt: number; notifiedAt: number | null; endedAt: number | null; remediatedAt: number | null }>[];
}>;

const stateOrder: Record<ObligationState, number> = { overdue: 0, 'due-soon': 1, blocked: 2, upcoming: 3, done: 4 };

/**
 * Every due item of the workspace at `now`: recurring duties from the signing
 * (or their last completion), triggered duties from their records, each with
 * its due time (working days on the China calendar, hours to the minute),
 * state and record. Pure and deterministic; overdue first.
 */
export function computeObligations(records: ObligationRecords, calendar: WorkCalendar, now: number): DueItem[] {
  if (records.letter === null) return [];
  // Records sharing a China day share a deadline: count each (day, N) once.
  const workingDayCache = new Map<number, Deadline>();
  const workingDays = (trigger: number, days: number) => {
    const key = Math.floor((trigger + 8 * 3_600_000) / 86_400_000) * 64 + days;
    let deadline = workingDayCache.get(key);
    if (deadline === undefined) {
      deadline = addWorkingDays(calendar, trigger, days);
      workingDayCache.set(key, deadline);
    }
    return deadline;
  };
  const items: DueItem[] = [];
  const item = (id: ObligationId, recordId: string | null, deadline: Deadline | null, doneAt: number | null, lastDoneAt: number | null = doneAt): DueItem => {
    const obligation = obligationById(id);
    const state: ObligationState =
      doneAt !== null ? 'done' : deadline === null ? 'upcoming' : now >= deadline.dueAt ? 'overdue' : deadline.dueAt - now <= obligation.soonHours * 3_600_000 ? 'due-soon' : 'upcoming';
    return new DueItem(obligation, recordId, state, deadline, lastDoneAt);
  };

  for (const id of recurringObligationIds) {
    const obligation = obligationById(id);
    const last = Math.max(...(records.completions[id] ?? []), -Infinity);
    const from = Math.max(records.letter.signedAt, last);
    const deadline = obligation.every?.months ? addCalendarMonths(from, obligation.every.months) : addCalendarDays(from, obligation.every?.days ?? 0);
    const lastDoneAt = Number.isFinite(last) ? last : null;
    // Done until it falls due again; the next period's state takes over as it nears.
    const recentlyDone = lastDoneAt !== null && deadline.dueAt - now > obligation.soonHours * 3_600_000;
    items.push(item(id, null, deadline, recentlyDone ? lastDoneAt : null, lastDoneAt));
  }
  const policies = records.completions['management-policy'] ?? [];
  items.push(item('management-policy', null, null, policies.length > 0 ? Math.max(...policies) : null));

  for (const deletion of records.deletions) {
    items.push(item('personal-information-deletion', deletion.id, workingDays(deletion.triggeredAt, 15), deletion.deletedAt));
  }
  for (const leak of records.leaks) {
    items.push(item('credential-leak-freeze', leak.id, addHours(leak.discoveredAt, 1), leak.frozenAt));
    items.push(item('credential-leak-reset', leak.id, addHours(leak.discoveredAt, 24), leak.resetAt));
  }
  for (const incident of records.incidents) {
    for (const step of ['incident-contain', 'incident-notify', 'incident-report', 'incident-users'] as const) {
      items.push(item(step, incident.id, addHours(incident.discoveredAt, obligationById(step).hours ?? 0), incident.done[step] ?? incident.closedAt));
    }
    // Progress reports every 3 working days after the initial report, until closed.
    const since = Math.max(incident.done['incident-report'] ?? incident.discoveredAt, ...incident.progressAt);
    items.push(item('incident-progress', incident.id, workingDays(since, 3), incident.closedAt, incident.progressAt.at(-1) ?? null));
  }
  for (const hazard of records.hazards) {
    items.push(item('hazard-remediation', hazard.id, workingDays(hazard.foundAt, 7), hazard.remediatedAt));
  }
  for (const event of records.forceMajeure) {
    items.push(item('force-majeure-notify', event.id, addHours(event.occurredAt, 24), event.notifiedAt));
    if (event.endedAt !== null) items.push(item('force-majeure-remediate', event.id, workingDays(event.endedAt, 7), event.remediatedAt));
  }
  return sortByUrgency(items);
}

/**
 * Overdue first, then by due time, ties in input order. Items that share a
 * deadline share its instant, so grouping by instant and sorting the few
 * distinct instants beats comparing 100,000 items pairwise.
 */
function sortByUrgency(items: readonly DueItem[]): DueItem[] {
  const buckets = Object.keys(stateOrder).map(() => new Map<number, DueItem[]>());
  for (const entry of items) {
    const bucket = buckets[stateOrder[entry.state]]!;
    const dueAt = entry.deadline?.dueAt ?? Infinity;
    const group = bucket.get(dueAt);
    if (group === undefined) bucket.set(dueAt, [entry]);
    else group.push(entry);
  }
  const sorted: DueItem[] = [];
  for (const bucket of buckets) {
    for (const dueAt of [...bucket.keys()].sort((a, b) => a - b)) for (const entry of bucket.get(dueAt)!) sorted.push(entry);
  }
  return sorted;
}

/** The standing rules (gates and retention) that have no due time but always apply. */
export function standingRules() {
  return obligationCatalogue.filter((entry) => entry.kind === 'gate' || entry.kind === 'retention');
}
