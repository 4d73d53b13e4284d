import { useState } from 'react';
import { Link } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { useIsOnboarded } from '@renderer/features/agent/use-onboardings';
import { t } from '@renderer/i18n/t';
import { ProviderOriginalExport } from './ProviderOriginalExport';
import type { LetterPages, SignedLetter } from '@renderer/signing/signed-letter';
import { useOpenSession, useSession } from '@renderer/session/session-context';

const pageRange = (range: Readonly<{ first: number; last: number }>) =>
  range.first === range.last ? t('confirm.done.page', { page: range.first }) : t('confirm.done.pages', { first: range.first, last: range.last });

function copyRanges(pages: LetterPages) {
  const [operatorCopy, providerCopy] = pages.copies;
  return { operatorCopy: operatorCopy ?? pages.evidence, providerCopy: providerCopy ?? pages.evidence };
}

/**
 * After signing: what to do with each original. Keep the 经营者留存联, give
 * the 服务提供方留存联 to the provider (printed, or the PDF on a USB stick),
 * then go on to 首页, where the duties begin.
 */
export function SignedLetterActions({ signed }: { signed: SignedLetter }) {
  const { services } = useSession();
  const { workspace } = useOpenSession();
  const onboarded = useIsOnboarded(workspace.id);
  const [message, setMessage] = useState<string | null>(null);
  const name = `短信接口信息安全保障责任书-${signed.record.operator.operatorName}.pdf`.replace(/[\\/:*?"<>|]/g, '_');
  const { operatorCopy, providerCopy } = copyRanges(signed.pages);

  const save = async () => {
    const result = await services.host.files.saveFile({ suggestedName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: signed.pdf });
    if (!result.ok) setMessage(describeErrorZhCN(result.error.code));
    else if (result.value.saved) setMessage(t('confirm.done.saved', { location: result.value.location }));
  };

  const view = async () => {
    const result = await services.host.files.openInViewer({ name, data: signed.pdf });
    if (!result.ok) setMessage(describeErrorZhCN(result.error.code));
  };

  return (
    <section className="card card-done" data-testid="signed-done">
      <h2>{t('confirm.done.title')}</h2>
      <p>{t('confirm.done.body')}</p>
      <ol className="next-steps">
        <li data-testid="done-operator-copy">
          <h3>{t('confirm.done.operatorCopy.title', { pages: pageRange(operatorCopy) })}</h3>
          <p>{t('confirm.done.operatorCopy.body')}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void save()}>
              {t('confirm.done.save')}
            </button>
          </div>
        </li>
        <li data-testid="done-provider-copy">
          <h3>{t('confirm.done.providerCopy.title', { pages: pageRange(providerCopy) })}</h3>
          <p>{t('confirm.done.providerCopy.body', { pages: pageRange(providerCopy), evidence: pageRange(signed.pages.evidence) })}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void view()}>
              {t('confirm.done.view')}
            </button>
          </div>
          <ProviderOriginalExport source={async () => signed} />
        </li>
        {onboarded === true && (
          <li data-testid="done-handover">
            <h3>{t('agent.handOver.signed.title')}</h3>
            <p>{t('agent.handOver.signed.body')}</p>
            <div className="actions">
              <Link className="button primary" to="/handover">
                {t('agent.handOver.card.open')}
              </Link>
            </div>
          </li>
        )}
        <li data-testid="done-home">
          <h3>{t('confirm.done.home.title')}</h3>
          <p>{t('confirm.done.home.body')}</p>
          <div className="actions">
            <Link className="button primary" to="/">
              {t('confirm.done.home')}
            </Link>
            <Link className="button" to="/documents">
              {t('confirm.done.documents')}
            </Link>
          </div>
        </li>
      </ol>
      {message !== null && <p role="status" data-testid="signed-status">{message}</p>}
      <details className="check-details">
        <summary>{t('confirm.done.check.title')}</summary>
        <p>
          {t('confirm.done.check.body')}
          <code className="hash" data-testid="signed-digest">{signed.digest}</code>
        </p>
      </details>
    </section>
  );
}
