import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';

type RecoveryCodeStepProps = Readonly<{ workspace: WorkspaceSummary; recoveryCode: string; next?: string }>;

/** Shows the recovery code once, lets it be printed, and asks for its last group back. */
export function RecoveryCodeStep({ workspace, recoveryCode, next = '/' }: RecoveryCodeStepProps) {
  const navigate = useNavigate();
  const [lastGroup, setLastGroup] = useState('');
  const [wrong, setWrong] = useState(false);
  const groups = recoveryCode.split('-');

  const confirm = () => {
    if (lastGroup.trim().toUpperCase() !== groups[groups.length - 1]) return setWrong(true);
    void navigate(next);
  };

  return (
    <article className="page narrow">
      <h1 className="no-print">{t('create.recovery.title')}</h1>
      <p className="notice no-print">{t('create.recovery.body')}</p>
      <section className="recovery-sheet">
        <h2 className="print-only">{t('create.recovery.printHeading')}</h2>
        <p className="print-only">{t('create.recovery.printWorkspace', { label: workspace.label })}</p>
        <p className="print-only">{t('create.recovery.printDate', { date: formatDate(workspace.createdAt) })}</p>
        <p className="recovery-code" data-testid="recovery-code" translate="no">
          {groups.map((group, index) => (
            <span key={index}>{group}</span>
          ))}
        </p>
      </section>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('create.recovery.print')}
        </button>
      </div>
      <div className="form no-print">
        <label>
          {t('create.recovery.confirmLabel')}
          <input
            value={lastGroup}
            maxLength={4}
            autoComplete="off"
            onChange={(event) => {
              setLastGroup(event.target.value);
              setWrong(false);
            }}
          />
        </label>
        {wrong && <p className="field-error" role="alert">{t('create.recovery.confirmWrong')}</p>}
        <div className="actions">
          <button type="button" className="button primary" onClick={confirm}>
            {t('create.recovery.done')}
          </button>
        </div>
      </div>
    </article>
  );
}
