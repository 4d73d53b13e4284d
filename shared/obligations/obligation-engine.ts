import { addDays, chinaDateOf, chinaMidnight } from '../calendar/china-date';
import { addCalendarDays, addCalendarMonths, addHours, addWorkingDays, type Deadline } from '../calendar/deadlines';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { LedgerKind } from '../ledgers/ledger-kinds';
import { obligationById, obligationCatalogue, type Obligation, type ObligationId, type ObligationKind } from './obligation-catalogue';

/** `missed`: the record was closed without the step (closing ends its timeline); it stays on view. */
export type ObligationState = 'overdue' | 'missed' | 'due-soon' | 'upcoming' | 'done';
export type DueUnit = 'working-days' | 'hours' | 'days';

/**
 * One clock the engine reads, taken from a ledger record's authenticated
 * index values: never personal data. For a record's own duty (a credential's
 * rotation, an incident's notice) it starts at `startedAt`; for the
 * workspace's duties (training, drills…) every record is one completion.
 */
export type Clock = Readonly<{
  obligation: ObligationId;
  /** The ledger definition the record belongs to. */
  source: string;
  recordId: string;
  /** When the record's clock starts (trigger, issue date); null for a completion of a workspace duty. */
  startedAt: number | null;
  /** The latest time the duty was done for this record (or the completion itself). */
  doneAt: number | null;
  /** The record closed (incident closed, credential retired): repeating clocks stop, missed steps stay missed. */
  closedAt: number | null;
}>;

/** What the engine reads: the letter's dates and the clocks of every ledger. */
export type ObligationInput = Readonly<{
  letter: Readonly<{ signedAt: number; serviceEndedAt: number | null }> | null;
  clocks: readonly Clock[];
}>;

/**
 * One thing to do (or done), with when it falls due and the record it belongs
 * to. A workspace can hold 100,000 of these, so an item keeps six fields of
 * its own and reads the rest from its catalogue entry and shared deadline.
 */
