import { useState } from 'react';
import { Link } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { contentReviewLedger, type ContentReviewPayload } from '@shared/ledgers/definitions/content-review.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { rescreenOrThrow } from '@shared/ledgers/two-person-review';
import type { ScreeningHit } from '@shared/screening/hit-categories';
import { highlightSegments } from '@shared/screening/highlight';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { screenWithCurrentLists } from '@renderer/screening/screening-source';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/** Where a link or number of the message may be allowlisted from. */
function allowlistPath(hit: ScreeningHit): string | null {
  const kind = hit.category === 'link' || hit.category === 'short-link' ? 'link' : hit.category === 'phone' ? 'phone' : null;
  return kind === null ? null : `/ledgers/sending-allowlist/new?${new URLSearchParams({ kind, value: hit.text }).toString()}`;
}

/**
 * 一(二)1: the content as the reviewers read it, each hit marked and
 * numbered, and below it what each hit is and why it matters. Before anyone
 * has reviewed, it can be screened again (after the allowlist or the word
 * lists changed).
 */
export function ScreeningResult({ record }: { record: LedgerRecord<ContentReviewPayload> }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [message, setMessage] = useState<string | null>(null);
  const { content, screening, reviews } = record.payload;
  const segments = highlightSegments(content, screening.hits);

  const rescreen = async () => {
    setMessage(null);
    try {
      const now = services.now();
      const fresh = await screenWithCurrentLists(store, services.registry, content, record.payload.scenario, now);
      await createLedgerRepository(store, contentReviewLedger).update(record.id, rescreenOrThrow(record.payload, fresh));
      setMessage(t('screening.rescreened'));
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
    }
  };

  return (
    <div className="screening" data-testid="screening">
      <h3>{t('screening.title')}</h3>
      <p className="muted">{t('screening.intro')}</p>
      <p className="sms-text" translate="no" data-testid="sms-text" aria-label={t('review.content')}>
        <span className="sms-signature">{record.payload.signature}</span>
        {segments.map((segment, index) =>
          segment.hits.length === 0 ? (
            <span key={index}>{segment.text}</span>
          ) : (
            <span key={index}>
              <mark className="screening-mark">{segment.text}</mark>
              {segment.endsHits.length > 0 && <sup className="hit-ref">{segment.endsHits.join(',')}</sup>}
            </span>
          ),
        )}
      </p>
      {screening.hits.length === 0 ? (
        <p className="screening-clear">{t('screening.none')}</p>
      ) : (
        <>
          <p className="screening-warning">{t('screening.count', { count: screening.hits.length })}</p>
          <ol className="screening-hits">
            {screening.hits.map((hit, index) => {
              const allowlist = allowlistPath(hit);
              return (
                <li key={index} data-testid="screening-hit" data-category={hit.category}>
                  <strong>{t(`screening.category.${hit.category}`)}</strong>
                  {' · '}
                  <span translate="no">{hit.text === '' ? t('screening.wholeText') : t('screening.hitText', { text: hit.text })}</span>
                  <br />
                  <span>{hit.explanation}</span>
                  {allowlist !== null && reviews.length === 0 && (
                    <>
                      {' '}
                      <Link to={allowlist}>{t('screening.addToAllowlist')}</Link>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <p className="muted">
        {t('screening.edition', { at: formatDateTime(screening.at), edition: screening.edition })} <Link to="/settings#screening-rules">{t('screening.rulesLink')}</Link>
      </p>
      {reviews.length === 0 ? (
        <div className="actions">
          <button type="button" className="button small" onClick={() => void rescreen()}>
            {t('screening.rescreen')}
          </button>
          <Link className="button small" to="/ledgers/sending-allowlist">
            {t('screening.allowlistLink')}
          </Link>
        </div>
      ) : (
        <p className="muted">{t('screening.rescreenLocked')}</p>
      )}
      {message !== null && <p role="status">{message}</p>}
    </div>
  );
}
