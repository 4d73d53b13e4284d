import { z } from 'zod';
import { isChinaDate } from '../calendar/china-date';

/** 一(二)1: the four kinds of content an SMS must not contain, in the letter's order. */
export const prohibitedCategories = ['politics', 'illegal', 'unsolicited-ad', 'misleading'] as const;
export type ProhibitedCategory = (typeof prohibitedCategories)[number];

/** Categories a rule of the word-list file may belong to: the four, and marketing wording (flagged outside marketing scenarios). */
export const ruleCategories = [...prohibitedCategories, 'marketing'] as const;
export type RuleCategory = (typeof ruleCategories)[number];

/** The shortest word a rule may list: a single character would match inside harmless words. */
export const minimumWordLength = 2;
const maximumWords = 20_000;

const word = z
  .string()
  .max(30, { message: 'word-too-long' })
  .refine((value) => [...value.trim()].length >= minimumWordLength, { message: 'word-too-short' });

const ruleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,49}$/, { message: 'rule-id' }),
  category: z.enum(ruleCategories, { message: 'category' }),
  /** What the rule finds and why it matters, in plain Chinese: shown with every hit. */
  explanation: z.string().trim().min(4, { message: 'explanation' }).max(200, { message: 'explanation' }),
  /** Any one of these words is a hit. */
  words: z.array(word).min(1, { message: 'no-words' }).max(2000, { message: 'too-many-words' }),
  /** When given, the words count only if one of these also appears in the message (中奖 only with 领取, 手续费…). */
  context: z.array(word).max(200, { message: 'too-many-words' }).optional(),
});
export type ScreeningRule = z.infer<typeof ruleSchema>;

/**
 * The screening word lists as data: the file bundled with the app and the
 * files a merchant imports share this schema. Errors are keys under
 * `screening.reason.` in the zh-CN catalogue.
 */
export const screeningRulesSchema = z
  .object({
    format: z.literal('sms-ca-screening-rules', { message: 'format' }),
    version: z.literal(1, { message: 'version' }),
    /** The edition, as the day it was put together (YYYY-MM-DD). */
    edition: z.string().refine(isChinaDate, { message: 'edition' }),
    source: z.string().trim().min(1, { message: 'source' }).max(200, { message: 'source' }),
    rules: z.array(ruleSchema).min(1, { message: 'no-rules' }).max(500, { message: 'too-many-rules' }),
    /** Hosts of link shorteners: a link through them hides where it leads. */
    shortLinkHosts: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'short-link-host' })).max(500, { message: 'too-many-words' }),
  }, { message: 'format' })
  .superRefine((data, context) => {
    const ids = new Set(data.rules.map((rule) => rule.id));
    if (ids.size !== data.rules.length) context.addIssue({ code: 'custom', message: 'duplicate-rule' });
    for (const category of ruleCategories) {
      if (!data.rules.some((rule) => rule.category === category)) {
        context.addIssue({ code: 'custom', message: 'missing-category' });
        break;
      }
    }
    const total = data.rules.reduce((sum, rule) => sum + rule.words.length + (rule.context?.length ?? 0), 0);
    if (total > maximumWords) context.addIssue({ code: 'custom', message: 'too-many-words' });
  });

export type ScreeningRules = z.infer<typeof screeningRulesSchema>;

/** Rules and words per category, for the screen that shows the lists in use and an import's preview. */
export function summarizeScreeningRules(rules: ScreeningRules): { category: RuleCategory; rules: number; words: number }[] {
  return ruleCategories.map((category) => {
    const inCategory = rules.rules.filter((rule) => rule.category === category);
    return { category, rules: inCategory.length, words: inCategory.reduce((sum, rule) => sum + rule.words.length, 0) };
  });
}

/** How many words an import adds and drops against the lists in use (per category and word, context words aside). */
export function compareScreeningRules(current: ScreeningRules, next: ScreeningRules): Readonly<{ added: number; removed: number }> {
  const wordsOf = (rules: ScreeningRules) => new Set(rules.rules.flatMap((rule) => rule.words.map((entry) => `${rule.category}\u0000${entry.trim()}`)));
  const before = wordsOf(current);
  const after = wordsOf(next);
  return { added: [...after].filter((entry) => !before.has(entry)).length, removed: [...before].filter((entry) => !after.has(entry)).length };
}

/** The lists to use: an imported edition while it is at least as new as the bundled one, else the bundled. */
export function rulesInUse(bundled: ScreeningRules, imported: ScreeningRules | null): ScreeningRules {
  return imported !== null && imported.edition >= bundled.edition ? imported : bundled;
}
