import { MatcherBaseClass, type Matcher, type MatchExtended, type OptionsDictionary } from '@zxcvbn-ts/core';
import {
  chineseFullNames,
  chineseGivenNames,
  chineseIdioms,
  chinesePhrases,
  chinesePoems,
  chineseSeries,
  chineseSurnames,
  type ChineseEntry,
} from './passphrase-words.zh-CN';

// zxcvbn prices a character it cannot explain at 10 guesses, any character.
// A Chinese character is one of thousands; phrases are predictable, but not
// that predictable. So every Chinese character goes into zxcvbn followed by
// a private-use mark and counts as two characters (100 guesses) everywhere:
// in the passphrase, in every dictionary word and in our matchers' tokens.
// Pricing it inside zxcvbn (rather than after) keeps its search for the
// cheapest explanation exact.
const hanziMark = '\ue000';
const hanziPattern = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** The text as zxcvbn is given it: each Chinese character followed by the mark. */
export function encodeForStrength(text: string): string {
  let encoded = '';
  for (const character of text.replaceAll(hanziMark, '')) encoded += hanziPattern.test(character) ? `${character}${hanziMark}` : character;
  return encoded;
}

// The plain text of an encoded password, and for each of its UTF-16 units the
// index of the same unit in the encoded text.
function decodeWithIndex(encoded: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let index = 0; index < encoded.length; index += 1) {
    if (encoded[index] === hanziMark) continue;
    text += encoded[index];
    at.push(index);
  }
  return { text, at };
}

// A match found in the plain text, moved onto the encoded text.
function toEncodedMatch(encoded: string, at: readonly number[], text: string, i: number, j: number, extra: Record<string, unknown>): MatchExtended {
  const start = at[i]!;
  const end = at[j]! + (encoded[at[j]! + 1] === hanziMark ? 1 : 0);
  return { ...extra, pattern: String(extra['pattern']), token: encoded.slice(start, end + 1), i: start, j: end, plain: text.slice(i, j + 1) };
}

/** The names of our own dictionaries, as zxcvbn reports them in a match. */
export const chineseDictionaryNames = {
  names: 'chinese-names',
  idioms: 'chinese-idioms',
  poems: 'chinese-poems',
  phrases: 'chinese-phrases',
} as const;

/** The pattern names our matchers give their matches (zxcvbn scores a match by its pattern's matcher). */
export const chinesePatternNames = { patterns: 'chinese-patterns', series: 'chinese-series' } as const;

const joined = (pinyin: string) => pinyin.replaceAll(' ', '');
const initials = (pinyin: string) =>
  pinyin
    .split(' ')
    .map((syllable) => syllable[0] ?? '')
    .join('');

// Every way people type an entry: the characters, the pinyin run together,
// and (for long entries) the initials (cqmyg for 床前明月光).
function formsOf([characters, pinyin]: ChineseEntry, withInitials: boolean): string[] {
  return [encodeForStrength(characters), joined(pinyin), ...(withInitials && characters.length >= 4 ? [initials(pinyin)] : [])];
}

const unique = (words: readonly string[]) => [...new Set(words.filter((word) => word.length > 0))];

// A poem's lines, each pair of neighbouring lines, and the whole poem:
// "床前明月光疑是地上霜" is one guess, not two.
function poemForms(poem: readonly ChineseEntry[]): string[] {
  const pairs = poem.slice(1).map((line, index) => [`${poem[index]![0]}${line[0]}`, `${poem[index]![1]} ${line[1]}`] as const);
  const whole = [poem.map((line) => line[0]).join(''), poem.map((line) => line[1]).join(' ')] as const;
  return [...poem.flatMap((line) => formsOf(line, true)), ...pairs.flatMap((pair) => formsOf(pair, false)), ...formsOf(whole, false)];
}

/**
 * The Chinese dictionaries added to zxcvbn's common ones: surnames, given
 * names and whole names (张三, zhangsan, wangfang), idioms, well-known lines
 * of poetry and sayings, in characters and in pinyin. Earlier entries rank
 * as more likely.
 */
