import { describe, expect, it } from 'vitest';
import { computeCheckCharacter, findUnifiedSocialCreditCodeProblem } from '@shared/validation/unified-social-credit-code';

// Synthetic codes: the first is GB 32100's worked example; the others are
// made up and given their correct check character here.
const valid = ['91350100M000100Y43', '91110000600037341L', '92440300MA5F0XXXX2', '12100000400000000B'.slice(0, 17) + computeCheckCharacter('12100000400000000')];

describe('统一社会信用代码 (GB 32100)', () => {
  it.each(valid)('accepts %s', (code) => {
    expect(findUnifiedSocialCreditCodeProblem(code)).toBeNull();
  });

  it('accepts lower case and spaces as typed from a licence', () => {
    expect(findUnifiedSocialCreditCodeProblem(' 91350100m000100y43 ')).toBeNull();
    expect(findUnifiedSocialCreditCodeProblem('9135 0100 M000 100Y 43')).toBeNull();
  });

  it.each([
    ['91350100M000100Y44', 'check-digit'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['', 'length'],
    ['91350100M000100I43', 'illegal-character'],
    ['91350100M000100O43', 'illegal-character'],
    ['91350100M000100Z43', 'illegal-character'],
    ['91350100M000100S43', 'illegal-character'],
    ['91350100M000100V43', 'illegal-character'],
    ['91350100M000100-43', 'illegal-character'],
    ['９１350100M000100Y43', 'illegal-character'],
  ])('refuses %j: %s', (code, problem) => {
    expect(findUnifiedSocialCreditCodeProblem(code)).toBe(problem);
  });

  it('catches every single-character typo of a valid code', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const code = valid[0]!;
    for (let position = 0; position < 17; position += 1) {
      for (const replacement of alphabet) {
        if (replacement === code[position]) continue;
        const typo = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(findUnifiedSocialCreditCodeProblem(typo)).toBe('check-digit');
      }
    }
  });
});
