import { describe, expect, it } from 'vitest';
import { maskChineseMobile, normalizeChineseMobile } from '@shared/phone/phone-number';

describe('normalizeChineseMobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['(+86)19912345678', '19912345678'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeChineseMobile(input)).toBe(expected);
  });

  it.each(['', '1381234567', '138123456789', '12812345678', '010-12345678', '+1 415 555 0100', '1381234567a', '86'])('refuses %j', (input) => {
    expect(normalizeChineseMobile(input)).toBeNull();
  });

  it('masks the middle four digits', () => {
    expect(maskChineseMobile('13812341234')).toBe('138****1234');
  });
});
