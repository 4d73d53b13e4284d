import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import { computeObligations, type ObligationRecords } from '@shared/obligations/obligation-engine';
import bundled from '../../assets/calendar/china-2004-2026.json';
import { median, round, type BenchFigure } from './bench-result';

/**
 * The obligation engine over a workspace with 100,000 personal-information
 * records (every one with a deletion clock running, the worst case) and 1,000
 * other records, median of seven runs.
 */
export function measureObligationEngine(runs = 7): BenchFigure {
  const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
  const now = Date.parse('2026-11-28T10:00:00+08:00');
  const day = 86_400_000;
  const records: ObligationRecords = {
    letter: { signedAt: now - 400 * day, serviceEndedAt: null },
    completions: {
      'credential-rotation': Array.from({ length: 100 }, (_, i) => now - i * 3 * day),
      training: Array.from({ length: 50 }, (_, i) => now - i * 30 * day),
      'self-inspection': Array.from({ length: 50 }, (_, i) => now - i * 20 * day),
    },
    deletions: Array.from({ length: 100_000 }, (_, i) => ({ id: `p${i}`, triggeredAt: now - (i % 300) * day - (i % 17) * 3_600_000, deletedAt: i % 3 === 0 ? now : null })),
    incidents: Array.from({ length: 200 }, (_, i) => ({ id: `i${i}`, discoveredAt: now - i * day, done: {}, progressAt: [], closedAt: null })),
    leaks: Array.from({ length: 200 }, (_, i) => ({ id: `k${i}`, discoveredAt: now - i * 3_600_000, frozenAt: null, resetAt: null })),
    hazards: Array.from({ length: 300 }, (_, i) => ({ id: `h${i}`, foundAt: now - i * day, remediatedAt: null })),
    forceMajeure: Array.from({ length: 100 }, (_, i) => ({ id: `f${i}`, occurredAt: now - i * day, notifiedAt: null, endedAt: now - i * day + 3_600_000, remediatedAt: null })),
  };
  computeObligations(records, calendar, now);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    computeObligations(records, calendar, now);
    samples.push(performance.now() - started);
  }
  return { name: 'obligation engine, 100k personal + 1k other records', value: round(median(samples), 1), unit: 'ms', target: 100, better: 'lower', detail: `${runs} 次中位数，最慢 ${round(Math.max(...samples), 1)} ms` };
}
