import { useState } from 'react';
import type { AuditVerification as Verification } from '@shared/audit/audit-chain';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { t } from '@renderer/i18n/t';
import { useOpenSession } from '@renderer/session/session-context';

/** Walks the audit chain and says whether it holds, or which entry is the first that does not. */
export function AuditVerification() {
  const { store } = useOpenSession();
  const [result, setResult] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const describe = (verification: Verification) =>
    verification.ok
      ? t('security.audit.ok', { count: verification.count })
      : t(`security.audit.broken.${verification.reason}`, { seq: verification.seq });

  const verify = async () => {
    setWorking(true);
    try {
      setResult(describe(await store.verifyAudit()));
    } catch (error) {
      setResult(describeErrorZhCN(toAppError(error).code));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="card">
      <h2>{t('security.audit.title')}</h2>
      <p>{t('security.audit.body')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={working} onClick={() => void verify()}>
          {working ? t('security.audit.working') : t('security.audit.verify')}
        </button>
      </div>
      {result !== null && (
        <p role="status" data-testid="audit-result">
          {result}
        </p>
      )}
    </section>
  );
}
