import { useState } from 'react';
import { bytesToHex } from '@shared/encoding/hex';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { maxFileBytes } from '@shared/ipc/files.schema';
import { findNamedDigests, verifyLetterFile, type LetterFileVerdict } from '@shared/signing/letter-verification';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { listLetters } from '@renderer/signing/letters-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';

type FingerprintState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; name: string; sha256: string; verdict: LetterFileVerdict }
  | { kind: 'message'; text: string };

function verdictText(verdict: LetterFileVerdict): string {
  if (verdict.kind === 'unknown') return t('fingerprint.unknown');
  const params = { operator: verdict.letter.operatorName, date: formatDateTime(verdict.letter.signedAt) };
  return verdict.kind === 'original' ? t('fingerprint.original', params) : t('fingerprint.changed', params);
}

/**
 * 核对文件指纹: tells whether a chosen file is a letter signed in this
 * workspace and unchanged since. A file's SHA-256 cannot be printed inside
 * itself, so the evidence page carries the document digest; the file is
 * found by that digest and judged by its fingerprint against the one kept
 * when it was signed.
 */
export function FileFingerprint() {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [state, setState] = useState<FingerprintState>({ kind: 'idle' });

  const pick = async () => {
    setState({ kind: 'working' });
    try {
      const result = await services.host.files.openFile({
        filters: [
          { name: 'PDF', extensions: ['pdf'] },
          { name: '图片', extensions: ['png', 'jpg', 'jpeg', 'webp'] },
        ],
        maxBytes: maxFileBytes,
      });
      if (!result.ok) return setState({ kind: 'message', text: describeErrorZhCN(result.error.code) });
      if (result.value === null) return setState({ kind: 'message', text: t('documents.verify.cancelled') });
      const sha256 = bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', result.value.data)));
      const letters = (await listLetters(store)).map(({ id, letter }) => ({ id, ...letter }));
      const named = findNamedDigests(new TextDecoder('latin1').decode(result.value.data));
      setState({ kind: 'done', name: result.value.name, sha256, verdict: verifyLetterFile(sha256, named, letters) });
    } catch (error) {
      setState({ kind: 'message', text: describeErrorZhCN(toAppError(error).code) });
    }
  };

  return (
    <section className="card" data-testid="file-fingerprint">
      <h2>{t('documents.verify.title')}</h2>
      <p>{t('fingerprint.body')}</p>
      <details className="check-details">
        <summary>{t('fingerprint.how.title')}</summary>
        <p>{t('fingerprint.how.body')}</p>
      </details>
      <div className="actions">
        <button type="button" className="button" disabled={state.kind === 'working'} onClick={() => void pick()}>
          {state.kind === 'working' ? t('documents.verify.working') : t('documents.verify.action')}
        </button>
      </div>
      {state.kind === 'done' && (
        <div role="status" className={state.verdict.kind === 'original' ? 'status ok' : 'notice'} data-testid="fingerprint-verdict">
          <p>{t('fingerprint.file', { name: state.name })}</p>
          <p>
            <strong>{verdictText(state.verdict)}</strong>
          </p>
          <p className="muted">
            {t('fingerprint.sha256')}
            <code className="hash" data-testid="sha256">
              {state.sha256}
            </code>
          </p>
        </div>
      )}
      {state.kind === 'message' && (
        <p role="status" className="status">
          {state.text}
        </p>
      )}
    </section>
  );
}
