import { describe, expect, it } from 'vitest';
import { createImportSieve } from '@shared/import/import-sieve';
import { createRowChecker, guessMapping, parseImportedTime, refusedColumns, type ImportPlan } from '@shared/import/personal-information-rows';
import { detectTextEncoding, decodeText } from '@shared/import/text-encoding';
import { scenarioVocabulary } from '@shared/ledgers/scenarios';

const now = Date.parse('2026-11-29T10:00:00+08:00');
const headings = ['手机号', '姓名', '使用场景', '来源', '同意方式', '收集时间', '备注'];
const plan: ImportPlan = {
  mapping: guessMapping(headings),
  defaults: { scenario: 'verification-code', consent: 'written', source: '门店登记表', usage: '', collectedAt: now - 1000 },
  now,
  scenarios: scenarioVocabulary([]),
};
const check = createRowChecker(plan);
const row = (overrides: Partial<Record<(typeof headings)[number], string>> = {}) => headings.map((heading) => overrides[heading] ?? ({ 手机号: '13800138000', 姓名: '测试甲', 使用场景: '验证码', 来源: '', 同意方式: '书面同意', 收集时间: '2026-11-01 09:30', 备注: '' } as Record<string, string>)[heading]!);

describe('column mapping', () => {
  it('guesses each field from its heading, and leaves out the columns 一(一)1 forbids', () => {
    expect(guessMapping(['联系电话', '客户姓名', '身份证号', '银行卡号', '家庭住址', '来源渠道']).map((entry) => entry.field)).toEqual(['phone', 'name', 'skip', 'skip', 'skip', 'source']);
  });

  it('refuses, citing the clause, a column left out that holds data and every ID/bank/address column', () => {
    const mapping = guessMapping(['手机号', '身份证号', '会员等级', '空列']);
    expect(refusedColumns(mapping, new Set([0, 1, 2]))).toEqual([
      { column: 'B（身份证号）', reason: 'forbidden-kind' },
      { column: 'C（会员等级）', reason: 'not-needed' },
    ]);
  });
});

