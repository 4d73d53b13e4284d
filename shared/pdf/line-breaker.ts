/** Width of a text at the current font and size, in the layout's units. */
export type Measure = (text: string) => number;

/** Characters that must not start a line (Chinese line-breaking rules, and their ASCII twins). */
export const lineStartForbidden = new Set([...'，。、；：？！）」』》〉】〕”’…—·,.;:?!)]}%']);

/** Characters that must not end a line. */
export const lineEndForbidden = new Set([...'（「『《〈【〔“‘([{']);

// A run of Latin letters and digits stays whole ("API", "90", "537.36",
// "x86_64", "AppleWebKit/537.36"); anything longer than a line is split anyway.
const tokenPattern = /[A-Za-z0-9@#&+=_]+(?:[./:-][A-Za-z0-9@#&+=_]+)*|\s+|[^]/gu;

function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/**
 * Breaks text into lines no wider than `maxWidth`, character by character as
 * Chinese is set: closing punctuation never starts a line (it hangs at the end
 * of the previous one instead) and opening punctuation never ends one; Latin
 * words and numbers are not split unless longer than a line. Lines come out
 * full, not broken only at spaces as `splitTextToSize` does.
 */
export function breakLines(text: string, maxWidth: number, measure: Measure, firstLineMaxWidth = maxWidth): string[] {
  const lines: string[] = [];
  let current = '';
  const limit = () => (lines.length === 0 ? firstLineMaxWidth : maxWidth);

  const pushLine = () => {
    lines.push(current.replace(/\s+$/u, ''));
    current = '';
  };

  for (const token of expandLongTokens(tokenize(text), maxWidth, measure)) {
    // A space never breaks a line by itself: the next token decides (a closing
    // mark after it hangs like any other), and trailing spaces are trimmed.
    if (/^\s+$/u.test(token)) {
      if (current !== '') current += token;
      continue;
    }
    if (current === '' || measure(current + token) <= limit() || lineStartForbidden.has(token[0]!)) {
      current += token;
      continue;
    }
    // Opening marks at the end (and any space among them) go down with what they open.
    const chars = [...current];
    let cut = chars.length;
    while (cut > 0 && (/\s/u.test(chars[cut - 1]!) || lineEndForbidden.has(chars[cut - 1]!))) cut -= 1;
    const kept = chars.slice(0, cut).join('');
    if (kept !== '' && kept !== current.replace(/\s+$/u, '')) {
      const moved = chars.slice(cut).join('').replace(/^\s+/u, '');
      current = kept;
      pushLine();
      current = moved + token;
      continue;
    }
    if (kept === '') {
      // A line of nothing but opening marks: the token stays with them.
      current += token;
      continue;
    }
    pushLine();
    current = token;
  }
  if (current !== '') pushLine();
  return lines;
}

function expandLongTokens(tokens: readonly string[], maxWidth: number, measure: Measure): string[] {
  return tokens.flatMap((token) => (token.length > 1 && measure(token) > maxWidth ? [...token] : [token]));
}
