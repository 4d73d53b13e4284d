import { describe, expect, it } from 'vitest';
import { packPersonalInformation, unpackPersonalInformation } from '@shared/ledgers/personal-information.codec';
import { personalInformationFormSchema } from '@shared/ledgers/personal-information.schema';

const now = Date.parse('2026-11-29T10:00:00+08:00');
const schema = personalInformationFormSchema(() => now);

const valid = { phone: '138 1234 5678', name: '王小明', scenario: 'verification-code', source: '门店登记表', consent: 'written', collectedAt: '2026-11-28T09:30', usage: '' };

describe('personal information form', () => {
  it('accepts a complete entry', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it('leaves the collection time empty when none is typed: saving fills in the moment of saving', () => {
    expect(schema.safeParse({ ...valid, collectedAt: '' }).success).toBe(true);
  });

  it.each([
    ['a landline', { phone: '010-12345678' }, 'phone'],
    ['no source', { source: ' ' }, 'required'],
    ['an ID number as name', { name: '11010519491231002X' }, 'idCard'],
    ['a card number in the usage', { usage: '退款到 6222021234567890128' }, 'bankCard'],
    ['a scenario outside the letter', { scenario: 'marketing' }, undefined],
    ['a malformed time', { collectedAt: '2026-13-01T09:30' }, 'dateTime'],
    ['a time after now', { collectedAt: '2026-11-29T10:01' }, 'future'],
    ['a very long source', { source: '来'.repeat(101) }, 'tooLong'],
  ])('refuses %s', (_label, change, message) => {
    const result = schema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    if (message !== undefined) expect(result.error?.issues.map((issue: { message: string }) => issue.message)).toContain(message);
  });
});

describe('personal information codec', () => {
  it('packs and unpacks an entry exactly', () => {
    const fields = { phone: '13812345678', name: '王小明', scenario: 'account-security', source: '小程序', consent: 'online-tick', collectedAt: 1_764_300_000_000, usage: '登录提醒', evidenceIds: ['-Nx3kQ9a00Zk_b'], batchId: 'batch-1' } as const;
    expect(unpackPersonalInformation(packPersonalInformation(fields), fields.collectedAt, fields.batchId)).toEqual(fields);
  });

  it.each([null, {}, ['13812345678'], ['1', '2', 9, '4', 0, '6', []]])('rejects %j', (packed) => {
    expect(unpackPersonalInformation(packed, 0)).toBeNull();
  });
});
