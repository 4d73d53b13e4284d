import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import { obligationCatalogue, type ObligationId } from '@shared/obligations/obligation-catalogue';
import { computeObligations, type Clock, type ObligationInput } from '@shared/obligations/obligation-engine';
import bundled from '../../../../assets/calendar/china-2004-2026.json';

const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
const day = 86_400_000;
const hour = 3_600_000;
const now = Date.parse('2026-11-28T10:00:00+08:00');
const at = (text: string) => Date.parse(`${text}+08:00`);
const signed = (daysAgo: number, clocks: readonly Clock[] = []): ObligationInput => ({ letter: { signedAt: now - daysAgo * day, serviceEndedAt: null }, clocks });
const byKey = (input: ObligationInput, moment = now) => new Map(computeObligations(input, calendar, moment).map((item) => [item.key, item]));

/** A record's clock. */
function clock(obligation: ObligationId, recordId: string, startedAt: number | null, doneAt: number | null = null, closedAt: number | null = null, source = 'test'): Clock {
  return { obligation, source, recordId, startedAt, doneAt, closedAt };
}

/** The clocks an incident record feeds, as its definition derives them. */
function incidentClocks(id: string, discoveredAt: number, done: Partial<Record<'contain' | 'notify' | 'report' | 'users', number>> = {}, lastProgressAt: number | null = null, closedAt: number | null = null): Clock[] {
  return [
    clock('incident-contain', id, discoveredAt, done.contain ?? null, closedAt),
    clock('incident-notify', id, discoveredAt, done.notify ?? null, closedAt),
    clock('incident-report', id, discoveredAt, done.report ?? null, closedAt),
    clock('incident-users', id, discoveredAt, done.users ?? null, closedAt),
    clock('incident-progress', id, done.report ?? discoveredAt, lastProgressAt, closedAt),
  ];
}

describe('the obligations catalogue', () => {
  it('cites a clause for every duty and has unique ids', () => {
    expect(new Set(obligationCatalogue.map((entry) => entry.id)).size).toBe(obligationCatalogue.length);
    for (const entry of obligationCatalogue) expect(entry.clause).toMatch(/^[一二三]/);
  });

  it('gives every timed duty its time allowed, and every recurring one its period', () => {
    for (const entry of obligationCatalogue) {
      if (entry.kind === 'triggered-hours') expect(entry).toHaveProperty('hours');
      if (entry.kind === 'triggered-working-days') expect(entry).toHaveProperty('workingDays');
      if (entry.kind === 'recurring') expect(entry).toHaveProperty('every');
      if (entry.kind === 'retention') expect(entry).toHaveProperty('keepYears');
    }
  });
});

