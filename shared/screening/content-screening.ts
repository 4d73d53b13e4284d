import { formatMessage } from '../i18n/zh-CN';
import { findLinks, findPhones, isLinkAllowed, isShortLink, type FoundLink, type FoundPhone, type LinkAddress } from './links-and-phones';
import { maximumHits, type HitCategory, type ScreeningHit } from './hit-categories';
import type { ScreeningRule, ScreeningRules } from './screening-rules';
import { normalizeForLinks, normalizeForWords, normalizeWord, type NormalizedText } from './text-normalizer';

/** What the screening needs besides the text: the scenario chosen and the merchant's allowlist. */
export type ScreeningContext = Readonly<{
  scenario: Readonly<{ id: string; marketing: boolean }>;
  allowedLinks: readonly LinkAddress[];
  allowedPhones: readonly string[];
}>;

const verificationCodeScenario = 'verification-code';

/**
 * 一(二)1: screens an SMS before review. The four prohibited categories are
 * rule sets of the word lists; links and phone numbers not on the
 * allowlist, marketing wording outside a marketing scenario and a 验证码
 * message without a code are flagged too. Pure, and never throws: any string
 * in, hits out, in order of position.
 */
export function screenContent(content: string, context: ScreeningContext, rules: ScreeningRules): ScreeningHit[] {
  try {
    const words = normalizeForWords(content);
    const plain = normalizeForLinks(content);
    const links = findLinks(plain);
    // Digits inside a link (a path, a port) are part of the link, not a phone number.
    const phones = findPhones(plain).filter((phone) => !links.some((link) => phone.start < link.end && phone.end > link.start));
    const hits = [
      ...wordHits(words, rules.rules, context),
      ...linkHits(links, context, rules.shortLinkHosts),
      ...phoneHits(phones, context),
      ...codeHits(content, plain, phones, context),
    ];
    return hits.sort((a, b) => a.start - b.start || a.end - b.end).slice(0, maximumHits);
  } catch {
    // A defect here must not stop a review: say the screening could not run, as a hit over the whole text.
    return [{ start: 0, end: content.length, category: 'unscreened', rule: 'unscreened', text: '', explanation: formatMessage('screening.explain.unscreened') }];
  }
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

function wordHits(words: NormalizedText, rules: readonly ScreeningRule[], context: ScreeningContext): ScreeningHit[] {
  const hits: ScreeningHit[] = [];
  for (const rule of rules) {
    if (rule.category === 'marketing' && context.scenario.marketing) continue;
    if (rule.context !== undefined && !rule.context.some((entry) => words.text.includes(normalizeWord(entry)))) continue;
    const category: HitCategory = rule.category === 'marketing' ? 'marketing-wording' : rule.category;
    const explanation = rule.category === 'marketing' ? `${rule.explanation}${formatMessage('screening.explain.marketingScenario')}` : rule.explanation;
    const found: ScreeningHit[] = [];
    for (const entry of rule.words) {
      const needle = normalizeWord(entry);
      for (const at of occurrences(words.text, needle)) {
        const start = words.starts[at] ?? 0;
        const end = words.ends[at + needle.length - 1] ?? start;
        found.push({ start, end, category, rule: rule.id, text: entry.trim(), explanation });
      }
    }
    // One hit per place: 优惠 inside 优惠券 is the same place as 优惠券.
    hits.push(...found.filter((hit, index) => !found.some((other, otherIndex) => otherIndex !== index && other.start <= hit.start && other.end >= hit.end && (other.end - other.start > hit.end - hit.start || otherIndex < index))));
  }
  return hits;
}

function linkHits(links: readonly FoundLink[], context: ScreeningContext, shortLinkHosts: readonly string[]): ScreeningHit[] {
  return links.flatMap((link): ScreeningHit[] => {
    if (isLinkAllowed(link.address, context.allowedLinks)) return [];
    const short = isShortLink(link.address, shortLinkHosts);
    return [
      {
        start: link.start,
        end: link.end,
        category: short ? 'short-link' : 'link',
        rule: short ? 'short-link' : 'link-not-allowed',
        text: link.text,
        explanation: formatMessage(short ? 'screening.explain.shortLink' : 'screening.explain.link'),
      },
    ];
  });
}

function phoneHits(phones: readonly FoundPhone[], context: ScreeningContext): ScreeningHit[] {
  return phones
    .filter((phone) => !context.allowedPhones.includes(phone.digits))
    .map((phone) => ({ start: phone.start, end: phone.end, category: 'phone', rule: 'phone-not-allowed', text: phone.text, explanation: formatMessage('screening.explain.phone') }));
}

// A code: 4 to 8 digits standing alone, not a year, an amount or a time; or a template's placeholder for one.
const codeDigits = /(?<![\dA-Za-z¥￥$])(?<!\d\.)\d{4,8}(?![\dA-Za-z%年月日号元块分秒时])(?!\.\d)/g;
const placeholder = /\$\{[^{}\s]{1,30}\}|\{\{?[^{}\s]{1,30}\}?\}|#[^#\s]{1,30}#|%[sd]/;

function codeHits(content: string, plain: NormalizedText, phones: readonly FoundPhone[], context: ScreeningContext): ScreeningHit[] {
  if (context.scenario.id !== verificationCodeScenario) return [];
  if (placeholder.test(plain.text)) return [];
  for (const match of plain.text.matchAll(codeDigits)) {
    const start = plain.starts[match.index] ?? 0;
    if (!phones.some((phone) => start >= phone.start && start < phone.end)) return [];
  }
  return [{ start: 0, end: content.length, category: 'missing-code', rule: 'missing-code', text: '', explanation: formatMessage('screening.explain.missingCode') }];
}
