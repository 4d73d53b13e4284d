import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { contentReviewLedger, retentionThreshold, visibleReviews, type ContentReviewPayload, type Review } from '@shared/ledgers/definitions/content-review.ledger';
import { staffLedger } from '@shared/ledgers/definitions/staff.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { yearsKept } from '@shared/obligations/obligation-catalogue';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { useRecordNames } from '../use-record-names';
import { useTableVersion } from '../use-store-changes';
import { ReviewForm } from './ReviewForm';
import { ScreeningResult } from './ScreeningResult';
import { SendStep } from './SendStep';

const slots = ['a', 'b'] as const;

/** How many people of 人员 still work there (two are needed for a two-person review). */
function useActiveStaffCount(): number | null {
  const { store } = useOpenSession();
  const version = useTableVersion([staffLedger.table]);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let active = true;
    void createLedgerRepository(store, staffLedger)
      .find('status', 'active')
      .then((found) => active && setCount(found.records.length));
    return () => {
      active = false;
    };
  }, [store, version]);
  return count;
}

function ReviewSlot({ slot, review, shown, names }: { slot: 'a' | 'b'; review: Review | undefined; shown: Review | undefined; names: ReadonlyMap<string, string> }) {
  const name = review === undefined ? '' : (names.get(review.reviewerId) ?? t('ledgers.record.missingRef'));
  return (
    <li className="review-slot" data-testid={`review-slot-${slot}`}>
      <h3>{t(slot === 'a' ? 'review.slot.a' : 'review.slot.b')}</h3>
      {review === undefined ? (
        <p className="muted">{t('review.waiting')}</p>
      ) : shown === undefined ? (
        <p>{t('review.submittedHidden', { name, at: formatDateTime(review.at) })}</p>
      ) : (
        <p>
          {t('review.submitted', { name, at: formatDateTime(shown.at), decision: t(`review.decision.${shown.decision}`) })}
          <span translate="no">{shown.opinion}</span>
        </p>
      )}
    </li>
  );
}

/**
 * 一(二)1 and 一(二)2 on one record: the screening with its hits, the two
 * reviewers' slots (an opinion shows only once both are in), the form for
 * the next opinion, and the sending.
 */
export function ContentReviewPanel({ record }: { record: LedgerRecord<ContentReviewPayload> }) {
  const names = useRecordNames(contentReviewLedger);
  const staff = useActiveStaffCount();
  const [message, setMessage] = useState<string | null>(null);
  const payload = record.payload;
  const shown = visibleReviews(payload);
  const nextSlot = payload.reviews.length === 0 ? 'a' : payload.reviews.length === 1 ? 'b' : null;

  return (
    <section className="card content-review" data-testid="content-review">
      <h2>{t('review.title')}</h2>
      <p className="muted">{t('review.scenarioLine', { scenario: payload.scenario.name, count: payload.recipientCount })}</p>
      {payload.recipientCount > retentionThreshold() && <p className="muted">{t('review.retention', { threshold: retentionThreshold(), years: yearsKept('review-retention') })}</p>}
      <ScreeningResult record={record} />
      <ol className="review-slots">
        {slots.map((slot, index) => (
          <ReviewSlot key={slot} slot={slot} review={payload.reviews[index]} shown={shown[index]} names={names} />
        ))}
      </ol>
      {message !== null && (
        <p role="status" className="notice-line">
          {message}
        </p>
      )}
      {nextSlot !== null && payload.sent === null && (
        <>
          {staff !== null && staff < 2 && (
            <p className="notice">
              {t('review.needsStaff')} <Link to="/ledgers/staff/new">{t('review.staffLink')}</Link>
            </p>
          )}
          <ReviewForm key={payload.reviews.length} record={record} slot={nextSlot} onSubmitted={() => setMessage(t('review.form.submitted'))} />
        </>
      )}
      <SendStep record={record} />
    </section>
  );
}
