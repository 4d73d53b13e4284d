import { useState } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { SignatureCapture } from '@shared/signing/signature-strokes';
import { SignaturePadField } from '@renderer/features/signing/SignaturePadField';
import { usePadHost } from '@renderer/host/host-context';
import { t } from '@renderer/i18n/t';

/**
 * The pen-display window of the desktop app: only the pad, full-screen. It
 * holds no workspace data and its host offers only submit and close; the
 * strokes go back to the main window on 完成.
 */
export function PadPage() {
  const host = usePadHost();
  const [capture, setCapture] = useState<SignatureCapture | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const done = async () => {
    if (capture === null) return setMessage(t('signature.empty'));
    const result = await host.pad.submit(capture);
    if (!result.ok) setMessage(describeErrorZhCN(result.error.code));
  };

  return (
    <main className="pad-page">
      <h1>{t('pad.title')}</h1>
      <SignaturePadField label={t('signature.padLabel')} value={capture} onChange={setCapture} />
      {message !== null && <p role="alert">{message}</p>}
      <div className="actions pad-actions">
        <button type="button" className="button" onClick={() => void host.pad.close()}>
          {t('pad.cancel')}
        </button>
        <button type="button" className="button primary" onClick={() => void done()}>
          {t('pad.done')}
        </button>
      </div>
    </main>
  );
}
