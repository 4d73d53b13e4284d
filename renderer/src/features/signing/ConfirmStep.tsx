import { useEffect, useState } from 'react';
import { bytesToHex } from '@shared/encoding/hex';
import { utf8 } from '@shared/encoding/bytes';
import { stableStringify } from '@shared/encoding/stable-json';
import { valueOrThrow } from '@shared/ipc/result';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { operatorInfoSchema } from '@shared/signing/operator.schema';
import { describeSigner } from '@shared/signing/signing-evidence';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { useUserAction } from '@renderer/components/use-user-action';
import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { chinaDateParts } from '@renderer/signing/letter-labels';
import { saveSignedLetter } from '@renderer/signing/letters-repository';
import { loadLetterSigning } from '@renderer/signing/load-letter-pdf';
import type { SignedLetter } from '@renderer/signing/signed-letter';
import { discardSigningDraft, listObjections, readAttachment } from '@renderer/signing/signing-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { loadMarkImages } from './mark-images';
import { renderSignaturePng } from './signature-drawing';
import { SignatureBlockPreview } from './SignatureBlockPreview';
import { findNotReadyReason } from './signing-readiness';
import { useDraftImages } from './use-draft-images';

type ConfirmStepProps = Readonly<{ draftId: string; draft: SigningDraft; onSave: (change: Partial<SigningDraft>) => Promise<void>; onSigned: (letter: SignedLetter) => void }>;

/** Step 5: check what goes into the PDF, as it will be printed, then sign: the PDF is made, signed and kept. */
export function ConfirmStep({ draftId, draft, onSave, onSigned }: ConfirmStepProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [openObjections, setOpenObjections] = useState<number | null>(null);
  const [authorisation, setAuthorisation] = useState<OpenedFile | null>(null);
  const images = useDraftImages(draft);
  const { working, message, setMessage, run } = useUserAction();

  useEffect(() => {
    let active = true;
    void listObjections(store, draftId).then((list) => active && setOpenObjections(list.filter((item) => item.status === 'open').length));
    return () => {
      active = false;
    };
  }, [store, draftId]);

  useEffect(() => {
    if (draft.authorisationAttachmentId === null) return undefined;
    let active = true;
    void readAttachment(store, draft.authorisationAttachmentId).then((file) => active && setAuthorisation(file));
    return () => {
      active = false;
    };
  }, [store, draft.authorisationAttachmentId]);

  if (openObjections === null) return null;
  const reason = findNotReadyReason(draft, openObjections);
  const operator = operatorInfoSchema.safeParse(draft.operator ?? {});
  const isAuthorised = operator.success && operator.data.signerRole === 'authorised-representative';
  const now = services.now();

  const sign = async () => {
    if (reason !== null || !operator.success) return;
    setMessage(null);
    await run(async () => {
      const info = valueOrThrow(await services.host.app.getInfo());
      const signature = draft.signature === null ? null : await renderSignaturePng(draft.signature);
      const marks = await loadMarkImages(store, draft);
      const letterOfAuthority = isAuthorised && draft.authorisationAttachmentId !== null ? await readAttachment(store, draft.authorisationAttachmentId) : null;
      const { pdf, createSignedLetter } = await loadLetterSigning();
      const letter = await createSignedLetter(store, pdf, {
        template: currentLetterTemplate,
        templateSha256: await verifiedTemplateHash(),
        operator: operator.data,
        signature: draft.signature,
        images: [...(signature ? [{ role: 'representative-signature' as const, png: signature.png, aspect: signature.aspect }] : []), ...marks.images],
        authorisation: letterOfAuthority === null ? null : { name: letterOfAuthority.name, sha256: bytesToHex(await store.cryptoPort.sha256(letterOfAuthority.data)) },
        soleProprietorBoxChecked: draft.soleProprietorBoxChecked,
        crossPageMark: draft.crossPageMark,
        signedAt: services.now(),
        app: info,
      });
      const evidence = [
        ...(signature && draft.signature
          ? [
              { name: '签名.png', purpose: 'signature-image', data: signature.png },
              { name: '笔迹数据.json', purpose: 'stroke-data', data: utf8(stableStringify(draft.signature)) },
            ]
          : []),
        ...marks.evidence,
      ];
      await saveSignedLetter(store, letter, { evidence, authorisation: letterOfAuthority }, services.now());
      await services.registry.noteSigned(store.workspaceId, { merchantName: letter.record.operator.operatorName, signedAt: letter.record.signedAt, documentDigest: letter.pdfSha256 });
      await discardSigningDraft(store, draftId);
      onSigned(letter);
    });
  };

  return (
    <div>
      <p className="lead">{t('confirm.intro')}</p>
      {operator.success && (
        <dl className="facts confirm-facts" data-testid="confirm-facts">
          <dt>{t('confirm.operator')}</dt>
          <dd>{`${operator.data.operatorName}（${t(`operator.type.${operator.data.operatorType}`)}）`}</dd>
          <dt>{t('confirm.uscc')}</dt>
          <dd className="monospace">{operator.data.unifiedSocialCreditCode}</dd>
          <dt>{t('confirm.legalRepresentative')}</dt>
          <dd>{operator.data.legalRepresentative}</dd>
          <dt>{t('confirm.signer')}</dt>
          <dd>{describeSigner(operator.data)}</dd>
          {isAuthorised && (
            <>
              <dt>{t('confirm.authorisation')}</dt>
              <dd>{authorisation === null ? t('confirm.authorisationMissing') : t('confirm.authorisationKept', { name: authorisation.name })}</dd>
            </>
          )}
          <dt>{t('confirm.date')}</dt>
          <dd data-testid="confirm-date">{formatDate(now)}</dd>
          <dt>{t('confirm.template')}</dt>
          <dd>{t('confirm.templateVersion', { title: currentLetterTemplate.title, version: currentLetterTemplate.version })}</dd>
        </dl>
      )}
      {operator.success && images !== null && (
        <SignatureBlockPreview
          template={currentLetterTemplate}
          operator={operator.data}
          images={images}
          soleProprietorBoxChecked={draft.soleProprietorBoxChecked}
          crossPageMark={draft.crossPageMark}
          date={chinaDateParts(now)}
        />
      )}
      <section className="notice certificate-notice" data-testid="certificate-notice">
        <h3>{t('confirm.certificate.title')}</h3>
        <p>{t('confirm.certificate.body')}</p>
      </section>
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
