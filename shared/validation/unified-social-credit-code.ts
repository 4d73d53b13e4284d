// GB 32100-2015: 18 characters from 0-9 and the capital letters without I, O,
// Z, S and V; the last is a check character, modulo 31 over weighted values.
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UnifiedSocialCreditCodeProblem = 'length' | 'illegal-character' | 'check-digit';

/** Upper-cases and removes spaces, as people type a code from a licence. */
export function normalizeUnifiedSocialCreditCode(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** The check character that the first 17 characters call for. */
export function computeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + alphabet.indexOf(char) * weights[i]!, 0);
  const check = (31 - (sum % 31)) % 31;
  return alphabet[check]!;
}

/** What is wrong with a code, or null when it is a valid 统一社会信用代码. */
export function findUnifiedSocialCreditCodeProblem(input: string): UnifiedSocialCreditCodeProblem | null {
  const code = normalizeUnifiedSocialCreditCode(input);
  if (code.length !== 18) return 'length';
  if (![...code].every((char) => alphabet.includes(char))) return 'illegal-character';
  return computeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check-digit';
}
