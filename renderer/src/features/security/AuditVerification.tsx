import { useUserAction } from '@renderer/components/use-user-action';
import { t } from '@renderer/i18n/t';
import { useOpenSession } from '@renderer/session/session-context';
import { describeAuditVerification } from './describe-audit';

/** Walks the audit chain and says whether it holds, or which entry is the first that does not. */
export function AuditVerification() {
  const { store } = useOpenSession();
  const { working, message: result, setMessage: setResult, run } = useUserAction();

  const verify = () => run(async () => setResult(describeAuditVerification(await store.verifyAudit())));

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
