import { describe, expect, it } from 'vitest';
import {
  contentReviewLedger,
  contentReviewPayloadSchema,
  contentReviewStatus,
  visibleReviews,
  type ContentReviewPayload,
  type Review,
} from '@shared/ledgers/definitions/content-review.ledger';
import { deletionVerdict } from '@shared/ledgers/retention';
import { addReviewOrThrow, markSentOrThrow, rescreenOrThrow, sendVerdict } from '@shared/ledgers/two-person-review';

const registeredAt = Date.parse('2026-12-01T10:15:42+08:00');
const minute = 60_000;
const active = { active: true };

const batch: ContentReviewPayload = {
  kind: 'batch',
  signature: '【城东便利店】',
  content: '您送修的电饭煲已修好，请于本周六前到店取回。',
  scenario: { id: 'business-reminder', name: '业务办理提醒', marketing: false },
  recipientCount: 101,
  registeredAt,
  screening: { at: registeredAt, edition: '2026-12-01', hits: [] },
  reviews: [],
  sent: null,
};

const review = (reviewerId: string, decision: Review['decision'] = 'approve', at = registeredAt + 5 * minute): Review => ({ reviewerId, decision, opinion: '同意。', at, acknowledgedHits: false });
const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return null;
};

describe('two-person review (一(二)2)', () => {
  it('refuses sending with no approval, one approval, or an approval and a rejection', () => {
    expect(sendVerdict(batch)).toEqual({ allowed: false, code: 'review/not-approved' });
    const once = addReviewOrThrow(batch, review('wang'), active);
    expect(sendVerdict(once)).toEqual({ allowed: false, code: 'review/not-approved' });
    expect(codeOf(() => markSentOrThrow(once, { at: registeredAt + 10 * minute, note: '' }))).toBe('review/not-approved');
    const split = addReviewOrThrow(once, review('li', 'reject'), active);
    expect(contentReviewStatus(split)).toBe('rejected');
    expect(sendVerdict(split).allowed).toBe(false);
  });

  it('refuses a second review by the same person, and so two approvals by one person never allow sending', () => {
    const once = addReviewOrThrow(batch, review('wang'), active);
    expect(codeOf(() => addReviewOrThrow(once, review('wang'), active))).toBe('review/same-reviewer');
    // Even written around the rules, the schema refuses it and the verdict says why.
    const forged = { ...batch, reviews: [review('wang'), review('wang')] };
    expect(contentReviewPayloadSchema.safeParse(forged).success).toBe(false);
    expect(sendVerdict(forged)).toEqual({ allowed: false, code: 'review/same-reviewer' });
    expect(contentReviewPayloadSchema.safeParse({ ...forged, reviews: [review('wang')], sent: { at: registeredAt, note: '' } }).success).toBe(false);
  });

  it('sends a batch after two different people approved, not before the last approval', () => {
    const both = addReviewOrThrow(addReviewOrThrow(batch, review('wang'), active), review('li', 'approve', registeredAt + 20 * minute), active);
    expect(contentReviewStatus(both)).toBe('approved');
    expect(codeOf(() => markSentOrThrow(both, { at: registeredAt + 10 * minute, note: '' }))).toBe('review/sent-before-review');
    const sent = markSentOrThrow(both, { at: registeredAt + 30 * minute, note: '平台任务 88231' });
    expect(contentReviewPayloadSchema.parse(sent).sent).toEqual({ at: registeredAt + 30 * minute, note: '平台任务 88231' });
    expect(contentReviewStatus(sent)).toBe('sent');
    expect(codeOf(() => markSentOrThrow(sent, { at: registeredAt + 40 * minute, note: '' }))).toBe('review/already-sent');
    expect(codeOf(() => markSentOrThrow({ ...both, kind: 'template' }, { at: registeredAt + 30 * minute, note: '' }))).toBe('review/not-a-batch');
  });

  it('keeps each opinion out of sight, status included, until both reviewers have submitted', () => {
    const once = addReviewOrThrow(batch, review('wang', 'reject'), active);
    expect(visibleReviews(once)).toEqual([]);
    expect(contentReviewStatus(once)).toBe('in-review');
    const shown = contentReviewLedger.columns.filter((column) => ['decisionA', 'opinionA'].includes(column.id)).map((column) => column.value(once));
    expect(shown).toEqual([null, null]);
    expect(contentReviewLedger.index(once)['status']).toBe('in-review');
    const both = addReviewOrThrow(once, review('li'), active);
    expect(visibleReviews(both).map((entry) => entry.decision)).toEqual(['reject', 'approve']);
  });

  it('takes reviews only from people still on the staff, not before the content existed, and approvals of flagged content only when acknowledged', () => {
    expect(codeOf(() => addReviewOrThrow(batch, review('gone'), null))).toBe('review/reviewer-unavailable');
    expect(codeOf(() => addReviewOrThrow(batch, review('left'), { active: false }))).toBe('review/reviewer-unavailable');
    // Typed to the minute: the minute of registration is allowed, the one before is not.
    expect(addReviewOrThrow(batch, review('wang', 'approve', registeredAt - (registeredAt % minute)), active).reviews).toHaveLength(1);
    expect(codeOf(() => addReviewOrThrow(batch, review('wang', 'approve', registeredAt - (registeredAt % minute) - 1), active))).toBe('review/before-registration');
    const flagged = { ...batch, screening: { ...batch.screening, hits: [{ start: 0, end: 2, category: 'phone' as const, rule: 'phone-not-allowed', text: '13800138000', explanation: '说明' }] } };
    expect(codeOf(() => addReviewOrThrow(flagged, review('wang'), active))).toBe('review/hits-not-acknowledged');
    expect(addReviewOrThrow(flagged, { ...review('wang'), acknowledgedHits: true }, active).reviews).toHaveLength(1);
    expect(addReviewOrThrow(flagged, review('wang', 'reject'), active).reviews).toHaveLength(1);
    const full = addReviewOrThrow(addReviewOrThrow(batch, review('wang'), active), review('li'), active);
    expect(codeOf(() => addReviewOrThrow(full, review('zhao'), active))).toBe('review/complete');
  });

  it('screens again only while nobody has reviewed', () => {
    const fresh = { at: registeredAt + minute, edition: '2027-01-01', hits: [] };
    expect(rescreenOrThrow(batch, fresh).screening.edition).toBe('2027-01-01');
    expect(codeOf(() => rescreenOrThrow(addReviewOrThrow(batch, review('wang'), active), fresh))).toBe('review/content-locked');
  });
});