export function buildChineseDictionaries(): OptionsDictionary {
  const names = unique([
    ...chineseFullNames.flatMap((entry) => formsOf(entry, false)),
    ...chineseSurnames.flatMap((entry) => formsOf(entry, false)),
    ...chineseGivenNames.flatMap((entry) => formsOf(entry, false)),
  ]);
  return {
    [chineseDictionaryNames.names]: names,
    [chineseDictionaryNames.idioms]: unique(chineseIdioms.flatMap((entry) => formsOf(entry, true))),
    [chineseDictionaryNames.poems]: unique(chinesePoems.flatMap(poemForms)),
    [chineseDictionaryNames.phrases]: unique([...chinesePhrases, ...chineseSeries].flatMap((entry) => formsOf(entry, false))),
  };
}

/** What a match of our pattern matcher is: a phone number or a date written the Chinese way. */
export type ChinesePatternKind = 'phone' | 'date';

type PatternRule = Readonly<{ kind: ChinesePatternKind; regex: RegExp; guesses: number }>;

// What someone who targets this merchant knows or tries early: phone numbers
// (printed on the shop sign) and dates written the Chinese way.
const patternRules: readonly PatternRule[] = [
  { kind: 'phone', regex: /(?<!\d)1[3-9]\d{9}(?!\d)/g, guesses: 1e6 },
  { kind: 'phone', regex: /(?<!\d)(?:0\d{2,3}[- ]?)?[2-9]\d{6,7}(?!\d)/g, guesses: 1e6 },
  { kind: 'phone', regex: /(?<!\d)[48]00[- ]?\d{3}[- ]?\d{4}(?!\d)/g, guesses: 1e5 },
  { kind: 'date', regex: /(?:(?:19|20)\d{2}|[一二][零〇九]?[零〇一二三四五六七八九]{2})年(?:[01]?\d|[一二三四五六七八九十]{1,2})月(?:(?:[0-3]?\d|[一二三]?十?[一二三四五六七八九]?)[日号])?/g, guesses: 100 * 366 },
];

function matchPatterns(password: string): MatchExtended[] {
  const { text, at } = decodeWithIndex(password);
  return patternRules.flatMap(({ kind, regex, guesses }) =>
    [...text.matchAll(new RegExp(regex.source, regex.flags))].map((found) =>
      toEncodedMatch(password, at, text, found.index, found.index + found[0].length - 1, { pattern: chinesePatternNames.patterns, kind, fixedGuesses: guesses }),
    ),
  );
}

// Runs of three or more items of a known series, forwards or backwards:
// 一二三四, 甲乙丙, 子丑寅卯, 癸壬辛.
function matchSeries(password: string): MatchExtended[] {
  const { text, at } = decodeWithIndex(password);
  const matches: MatchExtended[] = [];
  const characters = [...text];
  for (const [series] of chineseSeries) {
    const items = [...series];
    for (const order of [items, [...items].reverse()]) {
      let start = 0;
      while (start < characters.length) {
        const position = order.indexOf(characters[start]!);
        let length = 0;
        while (position >= 0 && start + length < characters.length && order[position + length] === characters[start + length]) length += 1;
        if (length >= 3) {
          const i = characters.slice(0, start).join('').length;
          const j = i + characters.slice(start, start + length).join('').length - 1;
          matches.push(toEncodedMatch(password, at, text, i, j, { pattern: chinesePatternNames.series, fixedGuesses: 40 * length * (order === items ? 1 : 2) }));
          start += length;
        } else start += 1;
      }
    }
  }
  return matches;
}

function customMatcher(match: (password: string) => MatchExtended[]): Matcher {
  return {
    Matching: class extends MatcherBaseClass {
      match({ password }: { password: string }): MatchExtended[] {
        return match(password);
      }
    },
    scoring: (found) => (found as MatchExtended & { fixedGuesses: number }).fixedGuesses,
    feedback: () => null,
  };
}

/** zxcvbn matchers for Chinese phone numbers, Chinese dates and ordered Chinese series. */
export const chineseMatchers: Readonly<Record<string, Matcher>> = {
  [chinesePatternNames.patterns]: customMatcher(matchPatterns),
  [chinesePatternNames.series]: customMatcher(matchSeries),
};
