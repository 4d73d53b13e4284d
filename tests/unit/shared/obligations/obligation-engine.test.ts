import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import { obligationCatalogue } from '@shared/obligations/obligation-catalogue';
import { computeObligations, type ObligationRecords } from '@shared/obligations/obligation-engine';
import bundled from '../../../../assets/calendar/china-2004-2026.json';

const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
const day = 86_400_000;
const now = Date.parse('2026-11-28T10:00:00+08:00');
const empty: ObligationRecords = { letter: null, completions: {}, deletions: [], incidents: [], leaks: [], hazards: [], forceMajeure: [] };
const signed = (daysAgo: number): ObligationRecords => ({ ...empty, letter: { signedAt: now - daysAgo * day, serviceEndedAt: null } });
const byId = (records: ObligationRecords, at = now) => new Map(computeObligations(records, calendar, at).map((item) => [item.key, item]));

describe('the obligations catalogue', () => {
  it('cites a clause for every duty and has unique ids', () => {
    expect(new Set(obligationCatalogue.map((entry) => entry.id)).size).toBe(obligationCatalogue.length);
    for (const entry of obligationCatalogue) expect(entry.clause).toMatch(/^[一二三]/);
  });
});

describe('the obligation engine', () => {
  it('has nothing to track before the letter is signed', () => {
    expect(computeObligations(empty, calendar, now)).toEqual([]);
  });

  it('100 days after signing: rotation (90 days) and self-inspection (quarterly) are overdue, training and drill upcoming', () => {
    const items = byId(signed(100));
    expect(items.get('credential-rotation')).toMatchObject({ state: 'overdue', clause: '一(三)2', ledger: 'api-credential' });
    expect(items.get('self-inspection')).toMatchObject({ state: 'overdue', clause: '一(五)3' });
    expect(items.get('training')).toMatchObject({ state: 'upcoming' });
    expect(items.get('emergency-drill')).toMatchObject({ state: 'upcoming' });
    expect(items.get('management-policy')).toMatchObject({ state: 'upcoming', dueAt: null });
    expect(computeObligations(signed(100), calendar, now)[0]?.state).toBe('overdue');
  });

  it('a completion turns a recurring duty done until its next period nears', () => {
    const records = { ...signed(100), completions: { 'credential-rotation': [now - day], 'self-inspection': [now - 2 * day] } };
    const items = byId(records);
    expect(items.get('credential-rotation')).toMatchObject({ state: 'done', lastDoneAt: now - day });
    expect(items.get('self-inspection')).toMatchObject({ state: 'done' });
    // 80 days after the rotation, the next one is due soon (within 14 days).
    expect(byId(records, now + 80 * day).get('credential-rotation')).toMatchObject({ state: 'due-soon', lastDoneAt: now - day });
  });

  it('counts the 90 days in calendar days and a quarter in calendar months, due at 24:00 China time', () => {
    const signedAt = Date.parse('2026-08-20T15:00:00+08:00');
    const items = byId({ ...empty, letter: { signedAt, serviceEndedAt: null } });
    expect(items.get('credential-rotation')).toMatchObject({ dueDate: '2026-11-18', dueAt: Date.parse('2026-11-19T00:00:00+08:00') });
    expect(items.get('self-inspection')).toMatchObject({ dueDate: '2026-11-20' });
    expect(items.get('training')).toMatchObject({ dueDate: '2027-08-20' });
  });

  it('deletion of personal data is due 15 working days after the trigger, per record', () => {
    const records = { ...signed(30), deletions: [{ id: 'a', triggeredAt: Date.parse('2026-09-29T10:00:00+08:00'), deletedAt: null }, { id: 'b', triggeredAt: now - day, deletedAt: now }] };
    const items = byId(records);
    expect(items.get('personal-information-deletion:a')).toMatchObject({ state: 'overdue', dueDate: '2026-10-26', unit: 'working-days', recordId: 'a' });
    expect(items.get('personal-information-deletion:b')).toMatchObject({ state: 'done' });
  });

  it('a security incident starts its five clocks from the moment of discovery', () => {
    const discoveredAt = now - 45 * 60_000;
    const items = byId({ ...signed(30), incidents: [{ id: 'i', discoveredAt, done: { 'incident-contain': discoveredAt + 20 * 60_000 }, progressAt: [], closedAt: null }] });
    expect(items.get('incident-contain:i')).toMatchObject({ state: 'done' });
    expect(items.get('incident-notify:i')).toMatchObject({ state: 'due-soon', dueAt: discoveredAt + 3_600_000, unit: 'hours' });
    expect(items.get('incident-report:i')).toMatchObject({ state: 'upcoming', dueAt: discoveredAt + 24 * 3_600_000 });
    expect(items.get('incident-users:i')).toMatchObject({ dueAt: discoveredAt + 48 * 3_600_000 });
    expect(items.get('incident-progress:i')).toMatchObject({ unit: 'working-days' });
  });

  it('a suspected credential leak: freeze within 1 hour, reset within 24', () => {
    const items = byId({ ...signed(30), leaks: [{ id: 'k', discoveredAt: now - 2 * 3_600_000, frozenAt: null, resetAt: null }] });
    expect(items.get('credential-leak-freeze:k')).toMatchObject({ state: 'overdue' });
    expect(items.get('credential-leak-reset:k')).toMatchObject({ state: 'upcoming', dueAt: now + 22 * 3_600_000 });
  });

  it('hazards are fixed within 7 working days; force majeure notified within 24 hours, remediated within 7 working days of its end', () => {
    const items = byId({
      ...signed(30),
      hazards: [{ id: 'h', foundAt: Date.parse('2026-09-30T09:00:00+08:00'), remediatedAt: null }],
      forceMajeure: [{ id: 'f', occurredAt: now - 30 * 3_600_000, notifiedAt: now - 29 * 3_600_000, endedAt: Date.parse('2026-11-27T12:00:00+08:00'), remediatedAt: null }],
    });
    expect(items.get('hazard-remediation:h')).toMatchObject({ dueDate: '2026-10-15', state: 'overdue' });
    expect(items.get('force-majeure-notify:f')).toMatchObject({ state: 'done' });
    expect(items.get('force-majeure-remediate:f')).toMatchObject({ dueDate: '2026-12-08', state: 'upcoming' });
  });

  it('marks deadlines in an uncovered year as estimated', () => {
    const items = byId({ ...signed(1), deletions: [{ id: 'x', triggeredAt: Date.parse('2026-12-28T10:00:00+08:00'), deletedAt: null }] });
    expect(items.get('personal-information-deletion:x')).toMatchObject({ estimated: true });
  });

  it('is deterministic', () => {
    const records = { ...signed(100), deletions: Array.from({ length: 50 }, (_, i) => ({ id: `d${i}`, triggeredAt: now - i * day, deletedAt: null })) };
    expect(computeObligations(records, calendar, now)).toEqual(computeObligations(records, calendar, now));
  });

  it('orders overdue first, then due soon, blocked, upcoming, done; by due time within a state; ties in record order', () => {
    const rank = { overdue: 0, 'due-soon': 1, blocked: 2, upcoming: 3, done: 4 } as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 40 }), hour: fc.integer({ min: 0, max: 23 }), deleted: fc.boolean() }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 72 }), { maxLength: 10 }),
        (deletions, leakHoursAgo) => {
          const records: ObligationRecords = {
            ...signed(100),
            deletions: deletions.map((entry, i) => ({ id: `d${i}`, triggeredAt: now - entry.daysAgo * day + entry.hour * 3_600_000, deletedAt: entry.deleted ? now : null })),
            leaks: leakHoursAgo.map((hours, i) => ({ id: `k${i}`, discoveredAt: now - hours * 3_600_000, frozenAt: null, resetAt: null })),
          };
          const items = computeObligations(records, calendar, now);
          const reference = items.map((item, index) => ({ item, index })).sort((a, b) => rank[a.item.state] - rank[b.item.state] || (a.item.dueAt ?? Infinity) - (b.item.dueAt ?? Infinity) || a.index - b.index);
          expect(items.map((item) => item.key)).toEqual(reference.map(({ item }) => item.key));
          expect(new Set(items.map((item) => item.key)).size).toBe(4 + 1 + deletions.length + 2 * leakHoursAgo.length);
        },
      ),
    );
  });
});