export class DueItem {
  constructor(
    readonly obligation: Obligation,
    /** The ledger definition and record the item is done in; null for a workspace duty. */
    readonly source: string | null,
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
  /** Done, but after its deadline. */
  get late(): boolean {
    return this.state === 'done' && this.lastDoneAt !== null && this.deadline !== null && this.lastDoneAt > this.deadline.dueAt;
  }
}

const dueUnits: Record<ObligationKind, DueUnit | null> = {
  recurring: 'days',
  'triggered-hours': 'hours',
  'triggered-working-days': 'working-days',
  'standing-record': null,
  retention: null,
  gate: null,
};

const stateOrder: Record<ObligationState, number> = { overdue: 0, missed: 1, 'due-soon': 2, upcoming: 3, done: 4 };
const hourMs = 3_600_000;

/**
 * Every due item of the workspace at `now`: the workspace's recurring duties
 * from signing (or their last completion), each record's duties from its
 * clock, with due times from the catalogue (working days on the China
 * calendar, hours to the minute) and a state. Pure and deterministic;
 * overdue first.
 */
export function computeObligations(input: ObligationInput, calendar: WorkCalendar, now: number): DueItem[] {
  const letter = input.letter;
  if (letter === null) return [];
  // Records sharing a China day share a deadline: count each (day, N) once.
  const workingDayCache = new Map<number, Deadline>();
  const workingDays = (trigger: number, days: number) => {
    const key = Math.floor((trigger + 8 * hourMs) / 86_400_000) * 64 + days;
    let deadline = workingDayCache.get(key);
    if (deadline === undefined) {
      deadline = addWorkingDays(calendar, trigger, days);
      workingDayCache.set(key, deadline);
    }
    return deadline;
  };
  const stateOf = (obligation: Obligation, deadline: Deadline | null, doneAt: number | null, closedAt: number | null): ObligationState => {
    if (doneAt !== null) return 'done';
    // Closing a record (an incident resolved) ends its timeline: a step not done by then was missed, whatever its deadline.
    if (closedAt !== null) return 'missed';
    if (deadline === null) return 'upcoming';
    if (now >= deadline.dueAt) return 'overdue';
    return deadline.dueAt - now <= obligation.soonHours * hourMs ? 'due-soon' : 'upcoming';
  };

  const items: DueItem[] = [];
  const workspaceDone = new Map<ObligationId, number[]>();
  for (const clock of input.clocks) {
    const obligation = obligationById(clock.obligation);
    if (obligation.scope === 'workspace') {
      if (clock.doneAt === null) continue;
      const list = workspaceDone.get(clock.obligation);
      if (list === undefined) workspaceDone.set(clock.obligation, [clock.doneAt]);
      else list.push(clock.doneAt);
      continue;
    }
    if (clock.startedAt === null) continue;
    switch (obligation.kind) {
      case 'recurring': {
        // A retired credential has no rotation due any more.
        if (clock.closedAt !== null || !isRunning(letter, now)) continue;
        const from = Math.max(clock.startedAt, clock.doneAt ?? -Infinity);
        const deadline = nextPeriod(obligation, from);
        items.push(new DueItem(obligation, clock.source, clock.recordId, recurringState(obligation, deadline, clock.doneAt, now), deadline, clock.doneAt));
        break;
      }
      case 'triggered-hours': {
        const deadline = addHours(clock.startedAt, obligation.hours ?? 0);
        items.push(new DueItem(obligation, clock.source, clock.recordId, stateOf(obligation, deadline, clock.doneAt, clock.closedAt), deadline, clock.doneAt));
        break;
      }
      case 'triggered-working-days': {
        const days = obligation.workingDays ?? 0;
        if (obligation.repeatsUntilClosed === true) {
          // Due N working days after the last time it was done; once the record closes, done if nothing was then overdue.
          const deadline = workingDays(Math.max(clock.startedAt, clock.doneAt ?? -Infinity), days);
          const closedInTime = clock.closedAt !== null && clock.closedAt <= deadline.dueAt;
          const state = closedInTime ? 'done' : stateOf(obligation, deadline, null, clock.closedAt);
          items.push(new DueItem(obligation, clock.source, clock.recordId, state, deadline, closedInTime ? clock.closedAt : clock.doneAt));
        } else {
          const deadline = workingDays(clock.startedAt, days);
          items.push(new DueItem(obligation, clock.source, clock.recordId, stateOf(obligation, deadline, clock.doneAt, clock.closedAt), deadline, clock.doneAt));
        }
        break;
      }
      default:
        break;
    }
  }

  for (const obligation of obligationCatalogue as readonly Obligation[]) {
    if (obligation.scope !== 'workspace') continue;
    const done = workspaceDone.get(obligation.id as ObligationId) ?? [];
    const last = done.length > 0 ? Math.max(...done) : null;
    if (obligation.kind === 'standing-record') {
      items.push(new DueItem(obligation, null, null, last !== null ? 'done' : 'upcoming', null, last));
    } else if (obligation.kind === 'recurring' && obligation.every !== undefined && 'calendarQuarter' in obligation.every) {
      items.push(...quarterItems(obligation, letter, done, now));
    } else if (obligation.kind === 'recurring') {
      if (!isRunning(letter, now)) continue;
      const deadline = nextPeriod(obligation, Math.max(letter.signedAt, last ?? -Infinity));
      items.push(new DueItem(obligation, null, null, recurringState(obligation, deadline, last, now), deadline, last));
    }
  }
  return sortByUrgency(items);
}

function isRunning(letter: NonNullable<ObligationInput['letter']>, now: number): boolean {
  return letter.serviceEndedAt === null || letter.serviceEndedAt > now;
}

function nextPeriod(obligation: Obligation, from: number): Deadline {
  const every = obligation.every;
  if (every === undefined || 'calendarQuarter' in every) throw new RangeError(`${obligation.id} has no rolling period`);
  return 'months' in every ? addCalendarMonths(from, every.months) : addCalendarDays(from, every.days);
}

// Done until it falls due again; the next period's state takes over as it nears.
function recurringState(obligation: Obligation, deadline: Deadline, lastDoneAt: number | null, now: number): ObligationState {
  if (now >= deadline.dueAt) return 'overdue';
  if (deadline.dueAt - now <= obligation.soonHours * hourMs) return 'due-soon';
  return lastDoneAt !== null ? 'done' : 'upcoming';
}

/** The calendar quarter of an instant in China time, as `2026-Q4`, with its first day. */
export function chinaQuarterOf(instant: number): Readonly<{ label: string; firstDay: string }> {
  const [year, month] = chinaDateOf(instant).split('-').map(Number) as [number, number];
  const quarter = Math.floor((month - 1) / 3);
  return { label: `${year}-Q${quarter + 1}`, firstDay: `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01` };
}

function nextQuarterStart(firstDay: string): string {
  const [year, month] = firstDay.split('-').map(Number) as [number, number];
  return month === 10 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
}

/**
 * One item per calendar quarter from the one of signing to the current one
 * (or the one the service ended in): done when a completion fell inside it,
 * due at 24:00 of its last day, so a quarter without one is overdue on the
 * first day of the next. Every missed quarter stays on view.
 */
function quarterItems(obligation: Obligation, letter: NonNullable<ObligationInput['letter']>, done: readonly number[], now: number): DueItem[] {
  const doneByQuarter = new Map<string, number>();
  for (const at of done) {
    const { label } = chinaQuarterOf(at);
    doneByQuarter.set(label, Math.max(doneByQuarter.get(label) ?? -Infinity, at));
  }
  const last = Math.min(now, letter.serviceEndedAt ?? Infinity);
  const items: DueItem[] = [];
  for (let quarter = chinaQuarterOf(letter.signedAt); ; ) {
    const end = nextQuarterStart(quarter.firstDay);
    const deadline: Deadline = { dueAt: chinaMidnight(end), dueDate: addDays(end, -1), estimated: false };
    const doneAt = doneByQuarter.get(quarter.label) ?? null;
    const state: ObligationState =
      doneAt !== null ? 'done' : now >= deadline.dueAt ? 'overdue' : deadline.dueAt - now <= obligation.soonHours * hourMs ? 'due-soon' : 'upcoming';
    items.push(new DueItem(obligation, null, quarter.label, state, deadline, doneAt));
    if (chinaMidnight(end) > last) break;
    quarter = chinaQuarterOf(chinaMidnight(end));
  }
  return items;
}

/**
 * Overdue first, then missed, then by due time, ties in input order. Items
 * that share a deadline share its instant, so grouping by instant and sorting
 * the few distinct instants beats comparing 100,000 items pairwise.
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
