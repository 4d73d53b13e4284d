import { useState } from 'react';
import { t } from '@renderer/i18n/t';
import { usePresentation } from '@renderer/session/presentation-context';
import { useSession } from '@renderer/session/session-context';
import { ExitPresentationDialog } from './ExitPresentationDialog';
import { MerchantTurn } from './MerchantTurn';

/**
 * The whole window while the merchant has the device: no navigation, no
 * workspace tools, only their part of signing and the agent's way back
 * (the PIN). Any address, a reload or the back button lands here again.
 */
export function PresentationShell() {
  const { session } = useSession();
  const { presenting } = usePresentation();
  const [exiting, setExiting] = useState(false);
  const ready = session !== null && presenting !== null && session.workspace.id === presenting.workspaceId;
  return (
    <div className="presentation-shell" data-testid="presentation-shell">
      <header className="presentation-header">
        <div className="brand">
          <img src="/favicon.png" alt="" width={28} height={28} />
          <span>{t('presentation.title')}</span>
        </div>
        <button type="button" className="button small" onClick={() => setExiting(true)}>
          {t('presentation.exit')}
        </button>
      </header>
      <main id="main" className="presentation-main" tabIndex={-1}>
        {ready ? (
          <MerchantTurn />
        ) : (
          <section className="card card-next" data-testid="presentation-locked">
            <h1>{t('presentation.locked.title')}</h1>
            <p>{t('presentation.locked.body')}</p>
          </section>
        )}
      </main>
      <ExitPresentationDialog open={exiting} onClose={() => setExiting(false)} />
    </div>
  );
}