describe('retention of review records (一(二)2, 二(一))', () => {
  const recordOf = (payload: ContentReviewPayload) => ({ id: 'r', index: Object.fromEntries(Object.entries(contentReviewLedger.index(payload)).map(([key, value]) => [key, value as string | number])) });
  const sent = { ...batch, reviews: [review('wang'), review('li')], sent: { at: registeredAt + 30 * minute, note: '' } };

  it('keeps a batch of more than 100 for a year from its last step, and gives the date it may go, signed or not', () => {
    const until = Date.parse('2027-12-02T00:00:00+08:00');
    expect(deletionVerdict(contentReviewLedger, null, registeredAt + 86_400_000, recordOf(sent))).toEqual({ allowed: false, reason: 'record-kept-until', until, rule: 'review-retention' });
    expect(deletionVerdict(contentReviewLedger, { serviceEndedAt: null }, registeredAt + 86_400_000, recordOf(sent))).toMatchObject({ reason: 'record-kept-until', until });
    expect(deletionVerdict(contentReviewLedger, null, until, recordOf(sent))).toEqual({ allowed: true });
    // After the year, 二(一) still keeps it while the service runs.
    expect(deletionVerdict(contentReviewLedger, { serviceEndedAt: null }, until, recordOf(sent))).toEqual({ allowed: false, reason: 'service-running' });
  });

  it('does not apply to 100 recipients or fewer', () => {
    expect(deletionVerdict(contentReviewLedger, null, registeredAt + 86_400_000, recordOf({ ...sent, recipientCount: 100 }))).toEqual({ allowed: true });
  });
});
