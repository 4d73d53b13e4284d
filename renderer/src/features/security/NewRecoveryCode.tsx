import { useState } from 'react';
import { t } from '@renderer/i18n/t';
import { RecoverySheet } from '@renderer/components/RecoverySheet';

type NewRecoveryCodeProps = Readonly<{
  label: string;
  recoveryCode: string;
  now: number;
  intro: string;
  confirmLabel: string;
  working: boolean;
  onConfirmed: () => void;
  onCancel: () => void;
}>;

/** A new recovery code shown once, printable, taken only once its last group is typed back. */
export function NewRecoveryCode({ label, recoveryCode, now, intro, confirmLabel, working, onConfirmed, onCancel }: NewRecoveryCodeProps) {
  const [lastGroup, setLastGroup] = useState('');
  const [wrong, setWrong] = useState(false);
  const groups = recoveryCode.split('-');
  const confirm = () => {
    if (lastGroup.trim().toUpperCase() !== groups[groups.length - 1]) return setWrong(true);
    onConfirmed();
  };
  return (
    <div className="form">
      <p className="notice no-print">{intro}</p>
      <RecoverySheet label={label} recoveryCode={recoveryCode} date={now} testId="new-recovery-code" headingLevel={3} />
      <label className="no-print">
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
      {wrong && (
        <p className="field-error" role="alert">
          {t('create.recovery.confirmWrong')}
        </p>
      )}
      <div className="actions no-print">
        <button type="button" className="button primary" disabled={working} onClick={confirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" disabled={working} onClick={onCancel}>
          {t('security.recovery.cancel')}
        </button>
      </div>
    </div>
  );
}
