import { prohibitedCategories } from './screening-rules';

/** What the screening flags besides the four categories: checks of the message itself, not word lists. */
export const screeningChecks = ['marketing-wording', 'link', 'short-link', 'phone', 'missing-code', 'unscreened'] as const;
export type ScreeningCheck = (typeof screeningChecks)[number];

/** Every category a hit may have: the four of 一(二)1, then the checks. */
export const prohibitedCategoriesAndChecks = [...prohibitedCategories, ...screeningChecks] as const;
export type HitCategory = (typeof prohibitedCategoriesAndChecks)[number];

/** One hit: where it is in the content [start, end), its category and rule, the words found, and why it matters. */
export type ScreeningHit = Readonly<{ start: number; end: number; category: HitCategory; rule: string; text: string; explanation: string }>;

/** A screening never reports more than this many hits: past it, the content needs rewriting, not a longer list. */
export const maximumHits = 200;
