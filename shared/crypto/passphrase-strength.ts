/** 0 很弱 … 4 很强; creating a workspace needs at least `minimumPassphraseScore`. */
export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

export type PassphraseStrength = Readonly<{
  score: PassphraseScore;
  /** Estimated guesses in bits, for the meter. */
  bits: number;
  /** Why the score is low, as catalogue keys, most important first. */
  problems: readonly PassphraseProblem[];
}>;

export type PassphraseProblem = 'too-short' | 'common' | 'repetitive' | 'sequence' | 'one-kind';

/** The lowest score a new passphrase may have. */
export const minimumPassphraseScore: PassphraseScore = 2;

/** Shortest passphrase accepted at all. */
export const minimumPassphraseLength = 10;

// Passwords that top every leaked list, in China as elsewhere; a passphrase
// built around one of them gains almost nothing from its length.
const commonWords = [
  'password', 'passw0rd', 'qwerty', 'qwertyuiop', 'asdfgh', 'zxcvbn', 'abc123', 'admin', 'iloveyou',
  'woaini', 'woaini1314', '5201314', '1314520', 'aini1314', 'a123456', 'qq123456', 'letmein', 'welcome',
  'zhangwei', 'wangwei', 'monkey', 'dragon', 'baseball', 'football', 'princess', 'sunshine', '888888',
  '666666', '123123', '112233', '147258', '159357', 'huawei', 'xiaomi', 'taobao', 'weixin', 'alipay',
];

/**
 * Estimates how hard a passphrase is to guess, offline, from its length, its
 * kinds of characters, and the patterns people use (repeats, sequences,
 * well-known passwords). A rough meter, not a proof.
 */
export function estimatePassphraseStrength(passphrase: string): PassphraseStrength {
  const characters = [...passphrase];
  const problems: PassphraseProblem[] = [];
  if (characters.length < minimumPassphraseLength) problems.push('too-short');

  const lower = passphrase.toLowerCase();
  const common = commonWords.find((word) => lower.includes(word));
  if (common !== undefined) problems.push('common');

  const pool = characterPoolSize(characters);
  const effective = effectiveLength(characters, common);
  if (effective < characters.length * 0.6 && characters.length > 0) problems.push('repetitive');
  if (hasLongSequence(characters)) problems.push('sequence');
  if (countKinds(characters) === 1 && characters.length > 0 && pool < 100) problems.push('one-kind');

  const bits = Math.round(effective * Math.log2(Math.max(pool, 1)));
  const score = toScore(bits, problems);
  return { score, bits, problems };
}

function toScore(bits: number, problems: readonly PassphraseProblem[]): PassphraseScore {
  if (problems.includes('too-short')) return bits >= 40 ? 1 : 0;
  const raw: PassphraseScore = bits >= 90 ? 4 : bits >= 70 ? 3 : bits >= 50 ? 2 : bits >= 35 ? 1 : 0;
  return problems.includes('common') ? (Math.min(raw, 1) as PassphraseScore) : raw;
}

function characterPoolSize(characters: readonly string[]): number {
  let pool = 0;
  if (characters.some((c) => /[0-9]/.test(c))) pool += 10;
  if (characters.some((c) => /[a-z]/.test(c))) pool += 26;
  if (characters.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (characters.some((c) => /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c))) pool += 33;
  // A Chinese character drawn from the few thousand in daily use.
  if (characters.some((c) => /[\u3400-\u9fff]/.test(c))) pool += 3000;
  if (characters.some((c) => !/[\x20-\x7e\u3400-\u9fff]/.test(c))) pool += 100;
  return pool;
}

function countKinds(characters: readonly string[]): number {
  const kinds = [/[0-9]/, /[a-z]/, /[A-Z]/, /[\u3400-\u9fff]/, /[^0-9a-zA-Z\u3400-\u9fff]/];
  return kinds.filter((kind) => characters.some((c) => kind.test(c))).length;
}

// Counts characters that add information: a repeat of the previous character,
// or a step of +1/-1 from it, adds little; a known word counts as two.
function effectiveLength(characters: readonly string[], common: string | undefined): number {
  let length = 0;
  for (let i = 0; i < characters.length; i += 1) {
    const previous = characters[i - 1]?.codePointAt(0);
    const current = characters[i]!.codePointAt(0)!;
    const isRepeat = previous === current;
    const isStep = previous !== undefined && Math.abs(current - previous) === 1;
    length += isRepeat || isStep ? 0.25 : 1;
  }
  if (common !== undefined) length = Math.max(length - common.length + 2, 0);
  return length;
}

function hasLongSequence(characters: readonly string[]): boolean {
  let run = 1;
  for (let i = 1; i < characters.length; i += 1) {
    const step = characters[i]!.codePointAt(0)! - characters[i - 1]!.codePointAt(0)!;
    run = Math.abs(step) === 1 || step === 0 ? run + 1 : 1;
    if (run >= 4) return true;
  }
  return false;
}
