import { describe, expect, it } from 'vitest';
import { isChinaQuarter, nextQuarter, quarterBounds, quarterOfInstant, quartersBetween } from '@shared/calendar/china-quarter';
import { quarterNameZhCN } from '@shared/i18n/quarter-name';

const at = (text: string) => Date.parse(`${text}+08:00`);

describe('calendar quarters in China time', () => {
  it('places an instant in its quarter whatever the computer clock says (China midnight, not UTC)', () => {
    expect(quarterOfInstant(at('2026-10-01T00:00:00'))).toBe('2026-Q4');
    expect(quarterOfInstant(at('2026-09-30T23:59:59'))).toBe('2026-Q3');
    expect(quarterOfInstant(at('2027-01-01T07:00:00'))).toBe('2027-Q1');
  });

  it('gives a quarter its first and last day and the instants around it', () => {
    expect(quarterBounds('2026-Q4')).toEqual({ start: at('2026-10-01T00:00:00'), end: at('2027-01-01T00:00:00'), firstDay: '2026-10-01', lastDay: '2026-12-31' });
    expect(quarterBounds('2024-Q1').lastDay).toBe('2024-03-31');
    expect(nextQuarter('2026-Q4')).toBe('2027-Q1');
  });

  it('lists the quarters from signing to now, the first partial one included', () => {
    expect(quartersBetween(at('2026-08-10T10:00:00'), at('2027-01-02T10:00:00'))).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
    expect(quartersBetween(at('2027-01-02T10:00:00'), at('2026-08-10T10:00:00'))).toEqual([]);
  });

  it('accepts only well-formed labels, and names them in Chinese', () => {
    for (const bad of ['2026-Q0', '2026-Q5', '2026Q1', 'Q1-2026', '']) expect(isChinaQuarter(bad)).toBe(false);
    expect(quarterNameZhCN('2026-Q3')).toBe('2026 年第 3 季度');
  });
});
