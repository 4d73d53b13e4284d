// 一(一)1: no collecting of identifiers unrelated to SMS, such as ID-card or bank-card numbers.

const idCardWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCardCheckCharacters = '10X98765432';

/** True for an 18-character resident ID number whose check character is right (GB 11643). */
export function isResidentIdNumber(candidate: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(candidate)) return false;
  const sum = idCardWeights.reduce((total, weight, i) => total + weight * Number(candidate[i]), 0);
  return idCardCheckCharacters[sum % 11] === candidate[17]!.toUpperCase();
}

/** True for a 16–19 digit number that passes the Luhn check, as bank cards do. */
export function isBankCardNumber(candidate: string): boolean {
  if (!/^\d{16,19}$/.test(candidate)) return false;
  let sum = 0;
  for (let i = 0; i < candidate.length; i += 1) {
    let digit = Number(candidate[candidate.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export type ForbiddenIdentifier = 'id-card' | 'bank-card';

/**
 * Finds an ID-card or bank-card number in free text, also when written in
 * groups separated by spaces or dashes; null when there is none. Each run of
 * digits is judged whole, so a long order number is not mistaken for a card.
 */
export function findForbiddenIdentifier(text: string): ForbiddenIdentifier | null {
  const halfWidth = text.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const run of halfWidth.match(/\d(?:[\d -]*\d)?[Xx]?/g) ?? []) {
    const compact = run.replace(/[ -]/g, '');
    if (isResidentIdNumber(compact)) return 'id-card';
    if (isBankCardNumber(compact)) return 'bank-card';
  }
  return null;
}