describe('row checks', () => {
  it('takes a good row, normalising the number and the words of scenario and consent', () => {
    expect(check(row({ 手机号: '+86 138-0013-8000', 使用场景: '账户安全通知', 同意方式: '线上勾选' }), 2)).toEqual({
      ok: true,
      entry: { phone: '13800138000', name: '测试甲', scenario: 'account-security', source: '门店登记表', consent: 'online-tick', collectedAt: Date.parse('2026-11-01T09:30:00+08:00'), usage: '' },
    });
  });

  it.each([
    ['an ID-card number in the name', { 姓名: '11010519491231002X' }, 'id-card', 'B（姓名）'],
    ['a bank-card number in a column left out', { 备注: '6222 0212 3456 7890 128' }, 'bank-card', 'G（备注）'],
    ['a landline', { 手机号: '010-12345678' }, 'phone-invalid', 'A（手机号）'],
    ['a number Excel turned into 1.38E+10', { 手机号: '1.38001E+10' }, 'phone-scientific', 'A（手机号）'],
    ['no number', { 手机号: ' ' }, 'phone-missing', 'A（手机号）'],
    ['advertising as the scenario', { 使用场景: '营销推广' }, 'scenario-unknown', 'C（使用场景）'],
    ['an unknown consent', { 同意方式: '默认同意' }, 'consent-unknown', 'E（同意方式）'],
    ['a time that is no date', { 收集时间: '2026-02-30' }, 'time-invalid', 'F（收集时间）'],
    ['a time after the import', { 收集时间: '2026-12-01' }, 'time-future', 'F（收集时间）'],
    ['a very long name', { 姓名: '名'.repeat(41) }, 'too-long', 'B（姓名）'],
  ])('refuses %s with its row, column and reason', (_label, overrides, reason, column) => {
    expect(check(row(overrides), 7)).toEqual({ ok: false, problems: [{ row: 7, column, reason }] });
  });

  it('takes a consented new scenario by its name or id and refuses one not consented (一(三)3), in a cell or as the default', () => {
    const scenarios = { selectable: [...scenarioVocabulary([]).selectable, { id: 'scope-change:c1' as const, name: '物流配送通知' }], unconsented: ['会员活动通知'] };
    const withNew = createRowChecker({ ...plan, scenarios });
    expect(withNew(row({ 使用场景: '物流配送通知' }), 2)).toMatchObject({ ok: true, entry: { scenario: 'scope-change:c1' } });
    expect(withNew(row({ 使用场景: 'scope-change:c1' }), 2)).toMatchObject({ ok: true, entry: { scenario: 'scope-change:c1' } });
    expect(withNew(row({ 使用场景: '会员活动通知' }), 3)).toEqual({ ok: false, problems: [{ row: 3, column: 'C（使用场景）', reason: 'scenario-not-consented' }] });
    expect(withNew(row({ 使用场景: 'scope-change:p2' }), 4)).toEqual({ ok: false, problems: [{ row: 4, column: 'C（使用场景）', reason: 'scenario-not-consented' }] });
    expect(withNew(row({ 使用场景: 'constructor' }), 5)).toEqual({ ok: false, problems: [{ row: 5, column: 'C（使用场景）', reason: 'scenario-unknown' }] });
    // A name 场景变更申请 does not hold at all is an unknown word.
    expect(check(row({ 使用场景: '物流配送通知' }), 6)).toMatchObject({ ok: false, problems: [{ reason: 'scenario-unknown' }] });
    const byDefault = createRowChecker({ ...plan, defaults: { ...plan.defaults, scenario: 'scope-change:p2' }, scenarios });
    expect(byDefault(row({ 使用场景: '' }), 7)).toEqual({ ok: false, problems: [{ row: 7, column: 'C（使用场景）', reason: 'scenario-not-consented' }] });
  });

  it('reads dates as people write them, in China time', () => {
    expect(parseImportedTime('2026/11/28 9:05')).toBe(Date.parse('2026-11-28T09:05:00+08:00'));
    expect(parseImportedTime('2026年11月28日')).toBe(Date.parse('2026-11-28T00:00:00+08:00'));
    expect(parseImportedTime('2026-11-28T09:05:30')).toBe(Date.parse('2026-11-28T09:05:30+08:00'));
    expect(parseImportedTime('28/11/2026')).toBeNull();
  });
});

describe('the sieve', () => {
  it('keeps the first of a number seen twice in a file and reports the second as a duplicate; blank lines are no rows', () => {
    const sieve = createImportSieve(plan);
    expect(sieve.take(row(), 2).kind).toBe('entry');
    expect(sieve.take(['', '', ''], 3).kind).toBe('blank');
    expect(sieve.take(row({ 手机号: '138 0013 8000' }), 4)).toEqual({ kind: 'refused', problems: [{ row: 4, column: 'A（手机号）', reason: 'duplicate-in-file' }] });
    expect(sieve.dataRows).toBe(2);
  });
});

describe('text encodings', () => {
  const text = '手机号,姓名\n13800138000,测试甲\n';
  it('detects UTF-8 with and without BOM, UTF-16 and GBK', async () => {
    const iconv = (await import('iconv-lite')).default;
    const utf8 = new TextEncoder().encode(text);
    expect(detectTextEncoding(utf8)).toBe('utf-8');
    expect(detectTextEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('utf-8-bom');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
    expect(detectTextEncoding(gbk)).toBe('gb18030');
    expect(decodeText(gbk)).toBe(text);
    const gb18030 = new Uint8Array(iconv.encode('手机号,姓名\n13800138000,䶮测试\n', 'gb18030'));
    expect(decodeText(gb18030)).toBe('手机号,姓名\n13800138000,䶮测试\n');
    expect(decodeText(new Uint8Array(iconv.encode(text, 'utf16-le', { addBOM: true })))).toBe(text);
  });
});
