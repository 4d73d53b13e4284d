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

/**
 * GB 32100-2015 (with its amendment): the 1st character names the
 * registration authority, the 2nd the kind of organisation it registers.
 * Names as the standard's table gives them; 工商 is today the market
 * regulator (市场监管).
 */
const registrationCategories: Readonly<Record<string, Readonly<{ authority: string; categories: Readonly<Record<string, string>> }>>> = {
  '1': { authority: '机构编制部门', categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他机构' } },
  '2': { authority: '外交部门', categories: { '1': '外国常驻新闻机构', '9': '其他机构' } },
  '3': { authority: '司法行政部门', categories: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他机构' } },
  '4': { authority: '文化部门', categories: { '1': '外国在华文化中心', '9': '其他机构' } },
  '5': { authority: '民政部门', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他机构' } },
  '6': { authority: '旅游部门', categories: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他机构' } },
  '7': { authority: '宗教事务部门', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他机构' } },
  '8': { authority: '工会', categories: { '1': '基层工会', '9': '其他机构' } },
  '9': { authority: '市场监管部门（原工商部门）', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { authority: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他机构' } },
  N: { authority: '农业农村部门', categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他机构' } },
  Y: { authority: '其他登记管理部门', categories: { '1': '其他机构' } },
};

/** Who registered the holder of a code and as what, from its first two characters; null when the table has no such pair. */
export function describeRegistrationCategory(input: string): Readonly<{ prefix: string; authority: string; category: string }> | null {
  const code = normalizeUnifiedSocialCreditCode(input);
  const entry = registrationCategories[code.charAt(0)];
  const category = entry?.categories[code.charAt(1)];
  return entry === undefined || category === undefined ? null : { prefix: code.slice(0, 2), authority: entry.authority, category };
}
