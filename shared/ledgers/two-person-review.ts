import { AppError, type AppErrorCode } from '../errors/app-error';
import type { ScreeningHit } from '../screening/hit-categories';
import { hasTwoDistinctApprovals, type ContentReviewPayload, type Review } from './definitions/content-review.ledger';

// 一(二)2, step by step: two different people review independently, and a
// batch is sent only after both approved. Each step takes the record as it
// is and returns it as it becomes, or throws the reason it may not.

const minute = 60_000;

/** The reviewer as 人员 has them: whether they still work there. */
export type ReviewerStanding = Readonly<{ active: boolean }> | null;

/** Adds one reviewer's opinion; the second must be someone else, and an approval of flagged content says each flag was looked at. */
export function addReviewOrThrow(payload: ContentReviewPayload, review: Review, reviewer: ReviewerStanding): ContentReviewPayload {
  if (payload.reviews.length >= 2 || payload.sent !== null) throw new AppError('review/complete');
  if (reviewer === null || !reviewer.active) throw new AppError('review/reviewer-unavailable');
  if (payload.reviews.some((earlier) => earlier.reviewerId === review.reviewerId)) throw new AppError('review/same-reviewer');
  // Times are typed to the minute: a review in the minute the content was registered is not before it.
  if (review.at < payload.registeredAt - (payload.registeredAt % minute)) throw new AppError('review/before-registration');
  if (review.decision === 'approve' && payload.screening.hits.length > 0 && !review.acknowledgedHits) throw new AppError('review/hits-not-acknowledged');
  return { ...payload, reviews: [...payload.reviews, review] };
}

/** Whether a batch may be marked sent now, and if not, the reason in the app's words. */
export function sendVerdict(payload: ContentReviewPayload): Readonly<{ allowed: true }> | Readonly<{ allowed: false; code: AppErrorCode }> {
  if (payload.sent !== null) return { allowed: false, code: 'review/already-sent' };
  if (payload.kind !== 'batch') return { allowed: false, code: 'review/not-a-batch' };
  if (payload.reviews.length === 2 && payload.reviews[0]!.reviewerId === payload.reviews[1]!.reviewerId) return { allowed: false, code: 'review/same-reviewer' };
  if (!hasTwoDistinctApprovals(payload.reviews)) return { allowed: false, code: 'review/not-approved' };
  return { allowed: true };
}

/** Marks a batch sent at a time no earlier than its last approval; refused without two distinct approvals. */
export function markSentOrThrow(payload: ContentReviewPayload, step: Readonly<{ at: number; note: string }>): ContentReviewPayload {
  const verdict = sendVerdict(payload);
  if (!verdict.allowed) throw new AppError(verdict.code);
  if (payload.reviews.some((review) => step.at < review.at)) throw new AppError('review/sent-before-review');
  return { ...payload, sent: { at: step.at, note: step.note } };
}

/** Replaces the screening of content nobody has reviewed yet (after the word lists or the allowlist changed). */
export function rescreenOrThrow(payload: ContentReviewPayload, screening: Readonly<{ at: number; edition: string; hits: readonly ScreeningHit[] }>): ContentReviewPayload {
  if (payload.reviews.length > 0) throw new AppError('review/content-locked');
  return { ...payload, screening: { at: screening.at, edition: screening.edition, hits: [...screening.hits] } };
}
