import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePassphraseStrength, minimumPassphraseScore } from '@shared/crypto/passphrase-strength';
import { formatRecoveryCode, parseRecoveryCode } from '@shared/crypto/recovery-code';

describe('passphrase strength', () => {
  it.each([
    ['', 0],
    ['123456789a', 0],
    ['password2026!', 1],
    ['woaini1314woaini', 1],
    ['aaaaaaaaaaaaaaaaaaaa', 0],
    ['abcdefghijklmnop', 0],
  ])('%j is too weak to use', (passphrase, maxScore) => {
    const strength = estimatePassphraseStrength(passphrase);
    expect(strength.score).toBeLessThanOrEqual(maxScore);
    expect(strength.score).toBeLessThan(minimumPassphraseScore);
  });

  it.each(['门前大桥下游过一群鸭 2026!', 'correct horse battery staple 9!', 'Tq8#vLz2!mW4pR', '春眠不觉晓处处闻啼鸟'])('%j is accepted', (passphrase) => {
    expect(estimatePassphraseStrength(passphrase).score).toBeGreaterThanOrEqual(minimumPassphraseScore);
  });

  it('names the problems it sees', () => {
    expect(estimatePassphraseStrength('short').problems).toContain('too-short');
    expect(estimatePassphraseStrength('mypassword2026xyz').problems).toContain('common');
    expect(estimatePassphraseStrength('12345678901234').problems).toEqual(expect.arrayContaining(['sequence', 'one-kind']));
  });
});

describe('recovery code', () => {
  it('formats 20 bytes as 8 groups of 4 and reads them back however they are typed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const code = formatRecoveryCode(bytes);
        expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(parseRecoveryCode(code)).toEqual(bytes);
        expect(parseRecoveryCode(code.toLowerCase().replaceAll('-', ' '))).toEqual(bytes);
      }),
    );
  });

  it('forgives I, L and O typed for 1 and 0', () => {
    const bytes = new Uint8Array(20);
    const code = formatRecoveryCode(bytes);
    expect(parseRecoveryCode(code.replaceAll('0', 'O'))).toEqual(bytes);
  });

  it.each(['', 'ABCD', 'UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU', '0000-0000-0000-0000-0000-0000-0000-000', '0000-0000-0000-0000-0000-0000-0000-0000-0'])(
    'refuses %j',
    (input) => {
      expect(parseRecoveryCode(input)).toBeNull();
    },
  );
});
