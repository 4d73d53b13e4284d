import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesZhCN } from '@shared/i18n/zh-CN';
import { highlightSegments } from '@shared/screening/highlight';
import { compareScreeningRules, prohibitedCategories, rulesInUse, screeningRulesSchema, summarizeScreeningRules } from '@shared/screening/screening-rules';

const file = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../assets/screening/content-rules.json'), 'utf8')) as Record<string, unknown> & { rules: Record<string, unknown>[] };
const bundled = screeningRulesSchema.parse(file);
const firstIssue = (value: unknown) => screeningRulesSchema.safeParse(value).error?.issues[0]?.message;

describe('the screening word lists (一(二)1)', () => {
  it('bundles a valid edition with rules for each of the four categories and for marketing wording', () => {
    const summary = summarizeScreeningRules(bundled);
    for (const row of summary) expect(row.rules, row.category).toBeGreaterThan(0);
    expect(prohibitedCategories).toEqual(['politics', 'illegal', 'unsolicited-ad', 'misleading']);
    for (const rule of bundled.rules) expect(rule.explanation).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    ['not an object', '词库', 'format'],
    ['another format', { ...file, format: 'sms-ca-calendar' }, 'format'],
    ['another version', { ...file, version: 2 }, 'version'],
    ['an edition that is not a date', { ...file, edition: '2026-13-01' }, 'edition'],
    ['no source', { ...file, source: ' ' }, 'source'],
    ['no rules', { ...file, rules: [] }, 'no-rules'],
    ['a rule id in capitals', { ...file, rules: [{ ...file.rules[0], id: 'Rule' }, ...file.rules.slice(1)] }, 'rule-id'],
    ['two rules with one id', { ...file, rules: [...file.rules, file.rules[0]] }, 'duplicate-rule'],
    ['an unknown category', { ...file, rules: [{ ...file.rules[0], category: 'weather' }, ...file.rules.slice(1)] }, 'category'],
    ['a category left out', { ...file, rules: file.rules.filter((rule) => rule['category'] !== 'misleading') }, 'missing-category'],
    ['a one-character word', { ...file, rules: [{ ...file.rules[0], words: ['赌'] }, ...file.rules.slice(1)] }, 'word-too-short'],
    ['a rule without words', { ...file, rules: [{ ...file.rules[0], words: [] }, ...file.rules.slice(1)] }, 'no-words'],
    ['a rule without an explanation', { ...file, rules: [{ ...file.rules[0], explanation: '' }, ...file.rules.slice(1)] }, 'explanation'],
    ['a bad short-link host', { ...file, shortLinkHosts: ['http://t.cn'] }, 'short-link-host'],
    ['too many words', { ...file, rules: [{ ...file.rules[0], words: Array.from({ length: 2001 }, (_, index) => `词语${index}`) }, ...file.rules.slice(1)] }, 'too-many-words'],
  ])('refuses a file with %s, with a reason the screen explains', (_name, value, reason) => {
    expect(firstIssue(value)).toBe(reason);
    expect(`screeningRules.reason.${reason}` in messagesZhCN).toBe(true);
  });

  it('uses an import while it is at least as new as the bundled edition, and previews what it changes', () => {
    const newer = screeningRulesSchema.parse({ ...file, edition: '2027-03-01', rules: [{ ...file.rules[0], words: [...(file.rules[0]!['words'] as string[]), '新的违规词'] }, ...file.rules.slice(1)] });
    expect(rulesInUse(bundled, newer)).toBe(newer);
    expect(rulesInUse(bundled, { ...newer, edition: '2025-01-01' })).toBe(bundled);
    expect(rulesInUse(bundled, null)).toBe(bundled);
    expect(compareScreeningRules(bundled, newer)).toEqual({ added: 1, removed: 0 });
  });
});

describe('highlighting the hits', () => {
  it('cuts the text at each hit, numbers overlapping hits, and leaves whole-text hits unmarked', () => {
    const content = '煽动颠覆国家政权';
    const hit = (start: number, end: number, text: string) => ({ start, end, category: 'politics' as const, rule: 'r', text, explanation: '说明' });
    const segments = highlightSegments(content, [hit(0, 4, '煽动颠覆'), hit(2, 8, '颠覆国家政权'), { ...hit(0, 8, ''), category: 'missing-code' as const }, hit(7, 99, '权')]);
    expect(segments.map((segment) => [segment.text, segment.hits, segment.endsHits])).toEqual([
      ['煽动', [1], []],
      ['颠覆', [1, 2], [1]],
      ['国家政', [2], []],
      ['权', [2, 4], [2, 4]],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(content);
  });
});
