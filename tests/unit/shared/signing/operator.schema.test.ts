import { describe, expect, it } from 'vitest';
import { operatorInfoSchema, type OperatorInfoInput } from '@shared/signing/operator.schema';

const valid: OperatorInfoInput = {
  operatorType: 'enterprise',
  operatorName: '测试信息科技有限公司',
  unifiedSocialCreditCode: '91350100M000100Y43',
  legalRepresentative: '张测试',
  signerRole: 'legal-representative',
  signerName: '',
  contactPhone: '13900001234',
};

function messages(change: Partial<OperatorInfoInput>): Record<string, string> {
  const result = operatorInfoSchema.safeParse({ ...valid, ...change });
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('operator information (经营者信息)', () => {
  it('accepts a complete entry', () => {
    expect(messages({})).toEqual({});
  });

  it.each([
    ['an empty name', '', 'operator-name-missing'],
    ['only spaces', '   ', 'operator-name-missing'],
    ['one character', '店', 'operator-name-short'],
    ['220 characters', '测'.repeat(220), 'operator-name-long'],
    ['61 characters', '测'.repeat(61), 'operator-name-long'],
    ['61 characters outside the BMP, counted as characters', '𠀀'.repeat(61), 'operator-name-long'],
  ])('says what is wrong with the operator name: %s', (_label, operatorName, message) => {
    expect(messages({ operatorName })).toEqual({ operatorName: message });
  });

  it('takes 60 characters, and 30 characters outside the BMP (60 UTF-16 units each)', () => {
    expect(messages({ operatorName: '测'.repeat(60) })).toEqual({});
    expect(messages({ operatorName: '𠀀'.repeat(60) })).toEqual({});
  });

  it.each([
    ['empty', '', 'person-name-missing'],
    ['one character', '张', 'person-name-short'],
    ['31 characters', '张'.repeat(31), 'person-name-long'],
    ['a digit', '张3', 'person-name-digits'],
  ])('says what is wrong with the legal representative: %s', (_label, legalRepresentative, message) => {
    expect(messages({ legalRepresentative })).toEqual({ legalRepresentative: message });
  });

  it('asks for the authorised representative only when one signs, with the same reasons', () => {
    expect(messages({ signerName: '' })).toEqual({});
    expect(messages({ signerRole: 'authorised-representative', signerName: '' })).toEqual({ signerName: 'signer-name-missing' });
    expect(messages({ signerRole: 'authorised-representative', signerName: '李'.repeat(40) })).toEqual({ signerName: 'person-name-long' });
    expect(messages({ signerRole: 'authorised-representative', signerName: '李代表' })).toEqual({});
  });
});
