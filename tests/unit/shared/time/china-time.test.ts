import { describe, expect, it } from 'vitest';
import { parseChinaDateTimeInput, toChinaDateString, toChinaDateTimeInput, toChinaDateTimeString } from '@shared/time/china-time';

describe('China time', () => {
  it('is UTC+8 whatever the machine says', () => {
    const instant = Date.UTC(2026, 10, 27, 16, 30);
    expect(toChinaDateString(instant)).toBe('2026-11-28');
    expect(toChinaDateTimeString(instant)).toBe('2026-11-28 00:30');
    expect(toChinaDateTimeInput(instant)).toBe('2026-11-28T00:30');
  });

  it('reads a datetime-local value as China time', () => {
    expect(parseChinaDateTimeInput('2026-11-28T00:30')).toBe(Date.UTC(2026, 10, 27, 16, 30));
  });

  it.each(['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-11-28T24:00', '2026-11-28 10:00', '2026-11-28T10:60'])('refuses %j', (value) => {
    expect(parseChinaDateTimeInput(value)).toBeNull();
  });
});