describe('the obligation engine', () => {
  it('has nothing to track before the letter is signed', () => {
    expect(computeObligations({ letter: null, clocks: [clock('incident-notify', 'i', now)] }, calendar, now)).toEqual([]);
  });

  it('right after signing: training and drill run from the signing, the policy and a registered credential are still to do', () => {
    const items = byKey(signed(1));
    expect(items.get('training')).toMatchObject({ state: 'upcoming', clause: '一(五)2' });
    expect(items.get('emergency-drill')).toMatchObject({ state: 'upcoming' });
    expect(items.get('management-policy')).toMatchObject({ state: 'upcoming', dueAt: null });
    expect(items.get('credential-custody')).toMatchObject({ state: 'upcoming', dueAt: null });
  });

  it('each credential keeps its own 90-day rotation clock from its own last rotation', () => {
    const items = byKey(
      signed(200, [
        clock('credential-rotation', 'old', now - 150 * day, now - 91 * day),
        clock('credential-rotation', 'fresh', now - 150 * day, now - 10 * day),
        clock('credential-rotation', 'new', now - 5 * day),
        clock('credential-rotation', 'retired', now - 150 * day, null, now - 100 * day),
      ]),
    );
    expect(items.get('credential-rotation:old')).toMatchObject({ state: 'overdue', recordId: 'old', source: 'test' });
    expect(items.get('credential-rotation:fresh')).toMatchObject({ state: 'done', lastDoneAt: now - 10 * day });
    expect(items.get('credential-rotation:new')).toMatchObject({ state: 'upcoming' });
    expect(items.has('credential-rotation:retired')).toBe(false);
  });

  it('counts 90 days in calendar days and a year in calendar months, due at 24:00 China time', () => {
    const signedAt = at('2026-08-20T15:00:00');
    const items = byKey({ letter: { signedAt, serviceEndedAt: null }, clocks: [clock('credential-rotation', 'k', signedAt)] });
    expect(items.get('credential-rotation:k')).toMatchObject({ dueDate: '2026-11-18', dueAt: at('2026-11-19T00:00:00') });
    expect(items.get('training')).toMatchObject({ dueDate: '2027-08-20' });
  });

  it('a completion turns a workspace duty done until its next period nears', () => {
    const input = signed(400, [clock('training', 't1', null, now - 20 * day), clock('training', 't0', null, now - 380 * day)]);
    expect(byKey(input).get('training')).toMatchObject({ state: 'done', lastDoneAt: now - 20 * day });
    expect(byKey(input, now + 340 * day).get('training')).toMatchObject({ state: 'due-soon' });
    expect(byKey(input, now + 346 * day).get('training')).toMatchObject({ state: 'overdue' });
  });

  it('self-inspection: every calendar quarter from the one of signing; a quarter without one is overdue on the first day of the next', () => {
    const signedAt = at('2026-08-20T15:00:00');
    const input = { letter: { signedAt, serviceEndedAt: null }, clocks: [] };
    const lastDayOfQ3 = byKey(input, at('2026-09-30T23:59:00'));
    expect(lastDayOfQ3.get('self-inspection:2026-Q3')).toMatchObject({ state: 'due-soon', dueDate: '2026-09-30' });
    const firstDayOfQ4 = byKey(input, at('2026-10-01T00:00:00'));
    expect(firstDayOfQ4.get('self-inspection:2026-Q3')).toMatchObject({ state: 'overdue' });
    expect(firstDayOfQ4.get('self-inspection:2026-Q4')).toMatchObject({ state: 'upcoming', dueDate: '2026-12-31' });
    const inspected = byKey({ ...input, clocks: [clock('self-inspection', 's', null, at('2026-09-10T10:00:00'))] }, at('2026-10-01T09:00:00'));
    expect(inspected.get('self-inspection:2026-Q3')).toMatchObject({ state: 'done' });
  });

  it('a hazard found on 2026-09-29 is due at the end of 2026-10-14, the National Day holiday skipped and its make-up Saturday counted', () => {
    const items = byKey(signed(100, [clock('hazard-remediation', 'h', at('2026-09-29T09:00:00'))]), at('2026-10-14T23:00:00'));
    expect(items.get('hazard-remediation:h')).toMatchObject({ dueDate: '2026-10-14', dueAt: at('2026-10-15T00:00:00'), unit: 'working-days' });
  });

  it('deletion of personal data is due 15 working days after the trigger, per record', () => {
    const items = byKey(signed(30, [clock('personal-information-deletion', 'a', at('2026-09-29T10:00:00')), clock('personal-information-deletion', 'b', now - day, now)]));
    expect(items.get('personal-information-deletion:a')).toMatchObject({ state: 'overdue', dueDate: '2026-10-26', unit: 'working-days', recordId: 'a' });
    expect(items.get('personal-information-deletion:b')).toMatchObject({ state: 'done' });
  });

  it('an incident discovered 40 minutes ago: containment overdue, the written notice due in 20 minutes', () => {
    const items = byKey(signed(30, incidentClocks('i', now - 40 * 60_000)));
    expect(items.get('incident-contain:i')).toMatchObject({ state: 'overdue', dueAt: now - 10 * 60_000, unit: 'hours' });
    expect(items.get('incident-notify:i')).toMatchObject({ state: 'due-soon', dueAt: now + 20 * 60_000 });
    expect(items.get('incident-report:i')).toMatchObject({ state: 'upcoming', dueAt: now - 40 * 60_000 + 24 * hour });
    expect(items.get('incident-users:i')).toMatchObject({ dueAt: now - 40 * 60_000 + 48 * hour });
    expect(items.get('incident-progress:i')).toMatchObject({ unit: 'working-days' });
  });

  it('closing an incident does not turn its missed steps into done', () => {
    const discoveredAt = now - 72 * hour;
    const items = byKey(signed(30, incidentClocks('i', discoveredAt, { contain: discoveredAt + 10 * 60_000, notify: discoveredAt + 50 * 60_000, report: discoveredAt + 20 * hour }, null, now - hour)));
    expect(items.get('incident-contain:i')).toMatchObject({ state: 'done' });
    expect(items.get('incident-users:i')).toMatchObject({ state: 'missed' });
    expect(items.get('incident-users:i')?.lastDoneAt).toBeNull();
    // Closed 40 minutes in, users never told: missed at once, not waiting for its 48 hours.
    const early = byKey(signed(30, incidentClocks('j', now - 40 * 60_000, { contain: now - 30 * 60_000, notify: now - 20 * 60_000 }, null, now - 5 * 60_000)));
    expect(early.get('incident-users:j')).toMatchObject({ state: 'missed' });
    expect(early.get('incident-notify:j')).toMatchObject({ state: 'done' });
  });

  it('a step done late stays marked late', () => {
    const discoveredAt = now - 5 * hour;
    const items = byKey(signed(30, incidentClocks('i', discoveredAt, { notify: discoveredAt + 2 * hour })));
    expect(items.get('incident-notify:i')).toMatchObject({ state: 'done', late: true });
  });

  it('progress updates recur every 3 working days across the 2026 National Day holiday and its make-up Saturday', () => {
    const discoveredAt = at('2026-09-28T09:00:00');
    const reportedAt = at('2026-09-29T09:00:00');
    // After the report on Tue 29 Sep: Wed 30 Sep, then the holiday (1–7 Oct), Thu 8, Fri 9 Oct.
    const first = byKey(signed(100, incidentClocks('i', discoveredAt, { report: reportedAt })), at('2026-10-09T12:00:00'));
    expect(first.get('incident-progress:i')).toMatchObject({ dueDate: '2026-10-09', state: 'due-soon' });
    // After an update on Fri 9 Oct: Sat 10 Oct (make-up working day), Mon 12, Tue 13 Oct.
    const second = byKey(signed(100, incidentClocks('i', discoveredAt, { report: reportedAt }, at('2026-10-09T16:00:00'))), at('2026-10-10T12:00:00'));
    expect(second.get('incident-progress:i')).toMatchObject({ dueDate: '2026-10-13', state: 'upcoming' });
    // Closed in time: done; closed after a missed update: missed.
    const closedInTime = byKey(signed(100, incidentClocks('i', discoveredAt, { report: reportedAt }, at('2026-10-09T16:00:00'), at('2026-10-12T10:00:00'))), at('2026-10-20T10:00:00'));
    expect(closedInTime.get('incident-progress:i')).toMatchObject({ state: 'done' });
    const closedLate = byKey(signed(100, incidentClocks('i', discoveredAt, { report: reportedAt }, null, at('2026-10-15T10:00:00'))), at('2026-10-20T10:00:00'));
    expect(closedLate.get('incident-progress:i')).toMatchObject({ state: 'missed' });
  });

  it('a suspected credential leak: freeze within 1 hour, reset within 24', () => {
    const items = byKey(signed(30, [clock('credential-leak-freeze', 'k', now - 2 * hour), clock('credential-leak-reset', 'k', now - 2 * hour)]));
    expect(items.get('credential-leak-freeze:k')).toMatchObject({ state: 'overdue' });
    expect(items.get('credential-leak-reset:k')).toMatchObject({ state: 'upcoming', dueAt: now + 22 * hour });
  });

  it('force majeure: notified within 24 hours, remediated within 7 working days of its end', () => {
    const items = byKey(
      signed(30, [clock('force-majeure-notify', 'f', now - 30 * hour, now - 29 * hour), clock('force-majeure-remediate', 'f', at('2026-11-27T12:00:00'))]),
    );
    expect(items.get('force-majeure-notify:f')).toMatchObject({ state: 'done' });
    expect(items.get('force-majeure-remediate:f')).toMatchObject({ dueDate: '2026-12-08', state: 'upcoming' });
  });

  it('after the service ends, recurring duties stop', () => {
    const input: ObligationInput = { letter: { signedAt: now - 400 * day, serviceEndedAt: now - day }, clocks: [clock('credential-rotation', 'k', now - 300 * day)] };
    const items = byKey(input);
    expect(items.has('training')).toBe(false);
    expect(items.has('credential-rotation:k')).toBe(false);
  });

  it('marks deadlines in an uncovered year as estimated', () => {
    const items = byKey(signed(1, [clock('personal-information-deletion', 'x', at('2026-12-28T10:00:00'))]));
    expect(items.get('personal-information-deletion:x')).toMatchObject({ estimated: true });
  });

  it('is deterministic', () => {
    const input = signed(100, Array.from({ length: 50 }, (_, i) => clock('personal-information-deletion', `d${i}`, now - i * day)));
    expect(computeObligations(input, calendar, now)).toEqual(computeObligations(input, calendar, now));
  });

  it('orders overdue first, then missed, due soon, upcoming, done; by due time within a state; ties in clock order', () => {
    const rank = { overdue: 0, missed: 1, 'due-soon': 2, upcoming: 3, done: 4 } as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 40 }), hour: fc.integer({ min: 0, max: 23 }), deleted: fc.boolean() }), { maxLength: 60 }),
        fc.array(fc.record({ hoursAgo: fc.integer({ min: 0, max: 72 }), closed: fc.boolean() }), { maxLength: 10 }),
        (deletions, leaks) => {
          const clocks = [
            ...deletions.map((entry, i) => clock('personal-information-deletion', `d${i}`, now - entry.daysAgo * day + entry.hour * hour, entry.deleted ? now : null)),
            ...leaks.flatMap((leak, i) => [
              clock('credential-leak-freeze', `k${i}`, now - leak.hoursAgo * hour, null, leak.closed ? now : null),
              clock('credential-leak-reset', `k${i}`, now - leak.hoursAgo * hour, null, leak.closed ? now : null),
            ]),
          ];
          const items = computeObligations(signed(100, clocks), calendar, now);
          const reference = items.map((item, index) => ({ item, index })).sort((a, b) => rank[a.item.state] - rank[b.item.state] || (a.item.dueAt ?? Infinity) - (b.item.dueAt ?? Infinity) || a.index - b.index);
          expect(items.map((item) => item.key)).toEqual(reference.map(({ item }) => item.key));
          // training, drill, plan, policy, custody, the quarters since signing (2), and one item per record clock.
          expect(new Set(items.map((item) => item.key)).size).toBe(5 + 2 + deletions.length + 2 * leaks.length);
        },
      ),
    );
  });
});
