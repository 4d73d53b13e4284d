import { normalizeForLinks, originalSpan, type NormalizedText } from './text-normalizer';

/** A link as the allowlist compares it: host in lower case without `www.`, path as written (no query, no trailing slash). */
export type LinkAddress = Readonly<{ host: string; path: string }>;

/** A link or phone number found in a text, with its range in the original. */
export type FoundLink = Readonly<{ start: number; end: number; text: string; address: LinkAddress }>;
export type FoundPhone = Readonly<{ start: number; end: number; text: string; digits: string; kind: PhoneKind }>;
export type PhoneKind = 'mobile' | 'landline' | 'service';

// Top-level domains a bare name (no http://, no www.) must end with to count
// as a link: without this, 合同.pdf or v2.0 would be links.
const commonTopLevelDomains = new Set(
  (
    'com cn net org gov edu cc co io me tv top vip xyz info biz shop club site online store tech app ltd link mobi asia hk mo tw ' +
    'us uk jp kr la ly gl im to ws pw ren wang xin ink fun icu work live cloud pro red kim love group art wiki cool life world today news'
  ).split(' '),
);

// One run of characters a link can be written with (after full-width folding).
const linkRun = /[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%[\]]+/g;
const scheme = /^[A-Za-z][A-Za-z0-9+.-]{0,15}:\/\//;
const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Parses one run of link characters; null when it is not a link (a file name, a version number, an e-mail address). */
export function parseLinkAddress(run: string): LinkAddress | null {
  let rest = run.replace(/[.,;:!?'")\]]+$/, '');
  const hasScheme = scheme.test(rest);
  rest = rest.replace(scheme, '');
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const tail = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  // An e-mail address is not a link; a link with user details is (it hides its host).
  if (authority.includes('@') && !hasScheme) return null;
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d{1,5}$/, '').toLowerCase();
  if (host.length === 0 || host.length > 253) return null;
  if (ipv4.test(host)) return hasScheme ? { host, path: pathOf(tail) } : null;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((part) => label.test(part))) return null;
  const topLevel = labels.at(-1) ?? '';
  if (!/^[a-z]{2,24}$/.test(topLevel)) return null;
  const www = labels[0] === 'www';
  if (!hasScheme && !www && !commonTopLevelDomains.has(topLevel)) return null;
  return { host: www ? labels.slice(1).join('.') : host, path: pathOf(tail) };
}

function pathOf(tail: string): string {
  const path = tail.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path;
}

/** Every link of a normalised text. */
export function findLinks(normalized: NormalizedText): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of normalized.text.matchAll(linkRun)) {
    // Punctuation before a link (网址：https://…, folded to ASCII) is not part of it.
    const lead = /^[^A-Za-z0-9]*/.exec(match[0])?.[0].length ?? 0;
    const trimmed = match[0].slice(lead).replace(/[.,;:!?'")\]]+$/, '');
    const address = parseLinkAddress(trimmed);
    if (address === null) continue;
    const from = match.index + lead;
    found.push({ ...originalSpan(normalized, from, from + trimmed.length), text: trimmed, address });
  }
  return found;
}

/** True when the link's host is the entry's or one of its subdomains, and its path starts with the entry's. */
export function isLinkAllowed(link: LinkAddress, allowed: readonly LinkAddress[]): boolean {
  return allowed.some((entry) => {
    const sameSite = link.host === entry.host || link.host.endsWith(`.${entry.host}`);
    return sameSite && (entry.path === '' || link.path === entry.path || link.path.startsWith(`${entry.path}/`));
  });
}

/** True when the host is a link shortener's (t.cn/…): the link hides where it leads. */
export function isShortLink(link: LinkAddress, shortLinkHosts: readonly string[]): boolean {
  return shortLinkHosts.some((host) => link.host === host || link.host.endsWith(`.${host}`));
}

/** Digits and what kind of number they are: 11-digit mobile, landline with area code, 400/800 service line. */
export function classifyPhoneDigits(raw: string): Readonly<{ digits: string; kind: PhoneKind }> | null {
  const digits = raw.replace(/^(?:0086|86)(?=1[3-9]\d{9}$)/, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return { digits, kind: 'mobile' };
  if (/^(?:400|800)\d{7}$/.test(digits)) return { digits, kind: 'service' };
  if (/^0[1-9]\d{8,10}$/.test(digits)) return { digits, kind: 'landline' };
  return null;
}

// Between two groups of digits of one number: a space, a dash, a dot, brackets (0755-8888 6666, (010)12345678).
const groupGap = /^[\s\-\u2010-\u2015.·()]{1,2}$/u;
const maximumNumberDigits = 14;

type DigitGroup = Readonly<{ from: number; to: number; digits: string }>;

/**
 * Every phone number of a normalised text, also when its digits are split by
 * spaces or dashes (138 0013 8000) or written full-width (１３８…).
 */
export function findPhones(normalized: NormalizedText): FoundPhone[] {
  const text = normalized.text;
  const groups: DigitGroup[] = [...text.matchAll(/\d+/g)].map((match) => ({ from: match.index, to: match.index + match[0].length, digits: match[0] }));
  const found: FoundPhone[] = [];
  let first = 0;
  while (first < groups.length) {
    let digits = '';
    let best: Readonly<{ last: number; digits: string; kind: PhoneKind }> | null = null;
    for (let last = first; last < groups.length; last += 1) {
      const group = groups[last]!;
      if (last > first && !groupGap.test(text.slice(groups[last - 1]!.to, group.from))) break;
      digits += group.digits;
      if (digits.length > maximumNumberDigits) break;
      const number = classifyPhoneDigits(digits);
      if (number !== null) best = { last, ...number };
    }
    const startGroup = groups[first]!;
    // Part of a longer run of digits (an order number): not a phone number.
    const touchesDigits = best !== null && /\d/.test(text[startGroup.from - 1] ?? '');
    if (best === null || touchesDigits) {
      first += 1;
      continue;
    }
    const from = text[startGroup.from - 1] === '+' ? startGroup.from - 1 : startGroup.from;
    const to = groups[best.last]!.to;
    found.push({ ...originalSpan(normalized, from, to), text: text.slice(from, to), digits: best.digits, kind: best.kind });
    first = best.last + 1;
  }
  return found;
}

/** An allowlist entry typed by the merchant, as a link address; null when it is not one. */
export function parseAllowlistLink(value: string): LinkAddress | null {
  const text = normalizeForLinks(value.trim()).text;
  // An e-mail address, or a link with user details, is not a site of the merchant's.
  if (text.includes('@')) return null;
  const runs = text.match(linkRun);
  if (runs === null || runs.length !== 1 || runs[0] !== text) return null;
  // The merchant's own site may end in any top-level domain: read it as if typed with a scheme.
  return parseLinkAddress(scheme.test(text) ? text : `https://${text}`);
}

/** An allowlist entry typed by the merchant, as the digits of a phone number; null when it is not one. */
export function parseAllowlistPhone(value: string): string | null {
  const text = normalizeForLinks(value.trim()).text;
  if (!/^\+?[\d\s\-\u2010-\u2015.()]+$/u.test(text)) return null;
  return classifyPhoneDigits(text.replace(/\D/g, ''))?.digits ?? null;
}

/** How an allowlisted link is written back: host and path. */
export function formatLinkAddress(address: LinkAddress): string {
  return `${address.host}${address.path}`;
}
