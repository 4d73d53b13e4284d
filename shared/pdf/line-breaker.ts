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
    if (current === '' && /^\s+$/u.test(token)) continue;
    if (measure(current + token) <= limit() || current === '') {
      current += token;
      continue;
    }
    if (lineStartForbidden.has(token[0]!)) {
      current += token;
      continue;
    }
    const last = [...current].at(-1);
    if (last !== undefined && lineEndForbidden.has(last)) {
      current = current.slice(0, -last.length);
      pushLine();
      current = last + (/^\s+$/u.test(token) ? '' : token);
      continue;
    }
    pushLine();
    if (!/^\s+$/u.test(token)) current = token;
  }
  if (current !== '') pushLine();
  return lines;
}

function expandLongTokens(tokens: readonly string[], maxWidth: number, measure: Measure): string[] {
  return tokens.flatMap((token) => (token.length > 1 && measure(token) > maxWidth ? [...token] : [token]));
}
