import { Link } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { contentReviewLedger, contentReviewStatus, type ContentReviewPayload } from '@shared/ledgers/definitions/content-review.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { markSentOrThrow, sendVerdict } from '@shared/ledgers/two-person-review';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { StepForm } from '../StepForm';

/** The form of a new record holding this one's content, to revise and review again. */
function resubmitPath(payload: ContentReviewPayload): string {
  const fields = { kind: payload.kind, signature: payload.signature, scenario: payload.scenario.id, recipientCount: String(payload.recipientCount), content: payload.content };
  return `/ledgers/${contentReviewLedger.id}/new?${new URLSearchParams(fields).toString()}`;
}

/** 一(二)2: a batch is marked sent only after two different reviewers both approved; until then it says why not. */
export function SendStep({ record }: { record: LedgerRecord<ContentReviewPayload> }) {
  const { store } = useOpenSession();
  const payload = record.payload;
  const status = contentReviewStatus(payload);
  const verdict = sendVerdict(payload);

  const body = () => {
    if (payload.sent !== null) return <p data-testid="sent-line">{t('review.send.done', { at: formatDateTime(payload.sent.at), note: payload.sent.note })}</p>;
    if (status === 'rejected') {
      return (
        <>
          <p className="notice">{t('review.rejected')}</p>
          <div className="actions">
            <Link className="button" to={resubmitPath(payload)}>
              {t('review.resubmit')}
            </Link>
          </div>
        </>
      );
    }
    if (payload.kind === 'template') return <p className="muted">{t('review.send.template')}</p>;
    if (!verdict.allowed) {
      return (
        <>
          <p className="notice" data-testid="send-blocked">
            {describeErrorZhCN(verdict.code)}
          </p>
          <div className="actions">
            <button type="button" className="button primary" disabled>
              {t('review.send.submit')}
            </button>
          </div>
        </>
      );
    }
    return (
      <>
        <p>{t('review.send.ready')}</p>
        <StepForm
          atLabel={t('review.send.at')}
          noteLabel={t('review.send.note')}
          submitLabel={t('review.send.submit')}
          onRecord={(step) => createLedgerRepository(store, contentReviewLedger).update(record.id, markSentOrThrow(payload, step))}
        />
      </>
    );
  };

  return (
    <section className="step" data-testid="send-step">
      <h3>{t('review.send.title')}</h3>
      {body()}
    </section>
  );
}
