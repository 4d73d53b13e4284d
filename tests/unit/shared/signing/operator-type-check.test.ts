import { describe, expect, it } from 'vitest';
import { findOperatorTypeMismatch } from '@shared/signing/operator-type-check';
import { computeCheckCharacter, describeRegistrationCategory, findUnifiedSocialCreditCodeProblem } from '@shared/validation/unified-social-credit-code';

// Synthetic codes, each given its correct check character: only the first
// two characters (registration authority, organisation kind) differ.
const code = (prefix: string) => {
  const first17 = `${prefix}350100M000100Y4`;
  return first17 + computeCheckCharacter(first17);
};

describe('the 统一社会信用代码 against the operator type (GB 32100)', () => {
  it('builds valid codes for the table below', () => {
    for (const prefix of ['91', '92', '93', '12', '51', 'Y1', '94', 'B1']) expect(findUnifiedSocialCreditCodeProblem(code(prefix))).toBeNull();
  });

  it.each([
    ['91', 'enterprise', null],
    ['92', 'sole-proprietor', null],
    ['91', 'sole-proprietor', { kind: 'other-type', prefix: '91', suggested: 'enterprise' }],
    ['92', 'enterprise', { kind: 'other-type', prefix: '92', suggested: 'sole-proprietor' }],
    ['93', 'enterprise', { kind: 'other-organisation', prefix: '93', authority: '市场监管部门（原工商部门）', category: '农民专业合作社' }],
    ['93', 'sole-proprietor', { kind: 'other-organisation', prefix: '93', authority: '市场监管部门（原工商部门）', category: '农民专业合作社' }],
    ['12', 'enterprise', { kind: 'other-organisation', prefix: '12', authority: '机构编制部门', category: '事业单位' }],
    ['51', 'sole-proprietor', { kind: 'other-organisation', prefix: '51', authority: '民政部门', category: '社会团体' }],
    ['Y1', 'enterprise', { kind: 'other-organisation', prefix: 'Y1', authority: '其他登记管理部门', category: '其他机构' }],
    ['94', 'enterprise', { kind: 'unknown-category', prefix: '94' }],
    ['B1', 'sole-proprietor', { kind: 'unknown-category', prefix: 'B1' }],
  ] as const)('%s… for %s', (prefix, type, expected) => {
    expect(findOperatorTypeMismatch(type, code(prefix))).toEqual(expected);
  });

  it('reads a code as typed: lower case and spaces', () => {
    expect(findOperatorTypeMismatch('sole-proprietor', ` ${code('92').toLowerCase()} `)).toBeNull();
    expect(findOperatorTypeMismatch('enterprise', `y1${code('Y1').slice(2)}`)).toMatchObject({ kind: 'other-organisation', prefix: 'Y1' });
  });

  it.each([
    ['11', '机构编制部门', '机关'],
    ['21', '外交部门', '外国常驻新闻机构'],
    ['31', '司法行政部门', '律师执业机构'],
    ['35', '司法行政部门', '仲裁委员会'],
    ['41', '文化部门', '外国在华文化中心'],
    ['53', '民政部门', '基金会'],
    ['62', '旅游部门', '港澳台地区旅游部门常驻内地（大陆）代表机构'],
    ['71', '宗教事务部门', '宗教活动场所'],
    ['81', '工会', '基层工会'],
    ['A1', '中央军委改革和编制办公室', '军队事业单位'],
    ['N2', '农业农村部门', '村级集体经济组织'],
  ])('names the registration of %s', (prefix, authority, category) => {
    expect(describeRegistrationCategory(code(prefix))).toEqual({ prefix, authority, category });
  });

  it.each(['99', '94', '04', '1A', '58', 'Y2', 'Z1', 'N4'])('knows no registration for %j', (prefix) => {
    expect(describeRegistrationCategory(`${prefix}350100M000100Y43`)).toBeNull();
  });
});
