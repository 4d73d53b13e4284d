import { useState } from 'react';
import { bytesToHex } from '@shared/encoding/hex';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { maxFileBytes } from '@shared/ipc/files.schema';
import { useHost } from '@renderer/host/host-context';
import { t } from '@renderer/i18n/t';

type FingerprintState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; name: string; sha256: string }
  | { kind: 'message'; text: string };

/** Computes a file's SHA-256 so the user can compare it with an evidence page. */
export function FileFingerprint() {
  const host = useHost();
  const [state, setState] = useState<FingerprintState>({ kind: 'idle' });

  const pick = async () => {
    setState({ kind: 'working' });
    const result = await host.files.openFile({
      filters: [
        { name: 'PDF', extensions: ['pdf'] },
        { name: '图片', extensions: ['png', 'jpg', 'jpeg', 'webp'] },
      ],
      maxBytes: maxFileBytes,
    });
    if (!result.ok) return setState({ kind: 'message', text: describeErrorZhCN(result.error.code) });
    if (result.value === null) return setState({ kind: 'message', text: t('documents.verify.cancelled') });
    const digest = await crypto.subtle.digest('SHA-256', result.value.data);
    const sha256 = bytesToHex(new Uint8Array(digest));
    setState({ kind: 'done', name: result.value.name, sha256 });
  };

  return (
    <section className="card">
      <h2>{t('documents.verify.title')}</h2>
      <p>{t('documents.verify.body')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={state.kind === 'working'} onClick={() => void pick()}>
          {state.kind === 'working' ? t('documents.verify.working') : t('documents.verify.action')}
        </button>
      </div>
      {state.kind === 'done' && (
        <p role="status" className="status">
          {t('documents.verify.result', { name: state.name })}
          <code className="hash" data-testid="sha256">
            {state.sha256}
          </code>
        </p>
      )}
      {state.kind === 'message' && (
        <p role="status" className="status">
          {state.text}
        </p>
      )}
    </section>
  );
}
