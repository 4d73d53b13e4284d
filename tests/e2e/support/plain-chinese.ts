import type { Page } from '@playwright/test';

// What a merchant may read besides Chinese: names of products and formats
// they meet elsewhere, units, and single capital letters used as letters
// (审核人 A / B; 不使用字母 I、O、Z、S、V). Everything else in Latin letters
// is an English word or an internal id.
const productNames = new Set([
  'Excel', 'WPS', 'PDF', 'Windows', 'macOS', 'Linux', 'Chromium', 'Chrome', 'Edge', 'Electron', 'API', 'IP', 'SHA', 'JSON', 'CSV', 'UTF', 'GBK',
  'JPG', 'JPEG', 'PNG', 'WebP', 'KB', 'MB', 'GB',
]);
const fileExtensions = new Set(['pdf', 'xlsx', 'xls', 'json', 'csv', 'smsbak', 'png', 'jpg', 'jpeg', 'webp', 'txt']);

/**
 * Words allowed on one screen only, each with the reason. Add here, with a
 * comment, rather than loosening the rules above.
 */
export const screenWordExceptions: Readonly<Record<string, readonly string[]>> = {
  // 设置 → 日历 names the two fields of the calendar file the merchant fills
  // in, as the file spells them (the file format keeps English keys).
  settings: ['holidays', 'workdays'],
  // 发送白名单 holds web addresses, and its form says the https:// before one may be left out.
  'sending-allowlist': ['https'],
  // The same form in the walk of every ledger (every-ledger-screen.spec.ts), named by its ledger's id.
  'ledger-sending-allowlist': ['https'],
};

/**
 * Findings on screens other engineers are changing right now, to be fixed
 * there: each entry names the screen and the exact text, and why it is
 * tolerated until then. The walk reports them (annotations) instead of
 * failing; delete an entry once its screen is fixed, and the walk enforces it.
 */
export const knownFindings: ReadonlyArray<Readonly<{ screen: RegExp; text: RegExp; reason: string }>> = [];

export type VisibleText = Readonly<{ text: string; where: string }>;

/** Every piece of text a user can see on the page: text nodes of rendered elements, placeholders, options of visible selects. */
export async function collectVisibleText(page: Page): Promise<VisibleText[]> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const id = element.getAttribute('data-testid');
      const className = typeof element.className === 'string' && element.className !== '' ? `.${element.className.split(' ')[0]}` : '';
      return `${element.tagName.toLowerCase()}${id === null ? '' : `[data-testid=${id}]`}${className}`;
    };
    const isShown = (element: Element) =>
      element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && element.getClientRects().length > 0;
    const found: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (parent === null || text === '' || parent.closest('script, style, template') !== null) continue;
      // Text the page asks not to translate is data (a code, a hash, a user's own words), not interface text.
      if (parent.closest('[translate="no"]') !== null) continue;
      if (parent.tagName === 'OPTION') {
        const select = parent.closest('select');
        if (select !== null && isShown(select)) found.push({ text, where: describe(select) });
        continue;
      }
      if (isShown(parent)) found.push({ text, where: describe(parent) });
    }
    for (const field of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      const placeholder = field.getAttribute('placeholder')?.trim() ?? '';
      if (placeholder !== '' && isShown(field)) found.push({ text: placeholder, where: `${describe(field)}@placeholder` });
    }
    return found;
  });
}

export type Finding = Readonly<{ token: string; text: string; where: string; kind: 'english' | 'internal-id' }>;

// Latin runs joined by - _ . / (kebab-case, snake_case, paths and codes are one token).
const latinToken = /[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*/g;
// Template keys that are not words of the letter: an item id with its hyphen
// suffix (一(二)1-1) and the sole-proprietor box's id.
const templateId = /[一二三四五六七八九十]+[(（][一二三四五六七八九十]+[)）]\d+-\d+|特殊情况说明-勾选/g;
// A catalogue placeholder that was never filled.
const placeholder = /\{[A-Za-z]\w*\}/g;

function latinFindings(text: string, allowed: ReadonlySet<string>): string[] {
  const isAllowed = (word: string) => allowed.has(word) || productNames.has(word);
  const flagged: string[] = [];
  for (const match of text.matchAll(latinToken)) {
    const token = match[0];
    if (isAllowed(token)) continue;
    // [part, separator, part, …]: an extension is a part after a dot (合同.pdf, 异议函-2026-11-29.pdf).
    const pieces = token.split(/([-_./])/);
    const words = pieces.filter((piece, index) => {
      if (index % 2 === 1 || !/^[A-Za-z]+$/.test(piece) || isAllowed(piece)) return false;
      const separator = index === 0 ? text[match.index - 1] : pieces[index - 1];
      if (separator === '.' && fileExtensions.has(piece.toLowerCase())) return false;
      // A capital letter on its own names a letter (审核人 A; 字母 I、O).
      return !(pieces.length === 1 && /^[A-Z]$/.test(piece));
    });
    // Codes (a credit code, a recovery code, a hash) mix letters and digits: data, not words.
    if (words.length > 0 || /[a-z][A-Z]/.test(token)) flagged.push(token);
  }
  return flagged;
}

/** The English words and internal ids in the texts, with where each was seen. */
export function findForeignWords(texts: readonly VisibleText[], screenExceptions: readonly string[] = []): Finding[] {
  const allowed = new Set(screenExceptions);
  const findings: Finding[] = [];
  for (const { text, where } of texts) {
    for (const token of latinFindings(text, allowed)) findings.push({ token, text, where, kind: /[-_./]|[a-z][A-Z]/.test(token) ? 'internal-id' : 'english' });
    for (const match of text.matchAll(templateId)) findings.push({ token: match[0], text, where, kind: 'internal-id' });
    for (const match of text.matchAll(placeholder)) findings.push({ token: match[0], text, where, kind: 'internal-id' });
  }
  return findings;
}

/** Splits findings into those a known finding of this screen explains and the rest. */
export function separateKnownFindings(screen: string, findings: readonly Finding[], tolerated = knownFindings): { known: Finding[]; unexpected: Finding[] } {
  const known: Finding[] = [];
  const unexpected: Finding[] = [];
  for (const finding of findings) {
    const explained = tolerated.some((entry) => entry.screen.test(screen) && (entry.text.test(finding.text) || entry.text.test(finding.token)));
    (explained ? known : unexpected).push(finding);
  }
  return { known, unexpected };
}
