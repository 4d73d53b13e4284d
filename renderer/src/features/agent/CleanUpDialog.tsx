import { useState } from 'react';
import type { OnboardingRecord } from '@shared/agent/onboarding';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import { WorkspaceRemovalList } from '@renderer/features/retention/WorkspaceRemovalList';

type CleanUpDialogProps = Readonly<{ record: OnboardingRecord; label: string; onClose: () => void; onCleaned: () => void }>;

/**
 * 清理本机资料: after the hand-over, the merchant's workspace leaves the
 * agent's laptop — data, snapshots, remembered key, reminders, viewer copies —
 * with the workspace's passphrase. Refused when anything changed since the
 * bundle was made (the merchant would lack it). The onboarding record stays.
 */
export function CleanUpDialog({ record, label, onClose, onCleaned }: CleanUpDialogProps) {
  const { services, session, lock } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isOpen = session?.workspace.id === record.workspaceId;

  const cleanUp = async () => {
    setWorking(true);
    setError(null);
    try {
      // Loaded when used: the day list is on the start screen.
      const { removeWorkspaceOrRefuse } = await import('@renderer/features/retention/remove-workspace');
      const refused = await removeWorkspaceOrRefuse(services, {
        workspaceId: record.workspaceId,
        passphrase,
        openStore: isOpen && session !== null ? session.store : null,
        beforeRemoving: () => isOpen && lock('user'),
      });
      if (refused === null) return onCleaned();
      setError(refused.verdict.archive === 'outdated' ? t('agent.cleanUp.changedSince', { at: formatDateTime(refused.lastArchiveAt ?? record.handedOverAt ?? 0) }) : t('agent.cleanUp.noBundle'));
    } catch (failure) {
      setPassphrase('');
      setError(describeErrorZhCN(toAppError(failure).code));
    } finally {
      setWorking(false);
    }
  };

  return (
    <ConfirmDialog
      open
      title={t('agent.cleanUp.title', { merchant: label })}
      confirmLabel={working ? t('agent.cleanUp.working') : t('agent.cleanUp.confirm')}
      cancelLabel={t('workspaces.cancel')}
      danger
      confirmDisabled={working || passphrase === ''}
      onConfirm={() => void cleanUp()}
      onCancel={onClose}
    >
      <p>{t('agent.cleanUp.what')}</p>
      <WorkspaceRemovalList />
      <p>{t('agent.cleanUp.kept')}</p>
      <label className="field">
        {t('agent.cleanUp.passphrase')}
        <input type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
      </label>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
