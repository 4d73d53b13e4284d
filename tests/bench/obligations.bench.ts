import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import type { ObligationId } from '@shared/obligations/obligation-catalogue';
import { computeObligations, type Clock, type ObligationInput } from '@shared/obligations/obligation-engine';
import bundled from '../../assets/calendar/china-2004-2026.json';
import { median, round, type BenchFigure } from './bench-result';

/**
 * The obligation engine over a workspace with 100,000 personal-information
 * records (every one with a deletion clock running, the worst case) and 1,000
 * each of credentials, incidents and force-majeure records, median of seven runs.
 */
export function measureObligationEngine(runs = 7): BenchFigure {
  const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
  const now = Date.parse('2026-11-28T10:00:00+08:00');
  const day = 86_400_000;
  const clock = (obligation: ObligationId, source: string, recordId: string, startedAt: number | null, doneAt: number | null = null, closedAt: number | null = null): Clock => ({
    obligation,
    source,
    recordId,
    startedAt,
    doneAt,
    closedAt,
  });
  const clocks: Clock[] = [
    ...Array.from({ length: 100_000 }, (_, i) => clock('personal-information-deletion', 'personal-information', `p${i}`, now - (i % 300) * day - (i % 17) * 3_600_000, i % 3 === 0 ? now : null)),
    ...Array.from({ length: 1_000 }, (_, i) => [
      clock('credential-rotation', 'api-credential', `c${i}`, now - 400 * day, i % 2 === 0 ? now - (i % 120) * day : null),
      clock('credential-custody', 'api-credential', `c${i}`, null, now - 400 * day),
    ]).flat(),
    ...Array.from({ length: 1_000 }, (_, i) =>
      (['incident-contain', 'incident-notify', 'incident-report', 'incident-users', 'incident-progress'] as const).map((obligation) => clock(obligation, 'security-incident', `i${i}`, now - i * 3_600_000, null, i % 4 === 0 ? now : null)),
    ).flat(),
    ...Array.from({ length: 1_000 }, (_, i) => [
      clock('force-majeure-notify', 'force-majeure', `f${i}`, now - i * day),
      clock('force-majeure-remediate', 'force-majeure', `f${i}`, now - i * day + 3_600_000),
    ]).flat(),
    ...Array.from({ length: 50 }, (_, i) => clock('training', 'training', `t${i}`, null, now - i * 30 * day)),
  ];
  const records: ObligationInput = { letter: { signedAt: now - 400 * day, serviceEndedAt: null }, clocks };
  computeObligations(records, calendar, now);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    computeObligations(records, calendar, now);
    samples.push(performance.now() - started);
  }
  return { name: 'obligation engine, 100k personal + 1k each of credentials, incidents, force majeure', value: round(median(samples), 1), unit: 'ms', target: 50, better: 'lower', detail: `${runs} 次中位数，最慢 ${round(Math.max(...samples), 1)} ms` };
}
