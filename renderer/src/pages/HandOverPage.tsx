import { useState } from 'react';
import { HandOverDone } from '@renderer/features/agent/HandOverDone';
import { HandOverForm, type HandedOver } from '@renderer/features/agent/HandOverForm';
import { t } from '@renderer/i18n/t';
import { useOpenSession } from '@renderer/session/session-context';

/** 交接给商户: the form, then — once the bundle is saved and checked — the recovery code and the hand-over sheet. */
export function HandOverPage() {
  const { workspace } = useOpenSession();
  const [done, setDone] = useState<HandedOver | null>(null);
  return (
    <article className="page narrow">
      <h1>{t('agent.handOver.title')}</h1>
      <p className="lead">{t('agent.handOver.intro')}</p>
      <p className="muted" translate="no">
        {t('agent.handOver.merchant', { merchant: done?.facts.merchantName ?? workspace.label })}
      </p>
      {done === null ? (
        <section className="card">
          <HandOverForm onHandedOver={setDone} />
        </section>
      ) : (
        <HandOverDone result={done} />
      )}
    </article>
  );
}
