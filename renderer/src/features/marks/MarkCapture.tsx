import { useEffect, useMemo, useState } from 'react';
import { markFileExtensions, minimumImageSide, type MarkKind } from '@shared/image/mark-lifter';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';
import { CameraDialog } from './CameraDialog';
import { processMark, type MarkOutcome } from './mark-processor';
import type { MarkSource } from './mark.worker';

export type AcceptedMark = Readonly<{ original: OpenedFile; lifted: Uint8Array<ArrayBuffer>; aspect: number }>;

type MarkCaptureProps = Readonly<{
  kind: MarkKind;
  title: string;
  preview: Uint8Array | null;
  onAccepted: (mark: AcceptedMark) => Promise<void>;
  /** A sentence added to one refusal, where this step offers a way out (the sole proprietor's box). */
  advice?: Readonly<{ problem: MarkOutcomeProblem; text: string }>;
}>;

type MarkOutcomeProblem = Extract<MarkOutcome, { ok: false }>['problem'];

const imageFilters = [{ name: '照片或扫描件', extensions: [...markFileExtensions] }];

function refusalText(outcome: Extract<MarkOutcome, { ok: false }>): string {
  return t(`marks.problem.${outcome.problem}`, { width: outcome.width, height: outcome.height, minimum: minimumImageSide });
}

/** Import or photograph a seal or thumbprint; shows the lifted ink, or why it was refused. */
export function MarkCapture({ kind, title, preview, onAccepted, advice }: MarkCaptureProps) {
  const { services } = useSession();
  const [status, setStatus] = useState<'idle' | 'working' | 'accepted' | 'refused'>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const previewUrl = useMemo(
    () => (preview === null ? null : URL.createObjectURL(new Blob([preview as Uint8Array<ArrayBuffer>], { type: 'image/png' }))),
    [preview],
  );
  useEffect(
    () => () => {
      if (previewUrl !== null) URL.revokeObjectURL(previewUrl);
    },
    [previewUrl],
  );

  const finish = async (outcome: MarkOutcome, original: OpenedFile | null) => {
    if (!outcome.ok) {
      setStatus('refused');
      const extra = advice?.problem === outcome.problem ? ` ${advice.text}` : '';
      setMessage(`${refusalText(outcome)}${extra} ${t('marks.retry')}`);
      return;
    }
    const source = original ?? { name: `${kind}-camera.jpg`, data: outcome.original ?? new Uint8Array(0) };
    try {
      await onAccepted({ original: source, lifted: outcome.png, aspect: outcome.aspect });
    } catch (error) {
      setStatus('refused');
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
      return;
    }
    setStatus('accepted');
    setMessage(t('marks.accepted'));
  };

  // Whatever happens in the worker, the spinner ends with a sentence.
  const lift = async (source: MarkSource, original: OpenedFile | null) => {
    let outcome: MarkOutcome;
    try {
      outcome = await processMark(kind, source);
    } catch {
      outcome = { ok: false, problem: 'failed', width: 0, height: 0 };
    }
    await finish(outcome, original);
  };

  const importFile = async () => {
    const result = await services.host.files.openFile({ filters: imageFilters, maxBytes: 40 * 1024 * 1024 });
    if (!result.ok) {
      setStatus('refused');
      return setMessage(describeErrorZhCN(result.error.code));
    }
    if (result.value === null) return;
    setStatus('working');
    setMessage(t('marks.processing'));
    const file = result.value;
    await lift({ type: 'file', bytes: file.data.slice().buffer }, file);
  };

  const fromCamera = async (frame: ImageBitmap) => {
    setCamera(false);
    setStatus('working');
    setMessage(t('marks.processing'));
    await lift({ type: 'bitmap', bitmap: frame }, null);
  };

  return (
    <section className="mark-capture" data-testid={`mark-capture-${kind}`}>
      <h3>{title}</h3>
      {previewUrl !== null && (
        <figure className="mark-preview">
          <img src={previewUrl} alt={t('marks.preview')} data-testid={`mark-preview-${kind}`} />
          <figcaption>{t('marks.preview')}</figcaption>
        </figure>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={status === 'working'} onClick={() => void importFile()}>
          {t('marks.import')}
        </button>
        <button type="button" className="button" disabled={status === 'working'} onClick={() => setCamera(true)}>
          {t('marks.camera')}
        </button>
      </div>
      <p className="field-hint">{t('marks.fileTypes', { minimum: minimumImageSide })}</p>
      {message !== null && (
        <p role="status" className={status === 'refused' ? 'field-error' : 'status'} data-testid={`mark-status-${kind}`}>
          {message}
        </p>
      )}
      {camera && <CameraDialog guide={kind === 'seal' ? 'round' : 'oval'} onCapture={(frame) => void fromCamera(frame)} onClose={() => setCamera(false)} />}
    </section>
  );
}
