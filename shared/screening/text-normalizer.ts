/**
 * A text prepared for matching: each UTF-16 unit of `text` knows the range
 * of the original it came from, so a hit found in it is shown where the
 * merchant typed it.
 */
export type NormalizedText = Readonly<{ text: string; starts: readonly number[]; ends: readonly number[] }>;

// What senders put between the characters of a word to slip it past filters:
// spaces of every width, zero-width characters, and filler symbols.
const filler = /^[\s\u00ad\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff*#@_\-|/\\.·•~^`'"、]$/u;

type Mapping = (character: string) => string;

function normalize(input: string, map: Mapping): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of input) {
    const mapped = map(character);
    for (let unit = 0; unit < mapped.length; unit += 1) {
      starts.push(index);
      ends.push(index + character.length);
    }
    text += mapped;
    index += character.length;
  }
  return { text, starts, ends };
}

/** Full-width letters and digits as ASCII (ｈｔｔｐ, １３８), compatibility forms unfolded (①→1). */
function compatible(character: string): string {
  return character.normalize('NFKC');
}

/**
 * For word lists: full-width folded, lower case, and the filler between
 * characters dropped (赌 博, 赌*博 and 赌‍博 all read 赌博).
 */
export function normalizeForWords(input: string): NormalizedText {
  return normalize(input, (character) => {
    const folded = compatible(character).toLowerCase();
    return filler.test(folded) ? '' : folded;
  });
}

/** A word of a list, normalised the way the texts it is looked for in are. */
export function normalizeWord(word: string): string {
  return normalizeForWords(word).text;
}

/**
 * For links and numbers: full-width folded (case kept: a short link's path
 * is case-sensitive) and the ideographic full stop read as a dot
 * (example。com).
 */
export function normalizeForLinks(input: string): NormalizedText {
  return normalize(input, (character) => (character === '\u3002' ? '.' : compatible(character)));
}

/** The original range of normalised units [from, to). */
export function originalSpan(normalized: NormalizedText, from: number, to: number): Readonly<{ start: number; end: number }> {
  const start = normalized.starts[from] ?? 0;
  const end = normalized.ends[Math.max(from, to - 1)] ?? start;
  return { start, end };
}
