import { useCallback, useState } from 'react';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { formatBytes } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';

/** Below this much free space, a write asks first. */
export const lowSpaceBytes = 500 * 1024 * 1024;

type Pending = Readonly<{ freeBytes: number; answer: (proceed: boolean) => void }>;

/**
 * Before a large write, checks the free space (main's statfs in the desktop
 * app, the storage estimate in the browser) and, when it is low, asks.
 */
export function useStorageGuard() {
  const { services } = useSession();
  const [pending, setPending] = useState<Pending | null>(null);

  const confirmSpace = useCallback(
    async (bytesToWrite: number): Promise<boolean> => {
      const result = await services.host.storage.freeSpace();
      const free = result.ok ? result.value.freeBytes : null;
      if (free === null || free - bytesToWrite >= lowSpaceBytes) return true;
      return new Promise<boolean>((resolve) => {
        setPending({
          freeBytes: free,
          answer: (proceed) => {
            setPending(null);
            resolve(proceed);
          },
        });
      });
    },
    [services],
  );

  return { confirmSpace, pending };
}

/** The question the guard asks; render it once where the guard is used. */
export function LowSpaceDialog({ guard }: { guard: ReturnType<typeof useStorageGuard> }) {
  const pending = guard.pending;
  return (
    <ConfirmDialog
      open={pending !== null}
      danger
      title={t('guard.lowSpace.title')}
      confirmLabel={t('guard.lowSpace.continue')}
      cancelLabel={t('guard.lowSpace.cancel')}
      onConfirm={() => pending?.answer(true)}
      onCancel={() => pending?.answer(false)}
    >
      <p>{t('guard.lowSpace.body', { space: formatBytes(pending?.freeBytes ?? 0) })}</p>
    </ConfirmDialog>
  );
}
