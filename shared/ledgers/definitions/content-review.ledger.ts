import { z } from 'zod';
import { addCalendarMonths } from '../../calendar/deadlines';
import { obligationById, yearsKept } from '../../obligations/obligation-catalogue';
import { maximumHits, prohibitedCategoriesAndChecks } from '../../screening/hit-categories';
import { defineLedger } from '../ledger-definition';
import { instant, pastDateTimeInput, recordRef, safeText } from '../ledger-fields';
import { stepSchema } from './credential-leak.ledger';

/** A batch is one sending to many; a template is reviewed once and sent many times with variables filled in. */
export const contentKinds = ['batch', 'template'] as const;
export const reviewDecisions = ['approve', 'reject'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** The sender signature, as carriers require it: 2 to 16 characters in 【】. */
export const signaturePattern = /^【[^【】\s]{2,16}】$/u;

export const screeningHitSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  category: z.enum(prohibitedCategoriesAndChecks),
  rule: z.string().max(60),
  text: z.string().max(200),
  explanation: z.string().max(600),
});

/** One reviewer's independent opinion (一(二)2): who, when, the decision and why. */
export const reviewSchema = z.object({
  reviewerId: z.string().min(1),
  decision: z.enum(reviewDecisions),
  opinion: z.string().min(1).max(500),
  at: instant,
  /** An approval of content with screening hits says each hit was looked at. */
  acknowledgedHits: z.boolean(),
});
export type Review = z.infer<typeof reviewSchema>;

/** The scenario as it was when the content was registered (its name stays, whatever changes later). */
export const reviewedScenarioSchema = z.object({ id: z.string().min(1), name: z.string().min(1).max(40), marketing: z.boolean() });

/** True when two different people both approved: the only state in which a batch may be sent (一(二)2). */
export function hasTwoDistinctApprovals(reviews: readonly Review[]): boolean {
  return reviews.length === 2 && reviews[0]!.reviewerId !== reviews[1]!.reviewerId && reviews.every((review) => review.decision === 'approve');
}

/**
 * 一(二)1, 一(二)2: one batch or template of SMS content, its screening, the
 * two reviewers' opinions and, for a batch, when it was sent. The schema
 * itself refuses a second review by the same person and a batch marked sent
 * without two approvals, whatever path writes it.
 */
export const contentReviewPayloadSchema = z
  .object({
    kind: z.enum(contentKinds),
    signature: z.string().regex(signaturePattern),
    content: z.string().min(1).max(500),
    scenario: reviewedScenarioSchema,
    recipientCount: z.number().int().min(1).max(100_000_000),
    registeredAt: instant,
    screening: z.object({ at: instant, edition: z.string().max(20), hits: z.array(screeningHitSchema).max(maximumHits) }),
    reviews: z.array(reviewSchema).max(2),
    sent: stepSchema.nullable(),
  })
  .refine((payload) => payload.reviews.length < 2 || payload.reviews[0]!.reviewerId !== payload.reviews[1]!.reviewerId, { message: 'same-reviewer' })
  .refine((payload) => payload.sent === null || (payload.kind === 'batch' && hasTwoDistinctApprovals(payload.reviews)), { message: 'not-approved' });
export type ContentReviewPayload = z.infer<typeof contentReviewPayloadSchema>;

export const contentReviewStatuses = ['awaiting-review', 'in-review', 'approved', 'rejected', 'sent'] as const;
export type ContentReviewStatus = (typeof contentReviewStatuses)[number];

/** Where a record stands. With one opinion in it is `in-review`, whatever that opinion: the status must not tell the second reviewer. */
export function contentReviewStatus(payload: Pick<ContentReviewPayload, 'reviews' | 'sent'>): ContentReviewStatus {
  if (payload.sent !== null) return 'sent';
  if (payload.reviews.length === 0) return 'awaiting-review';
  if (payload.reviews.length === 1) return 'in-review';
  return hasTwoDistinctApprovals(payload.reviews) ? 'approved' : 'rejected';
}

/** The opinions anyone may read now: none until both reviewers have submitted (一(二)2: independent review). */
export function visibleReviews(payload: Pick<ContentReviewPayload, 'reviews'>): readonly Review[] {
  return payload.reviews.length === 2 ? payload.reviews : [];
}

/** The form's fields as typed; error messages are keys under `ledger.error.`. */
export const contentReviewFormSchema = z.object({
  kind: z.enum(contentKinds),
  signature: z.string().trim().regex(signaturePattern, { message: 'signature' }),
  content: safeText(500, { required: true }),
  scenario: z.string().min(1, { message: 'required' }),
  recipientCount: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, { message: 'recipientCount' })
    .refine((value) => Number(value) >= 1 && Number(value) <= 100_000_000, { message: 'recipientCount' }),
});
export type ContentReviewForm = z.infer<typeof contentReviewFormSchema>;

