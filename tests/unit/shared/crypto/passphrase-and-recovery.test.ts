import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePassphraseStrength, minimumPassphraseScore } from '@shared/crypto/passphrase-strength';
import { formatRecoveryCode, parseRecoveryCode } from '@shared/crypto/recovery-code';

// Whether each passphrase may protect a workspace. The key file travels in
// every backup, so what is refused here is what an offline guesser tries
// first: Chinese numerals, poems in characters, pinyin or initials, names in
// pinyin with a year, phone numbers, dates, keyboard walks, idioms, slogans.
const refused: ReadonlyArray<readonly [string, string]> = [
  ['一二三四五六七八九十', 'Chinese numerals in order'],
  ['床前明月光疑是地上霜', 'a famous couplet'],
  ['Zhangsan1988', 'a pinyin name plus a year'],
  ['春眠不觉晓处处闻啼鸟', 'a famous couplet'],
  ['床前明月光，疑是地上霜。', 'the couplet with its punctuation'],
  ['白日依山尽 黄河入海流', 'a couplet with a space'],
  ['明月几时有把酒问青天', 'a line of 水调歌头'],
  ['chuangqianmingyueguang', 'a line in pinyin'],
  ['cqmygysdss', 'a couplet by its initials'],
  ['门前大桥下游过一群鸭 2026!', 'a children\'s song with a year'],
  ['zhangwei19880512', 'a pinyin name plus a birth date'],
  ['Wangxiaoming@2008', 'a pinyin name, a symbol and a year'],
  ['Liuyang1995!', 'a pinyin name, a year and a mark'],
  ['lisi123456', 'a placeholder name plus digits'],
  ['王芳13800001111', 'a name plus a mobile number'],
  ['13812345678', 'a mobile number'],
  ['13912345678abc', 'a mobile number with letters'],
  ['Liuyang_0571-88886666', 'a name plus a landline number'],
  ['1988年5月12日张伟', 'a Chinese date plus a name'],
  ['qwertyuiop123', 'a keyboard row'],
  ['1qaz2wsx3edc', 'a keyboard walk'],
  ['1qaz@WSX3edc$RFV', 'a shifted keyboard walk'],
  ["asdfghjkl;'", 'a keyboard row with its marks'],
  ['zaq12wsx!QAZ', 'a keyboard walk back and forth'],
  ['password2026!', 'a leaked password plus a year'],
  ['woaini1314woaini', 'a love slogan, repeated'],
  ['ILoveYou1314!', 'a love slogan in English'],
  ['我的密码是123456789', 'a phrase plus a digit run'],
  ['好好学习天天向上2026', 'a slogan plus a year'],
  ['haohaoxuexitiantianxiangshang', 'the slogan in pinyin'],
  ['恭喜发财万事如意2026', 'two idioms of good wishes plus a year'],
  ['一心一意万事如意', 'two idioms'],
  ['甲乙丙丁戊己庚辛壬癸', 'the heavenly stems in order'],
  ['aaaaaaaaaaaaaaaaaaaa', 'one character repeated'],
  ['abcdefghijklmnop', 'the alphabet'],
  ['Tq8#vLz2!', 'random, but shorter than 10'],
  ['', 'nothing'],
];

const accepted: ReadonlyArray<readonly [string, string]> = [
  ['老樟树下的青砖巷 Kq7!mz', 'an unknown sentence with a random tail'],
  ['河埠头晒着蓝印花布 Wd4$', 'an unknown sentence with a random tail'],
  ['我家小店在东门口卖早点油条', 'a long sentence of one\'s own'],
  ['青瓦巷口卖豆花的阿婆七十岁', 'a long sentence of one\'s own'],
  ['Tq8#vLz2!mW4pR', '14 random characters'],
  ['Mz9$kd82!Lq', '11 random characters'],
  ['correct horse battery staple 9!', 'four random words'],
  ['测试密码 correct horse 2026!', 'mixed words'],
  ['旧版工作区 测试口令 2026!', 'the version-1 fixture passphrase'],
];

describe('passphrase strength: who may protect a workspace', () => {
  it('has a table of at least 30 passphrases, refused and accepted', () => {
    expect(refused.length + accepted.length).toBeGreaterThanOrEqual(30);
  });

  it.each(refused)('refuses %j (%s)', (passphrase) => {
    const strength = estimatePassphraseStrength(passphrase);
    expect(strength.score).toBeLessThan(minimumPassphraseScore);
    expect(strength.problems.length).toBeGreaterThan(0);
  });

  it.each(accepted)('accepts %j (%s)', (passphrase) => {
    const strength = estimatePassphraseStrength(passphrase);
    expect(strength.score).toBeGreaterThanOrEqual(minimumPassphraseScore);
    expect(strength.problems).toEqual([]);
  });

  it.each([
    ['床前明月光疑是地上霜', 'poem'],
    ['cqmygysdss', 'poem'],
    ['Zhangsan1988', 'name'],
    ['Zhangsan1988', 'date'],
    ['13912345678abc', 'phone-number'],
    ['1988年5月12日张伟', 'date'],
    ['一心一意万事如意', 'idiom'],
    ['一二三四五六七八九十', 'phrase'],
    ["asdfghjkl;'", 'keyboard'],
    ['aaaaaaaaaaaaaaaaaaaa', 'repetitive'],
    ['abcdefghijklmnop', 'sequence'],
    ['lisi123456', 'common'],
    ['Tq8#vLz2!', 'too-short'],
  ] as const)('names the problem of %j: %s', (passphrase, problem) => {
    expect(estimatePassphraseStrength(passphrase).problems).toContain(problem);
  });

  it('finds Chinese series the code points do not order, forwards and backwards', () => {
    for (const passphrase of ['子丑寅卯辰巳午未', '癸壬辛庚己戊丁丙', '鼠牛虎兔龙蛇马羊猴']) {
      expect(estimatePassphraseStrength(`Kq7!${passphrase}`).score).toBeLessThan(minimumPassphraseScore);
    }
  });

  it('counts the workspace name against the passphrase', () => {
    expect(estimatePassphraseStrength('城东门店老樟树下Kq', ['城东门店']).guessesLog10).toBeLessThan(estimatePassphraseStrength('城东门店老樟树下Kq').guessesLog10);
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
