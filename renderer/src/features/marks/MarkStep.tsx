import { useEffect, useState } from 'react';
import type { OperatorInfoInput } from '@shared/signing/operator.schema';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { t } from '@renderer/i18n/t';
import { addAttachment, readAttachment } from '@renderer/signing/signing-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { MarkCapture, type AcceptedMark } from './MarkCapture';

type Mark = SigningDraft['marks'][number];
type MarkStepProps = Readonly<{ draftId: string; draft: SigningDraft; onSave: (change: Partial<SigningDraft>) => Promise<void> }>;

/**
 * Step 3 (盖章 / 手印): a company's seal; a sole proprietor's seal, or — box
 * ticked — the legal person's thumbprint in its place; optionally the
 * representative's thumbprint; optionally all of it across the page edges.
 */
export function MarkStep({ draftId, draft, onSave }: MarkStepProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const operator = (draft.operator ?? {}) as Partial<OperatorInfoInput>;
  const isSoleProprietor = operator.operatorType === 'sole-proprietor';
  const operatorKind: Mark['kind'] = isSoleProprietor && draft.soleProprietorBoxChecked ? 'thumbprint' : 'seal';
  const [previews, setPreviews] = useState<Record<string, Uint8Array>>({});
  const [representativeThumbprint, setRepresentativeThumbprint] = useState(draft.marks.some((mark) => mark.line === 'representative'));

  useEffect(() => {
    let active = true;
    void Promise.all(draft.marks.map(async (mark) => [`${mark.line}-${mark.kind}`, (await readAttachment(store, mark.attachmentId)).data] as const)).then(
      (entries) => active && setPreviews(Object.fromEntries(entries)),
    );
    return () => {
      active = false;
    };
  }, [store, draft.marks]);

  const accept = (line: Mark['line'], kind: Mark['kind']) => async (mark: AcceptedMark) => {
    const now = services.now();
    const owner = { table: 'signingDrafts', id: draftId };
    const originalAttachmentId = await addAttachment(store, owner, mark.original, `${kind}-original`, now);
    const attachmentId = await addAttachment(store, owner, { name: `${kind}.png`, data: mark.lifted }, `${kind}-image`, now);
    const others = draft.marks.filter((existing) => existing.line !== line);
    await onSave({ marks: [...others, { kind, line, attachmentId, originalAttachmentId, aspect: mark.aspect }] });
  };

  const operatorMark = draft.marks.find((mark) => mark.line === 'operator' && mark.kind === operatorKind);
  const canContinue = operatorMark !== undefined && (!representativeThumbprint || draft.marks.some((mark) => mark.line === 'representative'));

  return (
    <div>
      <p className="lead">{t(isSoleProprietor ? 'marks.intro.sole-proprietor' : 'marks.intro.enterprise')}</p>
      {isSoleProprietor && (
        <label className="checkbox-line">
          <input
            type="checkbox"
            checked={draft.soleProprietorBoxChecked}
            onChange={(event) => void onSave({ soleProprietorBoxChecked: event.target.checked, marks: draft.marks.filter((mark) => mark.line !== 'operator') })}
          />
          {t('marks.soleProprietorBox')}
        </label>
      )}
      <MarkCapture
        key={operatorKind}
        kind={operatorKind}
        title={t(operatorKind === 'seal' ? 'marks.seal.title' : 'marks.thumbprint.title')}
        preview={previews[`operator-${operatorKind}`] ?? null}
        onAccepted={accept('operator', operatorKind)}
        {...(isSoleProprietor && operatorKind === 'seal' ? { advice: { problem: 'thumbprint-not-seal', text: t('marks.problem.thumbprint-not-seal.sole-proprietor') } as const } : {})}
      />
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={representativeThumbprint}
          onChange={(event) => {
            setRepresentativeThumbprint(event.target.checked);
            if (!event.target.checked) void onSave({ marks: draft.marks.filter((mark) => mark.line !== 'representative') });
          }}
        />
        {t('marks.representativeThumbprint')}
      </label>
      {representativeThumbprint && (
        <MarkCapture
          kind="thumbprint"
          title={t('marks.representativeThumbprint.title')}
          preview={previews['representative-thumbprint'] ?? null}
          onAccepted={accept('representative', 'thumbprint')}
        />
      )}
      <label className="checkbox-line">
        <input type="checkbox" checked={draft.crossPageMark} disabled={operatorMark === undefined} onChange={(event) => void onSave({ crossPageMark: event.target.checked })} />
        {t('marks.crossPage')}
      </label>
      <div className="actions">
        <button type="button" className="button" onClick={() => void onSave({ step: 'read' })}>
          {t('signing.back')}
        </button>
        <button type="button" className="button primary" disabled={!canContinue} onClick={() => void onSave({ step: 'signature' })}>
          {t('signing.next')}
        </button>
      </div>
    </div>
  );
}
