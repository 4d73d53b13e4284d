import { useEffect, useState } from 'react';
import type { MessageKey } from '@shared/i18n/zh-CN';
import { valueOrThrow } from '@shared/ipc/result';
import type { SigningStep } from '@shared/signing/signing-draft.schema';
import { MarkStep } from '@renderer/features/marks/MarkStep';
import { StartPresentation } from '@renderer/features/presentation/StartPresentation';
import { ConfirmStep } from '@renderer/features/signing/ConfirmStep';
import { OperatorStep } from '@renderer/features/signing/OperatorStep';
import { PaperCopyCard } from '@renderer/features/signing/PaperCopyCard';
import { ReadStep } from '@renderer/features/signing/ReadStep';
import { SignatureStep } from '@renderer/features/signing/SignatureStep';
import { rehearsalLetterInput } from '@renderer/features/signing/signing-rehearsal';
import { SignedLetterActions } from '@renderer/features/signing/SignedLetterActions';
import { useSigningDraft } from '@renderer/features/signing/use-signing-draft';
import { t } from '@renderer/i18n/t';
import { loadLetterSigning } from '@renderer/signing/load-letter-pdf';
import type { SignedLetter } from '@renderer/signing/signed-letter';
import { useOpenSession, useSession } from '@renderer/session/session-context';

const steps: ReadonlyArray<{ id: SigningStep; title: MessageKey }> = [
  { id: 'operator', title: 'sign.step.operator.title' },
  { id: 'read', title: 'sign.step.read.title' },
  { id: 'mark', title: 'sign.step.seal.title' },
  { id: 'signature', title: 'sign.step.signature.title' },
  { id: 'confirm', title: 'sign.step.confirm.title' },
];

const preparation: readonly MessageKey[] = ['sign.prepare.license', 'sign.prepare.representative', 'sign.prepare.seal', 'sign.prepare.thumbprint', 'sign.prepare.pen'];

/** 签署: the wizard, resumable at any step (each step is saved, sealed). */
export function SignPage() {
  const { stored, update, reset } = useSigningDraft();
  const [justSigned, setJustSigned] = useState<SignedLetter | null>(null);
  const { services } = useSession();
  const { store } = useOpenSession();
  // When the wizard opens, load the PDF code, the font and the signing key.
  // The rehearsal letter (about a second of work on this thread) waits for
  // 阅读, where nobody types or draws; a wizard resumed past it goes without.
  const reading = stored?.draft.step === 'read';
  useEffect(() => {
    const rehearsal = async () => {
      return rehearsalLetterInput(valueOrThrow(await services.host.app.getInfo()), services.now());
    };
    void loadLetterSigning().then(
      ({ pdf, prepareSignedLetter }) => prepareSignedLetter(store, pdf, services.now(), reading ? rehearsal : undefined),
      () => undefined,
    );
  }, [store, services, reading]);
  if (justSigned !== null) {
    return (
      <article className="page">
        <h1>{t('signing.title')}</h1>
        <SignedLetterActions signed={justSigned} />
      </article>
    );
  }
  if (stored === null) return null;
  const { draft, id, resumed } = stored;
  const currentIndex = Math.max(0, steps.findIndex((step) => step.id === draft.step));
  const isFresh = draft.step === 'operator' && draft.operator === null;

  return (
    <article className="page">
      <h1>{t('signing.title')}</h1>
      {resumed && <p className="muted" data-testid="signing-resumed">{t('signing.resume')}</p>}
      <ol className="stepper" aria-label={t('signing.title')}>
        {steps.map((step, index) => (
          <li key={step.id} className={index === currentIndex ? 'current' : index < currentIndex ? 'done' : ''} aria-current={index === currentIndex ? 'step' : undefined}>
            {index < currentIndex ? (
              <button type="button" className="button link" onClick={() => void update({ step: step.id })}>
                {t(step.title)}
              </button>
            ) : (
              <span>{t(step.title)}</span>
            )}
          </li>
        ))}
      </ol>
      <section className="card">
        <h2>{`${t('signing.stepLabel', { number: currentIndex + 1 })} · ${t(steps[currentIndex]!.title)}`}</h2>
        {draft.step === 'operator' && <OperatorStep draftId={id} draft={draft} onSave={update} />}
        {draft.step === 'read' && <ReadStep draftId={id} draft={draft} onSave={update} nextStep="mark" />}
        {draft.step === 'mark' && <MarkStep draftId={id} draft={draft} onSave={update} />}
        {draft.step === 'signature' && <SignatureStep draft={draft} onSave={update} previousStep="mark" />}
        {draft.step === 'confirm' && <ConfirmStep
            draftId={id}
            draft={draft}
            onSave={update}
            onSigned={(letter) => {
              setJustSigned(letter);
              void reset();
            }}
          />}
      </section>
      {(draft.step === 'read' || draft.step === 'mark' || draft.step === 'signature') && <StartPresentation />}
      {isFresh && (
        <section className="card card-next">
          <h2>{t('sign.prepare.title')}</h2>
          <ul className="checklist">
            {preparation.map((item) => (
              <li key={item}>{t(item)}</li>
            ))}
          </ul>
        </section>
      )}
      {isFresh && <PaperCopyCard />}
    </article>
  );
}
