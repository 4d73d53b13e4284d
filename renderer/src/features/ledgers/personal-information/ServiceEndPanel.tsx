import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ServiceEndPayload } from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import type { PersonalInformationFields } from '@shared/ledgers/personal-information.schema';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { enumText } from '@renderer/ledgers/ledger-text';
import { serviceEndCovering } from '@renderer/ledgers/personal-information-deletion';
import { useOpenSession } from '@renderer/session/session-context';
import { useTableVersion } from '../use-store-changes';
import { ServiceEndDialog } from './ServiceEndDialog';
import { useDeletionDue } from './use-deletion-due';

/** A number's service: running, or ended and due for deletion (一(一)3), with the way to 彻底删除. */
export function ServiceEndPanel({ record }: { record: LedgerRecord<PersonalInformationFields> }) {
  const { store } = useOpenSession();
  const version = useTableVersion(['personalInformationDeletions']);
  const [covering, setCovering] = useState<LedgerRecord<ServiceEndPayload> | null | undefined>(undefined);
  const [ending, setEnding] = useState(false);
  const due = useDeletionDue(covering?.id ?? null);

  useEffect(() => {
    let active = true;
    void serviceEndCovering(store, { id: record.id, batchId: record.payload.batchId }).then((found) => active && setCovering(found));
    return () => {
      active = false;
    };
  }, [store, record.id, record.payload.batchId, version]);

  if (covering === undefined) return null;
  return (
    <section className="card" data-testid="service-end-panel">
      <h2>{t('deletion.panel.title')}</h2>
      {covering === null ? (
        <>
          <p>{t('deletion.panel.running')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => setEnding(true)}>
              {t('deletion.panel.end')}
            </button>
          </div>
          <ServiceEndDialog open={ending} scope="record" targetId={record.id} targetLabel="" onClose={() => setEnding(false)} />
        </>
      ) : (
        <>
          <p className="notice" role="status">
            {t('deletion.panel.ended', { date: formatDateTime(covering.payload.endedAt), scope: enumText({ id: 'personal-information-deletion' }, 'scope', covering.payload.scope) })}
            {due?.dueDate != null && ` ${t('deletion.panel.dueBy', { date: due.dueDate })}`}
          </p>
          <div className="actions">
            <Link className="button primary" to={`/ledgers/personal-information-deletion/${covering.id}`}>
              {t('deletion.panel.toDelete')}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