/** One reviewer's opinion as typed; an approval of flagged content must tick that each flag was looked at. */
export function reviewFormSchema(now: () => number, hitCount: number) {
  return z
    .object({
      reviewerId: recordRef,
      decision: z.enum(reviewDecisions, { message: 'required' }),
      opinion: safeText(500, { required: true }),
      at: pastDateTimeInput(now),
      acknowledged: z.boolean(),
    })
    .refine((form) => form.decision !== 'approve' || hitCount === 0 || form.acknowledged, { message: 'acknowledgeHits', path: ['acknowledged'] });
}
export type ReviewForm = z.infer<ReturnType<typeof reviewFormSchema>>;

/** The retention rule of review records: batches of more than this many recipients (一(二)2). */
export function retentionThreshold(): number {
  return obligationById('review-retention').aboveRecipients ?? Infinity;
}

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null);

/** The last thing that happened to a record: registered, reviewed or sent. Its review records are kept from then. */
function lastActivity(payload: ContentReviewPayload): number {
  return Math.max(payload.registeredAt, ...payload.reviews.map((review) => review.at), payload.sent?.at ?? 0);
}

/** 短信内容审核台账 (一(二)1, 一(二)2): each batch or template, screened and reviewed by two people. */
export const contentReviewLedger = defineLedger({
  id: 'content-review',
  ledger: 'content-review',
  primary: true,
  clause: '一(二)2',
  retained: true,
  table: 'contentReviews',
  indexes: ['[registeredAt+id]', 'status', 'kind'],
  order: '[registeredAt+id]',
  payload: contentReviewPayloadSchema,
  index: (payload) => ({
    registeredAt: payload.registeredAt,
    status: contentReviewStatus(payload),
    kind: payload.kind,
    recipientCount: payload.recipientCount,
    lastActivityAt: lastActivity(payload),
  }),
  columns: [
    { id: 'registeredAt', format: 'datetime', value: (payload) => payload.registeredAt },
    { id: 'kind', format: 'enum', value: (payload) => payload.kind },
    { id: 'signature', format: 'text', value: (payload) => payload.signature },
    { id: 'content', format: 'text', value: (payload) => payload.content },
    { id: 'scenario', format: 'text', value: (payload) => payload.scenario.name },
    { id: 'recipientCount', format: 'number', value: (payload) => payload.recipientCount },
    { id: 'hits', format: 'number', value: (payload) => payload.screening.hits.length },
    { id: 'status', format: 'enum', values: contentReviewStatuses, value: (payload) => contentReviewStatus(payload) },
    // Each reviewer's name and time show once submitted; decisions and opinions only once both are in.
    { id: 'reviewerA', format: 'ref', ref: 'staff', exportOnly: true, value: (payload) => payload.reviews[0]?.reviewerId ?? null },
    { id: 'reviewedAtA', format: 'datetime', exportOnly: true, value: (payload) => payload.reviews[0]?.at ?? null },
    { id: 'decisionA', format: 'enum', values: reviewDecisions, exportOnly: true, value: (payload) => visibleReviews(payload)[0]?.decision ?? null },
    { id: 'opinionA', format: 'text', exportOnly: true, value: (payload) => visibleReviews(payload)[0]?.opinion ?? null },
    { id: 'reviewerB', format: 'ref', ref: 'staff', exportOnly: true, value: (payload) => payload.reviews[1]?.reviewerId ?? null },
    { id: 'reviewedAtB', format: 'datetime', exportOnly: true, value: (payload) => payload.reviews[1]?.at ?? null },
    { id: 'decisionB', format: 'enum', values: reviewDecisions, exportOnly: true, value: (payload) => visibleReviews(payload)[1]?.decision ?? null },
    { id: 'opinionB', format: 'text', exportOnly: true, value: (payload) => visibleReviews(payload)[1]?.opinion ?? null },
    { id: 'sentAt', format: 'datetime', exportOnly: true, value: (payload) => payload.sent?.at ?? null },
  ],
  attachments: [{ id: 'evidence', accepts: ['pdf', 'image'] }],
  filters: [
    { field: 'status', values: contentReviewStatuses },
    { field: 'kind', values: contentKinds },
  ],
  search: 'text',
  describe: (payload) => `${payload.signature}${[...payload.content].slice(0, 16).join('')}${[...payload.content].length > 16 ? '…' : ''}`,
  keepUntil: (record) => {
    const recipients = positive(record.index['recipientCount']);
    const from = positive(record.index['lastActivityAt']);
    if (recipients === null || from === null || recipients <= retentionThreshold()) return null;
    return { until: addCalendarMonths(from, 12 * yearsKept('review-retention')).dueAt, rule: 'review-retention' };
  },
});
