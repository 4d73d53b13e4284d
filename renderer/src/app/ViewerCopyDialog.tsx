import { useSyncExternalStore } from 'react';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import type { ViewerCopyPrompt } from '@renderer/host/viewer-copy-confirmation';
import { t } from '@renderer/i18n/t';

type ViewerCopyDialogProps = Readonly<{ prompt: ViewerCopyPrompt; runtime: 'electron' | 'browser' }>;

/** Says, before a letter or scan is opened outside the app, that an unencrypted copy leaves the vault and when it goes. */
export function ViewerCopyDialog({ prompt, runtime }: ViewerCopyDialogProps) {
  const open = useSyncExternalStore(prompt.subscribe, prompt.isAsking);
  return (
    <ConfirmDialog
      open={open}
      title={t('viewer.copy.title')}
      confirmLabel={t('viewer.copy.confirm')}
      cancelLabel={t('viewer.copy.cancel')}
      onConfirm={() => prompt.reply(true)}
      onCancel={() => prompt.reply(false)}
    >
      <p>{t(runtime === 'electron' ? 'viewer.copy.desktop' : 'viewer.copy.browser')}</p>
    </ConfirmDialog>
  );
}
