import { useEffect, useState } from 'react';
import { utf8 } from '@shared/encoding/bytes';
import { stableStringify } from '@shared/encoding/stable-json';
import { valueOrThrow } from '@shared/ipc/result';
import { operatorInfoSchema, signingPersonName } from '@shared/signing/operator.schema';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { useUserAction } from '@renderer/components/use-user-action';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { saveSignedLetter } from '@renderer/signing/letters-repository';
import { loadLetterSigning } from '@renderer/signing/load-letter-pdf';
import type { SignedLetter } from '@renderer/signing/signed-letter';
import { discardSigningDraft, listObjections } from '@renderer/signing/signing-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { loadMarkImages } from './mark-images';
import { renderSignaturePng } from './signature-drawing';
import { findNotReadyReason } from './signing-readiness';

type ConfirmStepProps = Readonly<{ draftId: string; draft: SigningDraft; onSave: (change: Partial<SigningDraft>) => Promise<void>; onSigned: (letter: SignedLetter) => void }>;

/** Step 5: check, preview, then sign: the PDF is made, signed and kept. */
export function ConfirmStep({ draftId, draft, onSave, onSigned }: ConfirmStepProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [openObjections, setOpenObjections] = useState<number | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const { working, message, setMessage, run } = useUserAction();

  useEffect(() => {
    let active = true;
    void listObjections(store, draftId).then((list) => active && setOpenObjections(list.filter((item) => item.status === 'open').length));
    return () => {
      active = false;
    };
  }, [store, draftId]);

  useEffect(() => {
    if (draft.signature === null) return undefined;
    let url: string | null = null;
    void renderSignaturePng(draft.signature).then(({ png }) => {
      url = URL.createObjectURL(new Blob([png], { type: 'image/png' }));
      setPreview(url);
    });
    return () => {
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [draft.signature]);

  if (openObjections === null) return null;
  const reason = findNotReadyReason(draft, openObjections);
  const operator = operatorInfoSchema.safeParse(draft.operator ?? {});

  const sign = async () => {
    if (reason !== null || !operator.success) return;
    setMessage(null);
    await run(async () => {
      const info = valueOrThrow(await services.host.app.getInfo());
      const signature = draft.signature === null ? null : await renderSignaturePng(draft.signature);
      const marks = await loadMarkImages(store, draft);
      const { pdf, createSignedLetter } = await loadLetterSigning();
      const letter = await createSignedLetter(store, pdf, {
        template: currentLetterTemplate,
        templateSha256: await verifiedTemplateHash(),
        operator: operator.data,
        signature: draft.signature,
        images: [...(signature ? [{ role: 'representative-signature' as const, png: signature.png, aspect: signature.aspect }] : []), ...marks.images],
        soleProprietorBoxChecked: draft.soleProprietorBoxChecked,
        crossPageMark: draft.crossPageMark,
        signedAt: services.now(),
        app: info,
        device: navigator.userAgent.replace(/\s*\(KHTML, like Gecko\)/, ''),
      });
      await saveSignedLetter(
        store,
        letter,
        [
          ...(signature && draft.signature
            ? [
                { name: '签名.png', purpose: 'signature-image', data: signature.png },
                { name: '笔迹数据.json', purpose: 'stroke-data', data: utf8(stableStringify(draft.signature)) },
              ]
            : []),
          ...marks.evidence,
        ],
        services.now(),
      );
      await discardSigningDraft(store, draftId);
      onSigned(letter);
    });
  };

  return (
    <div>
      <p className="lead">{t('confirm.intro')}</p>
      {operator.success && (
        <dl className="facts">
          <dt>{t('confirm.operator')}</dt>
          <dd>{operator.data.operatorName}</dd>
          <dt>{t('confirm.uscc')}</dt>
          <dd className="monospace">{operator.data.unifiedSocialCreditCode}</dd>
          <dt>{t('confirm.signer')}</dt>
          <dd>{signingPersonName(operator.data)}</dd>
          <dt>{t('confirm.date')}</dt>
          <dd data-testid="confirm-date">{formatDate(services.now())}</dd>
          <dt>{t('confirm.template')}</dt>
          <dd>{`${currentLetterTemplate.title}（第 ${currentLetterTemplate.version} 版）`}</dd>
        </dl>
      )}
      {preview !== null && (
        <figure className="signature-preview">
          <img src={preview} alt={t('confirm.signaturePreview')} />
          <figcaption>{t('confirm.signaturePreview')}</figcaption>
        </figure>
      )}
      {reason !== null && (
        <p className="notice" role="alert">
          {t('confirm.notReady', { reason: t(`confirm.reason.${reason}`) })}
        </p>
      )}
      {message !== null && <p className="field-error" role="alert">{message}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={() => void onSave({ step: 'signature' })}>
          {t('signing.back')}
        </button>
        <button type="button" className="button primary" disabled={reason !== null || working} onClick={() => void sign()}>
          {working ? t('confirm.working') : t('confirm.sign')}
        </button>
      </div>
    </div>
  );
}
