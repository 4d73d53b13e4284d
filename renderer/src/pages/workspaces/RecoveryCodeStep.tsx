import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { t } from '@renderer/i18n/t';
import { RecoverySheet } from '@renderer/components/RecoverySheet';

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
      <RecoverySheet label={workspace.label} recoveryCode={recoveryCode} date={workspace.createdAt} testId="recovery-code" headingLevel={2} />
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
