import { describe, expect, it } from 'vitest';
import { findForbiddenIdentifier, isBankCardNumber, isResidentIdNumber } from '@shared/validation/forbidden-identifiers';

// Synthetic numbers: the ID is the standard's own worked example; the card
// numbers are made to pass the Luhn check and belong to nobody.
describe('forbidden identifiers (一(一)1)', () => {
  it.each([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['110105194912310021', false],
    ['11010519491231002', false],
  ])('ID number %s valid: %s', (input, expected) => {
    expect(isResidentIdNumber(input)).toBe(expected);
  });

  it.each([
    ['6222021234567890128', true],
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['411111111111111', false],
  ])('card number %s valid: %s', (input, expected) => {
    expect(isBankCardNumber(input)).toBe(expected);
  });

  it.each([
    ['身份证 11010519491231002X', 'id-card'],
    ['110105 19491231 002X', 'id-card'],
    ['卡号：6222 0212 3456 7890 128', 'bank-card'],
    ['4111-1111-1111-1111', 'bank-card'],
    ['４１１１１１１１１１１１１１１１', 'bank-card'],
  ])('finds it in %j', (text, expected) => {
    expect(findForbiddenIdentifier(text)).toBe(expected);
  });

  it.each(['门店会员登记表', '13812345678', '13812345678 13912345678', '订单 2026112800012345678901', '2026-11-28', ''])('leaves %j alone', (text) => {
    expect(findForbiddenIdentifier(text)).toBeNull();
  });
});
