import { ZxcvbnFactory, type MatchExtended } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { buildChineseDictionaries, chineseDictionaryNames, chineseMatchers, chinesePatternNames, encodeForStrength } from './passphrase-dictionary';

/** 0 … 4: zxcvbn's scale, by estimated guesses (<10³, <10⁶, <10⁸, <10¹⁰, more). */
export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

/** What makes a passphrase guessable, as catalogue keys (strength.*), most important first. */
export type PassphraseProblem =
  | 'too-short'
  | 'common'
  | 'name'
  | 'idiom'
  | 'poem'
  | 'phrase'
  | 'date'
  | 'phone-number'
  | 'keyboard'
  | 'repetitive'
  | 'sequence'
  | 'user-input'
  | 'add-more';

export type PassphraseStrength = Readonly<{
  score: PassphraseScore;
  /** log10 of the estimated guesses, for the meter. */
  guessesLog10: number;
  /** Why the score is low, as catalogue keys, most important first; empty when strong enough. */
  problems: readonly PassphraseProblem[];
}>;

/**
 * The lowest score a new passphrase may have: 4, at least 10¹⁰ guesses. The
 * key file travels in every backup, so an attacker with a backup guesses
 * offline against Argon2id; at ~10³ guesses a second on a GPU rig, 10¹⁰ is
 * months, 10⁸ a day.
 */
export const minimumPassphraseScore: PassphraseScore = 4;

/** Shortest passphrase accepted at all. */
export const minimumPassphraseLength = 10;

let factory: ZxcvbnFactory | null = null;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...dictionary, ...buildChineseDictionaries() }, graphs: adjacencyGraphs }, chineseMatchers);
  return factory;
}

function toScore(guesses: number): PassphraseScore {
  const delta = 5;
  if (guesses < 1e3 + delta) return 0;
  if (guesses < 1e6 + delta) return 1;
  if (guesses < 1e8 + delta) return 2;
  if (guesses < 1e10 + delta) return 3;
  return 4;
}

function problemOf(match: MatchExtended): PassphraseProblem | null {
  switch (match.pattern) {
    case 'dictionary': {
      const name = String(match['dictionaryName']);
      if (name === chineseDictionaryNames.names) return 'name';
      if (name === chineseDictionaryNames.idioms) return 'idiom';
      if (name === chineseDictionaryNames.poems) return 'poem';
      if (name === chineseDictionaryNames.phrases) return 'phrase';
      if (name === 'userInputs') return 'user-input';
      return name === 'passwords-common' ? 'common' : null;
    }
    case chinesePatternNames.patterns:
      return match['kind'] === 'phone' ? 'phone-number' : 'date';
    case 'date':
      return 'date';
    case 'regex':
      return 'date';
    case 'spatial':
      return 'keyboard';
    case 'repeat':
      return 'repetitive';
    case 'sequence':
    case chinesePatternNames.series:
      return 'sequence';
    default:
      return null;
  }
}

/**
 * Estimates how hard a passphrase is to guess, offline: zxcvbn (its common
 * passwords, English words and keyboard layouts) plus our Chinese material
 * (names and pinyin names, idioms, well-known poems and sayings, phone
 * numbers, Chinese dates, ordered series), with a Chinese character it
 * cannot explain counted as 100 guesses. A meter, not a proof.
 */
export function estimatePassphraseStrength(passphrase: string, userInputs: readonly string[] = []): PassphraseStrength {
  const normalized = passphrase.normalize('NFC');
  if (normalized === '') return { score: 0, guessesLog10: 0, problems: ['too-short'] };
  const inputs = userInputs.map(encodeForStrength);
  const best = variantsOf(normalized)
    .map((variant) => {
      const result = zxcvbn().check(encodeForStrength(variant.text), inputs);
      return { guesses: result.guesses * variant.cost, sequence: result.sequence };
    })
    .reduce((cheapest, next) => (next.guesses < cheapest.guesses ? next : cheapest));
  const tooShort = [...normalized].length < minimumPassphraseLength;
  const score = tooShort ? (Math.min(toScore(best.guesses), minimumPassphraseScore - 1) as PassphraseScore) : toScore(best.guesses);
  const found = [...new Set(best.sequence.map(problemOf).filter((problem): problem is PassphraseProblem => problem !== null))];
  const problems: PassphraseProblem[] = [...(tooShort ? ['too-short' as const] : []), ...(score < minimumPassphraseScore ? found : [])];
  if (score < minimumPassphraseScore && problems.length === 0) problems.push('add-more');
  return { score, guessesLog10: Math.log10(best.guesses), problems };
}

type Variant = Readonly<{ text: string; cost: number }>;

// Full-width punctuation and the shifted digit row, as an attacker folds them.
const punctuationOrSpace = /[\s\p{P}\p{S}]/gu;
const shiftedDigits: Readonly<Record<string, string>> = { '!': '1', '@': '2', '#': '3', $: '4', '%': '5', '^': '6', '&': '7', '*': '8', '(': '9', ')': '0' };

/**
 * The passphrase as typed, and two cheaper ways an attacker reaches it: the
 * same words without spaces and punctuation (床前明月光，疑是地上霜。 is a line
 * of a poem with two marks, each one of ~11 choices), and the keyboard
 * unshifted and in lower case (1qaz@WSX is the walk 1qaz2wsx, each shift
 * doubling the guesses). Otherwise zxcvbn counts every extra piece as a new
 * unknown part of the pattern.
 */
function variantsOf(passphrase: string): Variant[] {
  const bare = passphrase.replace(punctuationOrSpace, '');
  const removed = [...passphrase].length - [...bare].length;
  let shifted = 0;
  const unshifted = [...passphrase]
    .map((character) => {
      const digit = shiftedDigits[character] ?? (/[A-Z]/.test(character) ? character.toLowerCase() : character);
      if (digit !== character) shifted += 1;
      return digit;
    })
    .join('');
  return [
    { text: passphrase, cost: 1 },
    ...(removed > 0 && bare !== '' ? [{ text: bare, cost: 11 ** removed }] : []),
    ...(shifted > 0 ? [{ text: unshifted, cost: 2 ** shifted }] : []),
  ];
}
