import type { MessageKey } from '@shared/i18n/zh-CN';
import type { SigningDraft, SigningStep } from '@shared/signing/signing-draft.schema';
import { MarkStep } from '@renderer/features/marks/MarkStep';
import { ReadStep } from '@renderer/features/signing/ReadStep';
import { SignatureStep } from '@renderer/features/signing/SignatureStep';
import { useSigningDraft } from '@renderer/features/signing/use-signing-draft';
import { t } from '@renderer/i18n/t';

// The merchant's part of signing: read the letter, give the seal or
// thumbprint, sign. The operator's details and the final confirmation are
// the agent's (after the PIN).
const merchantSteps: ReadonlyArray<{ id: SigningStep; title: MessageKey }> = [
  { id: 'read', title: 'sign.step.read.title' },
  { id: 'mark', title: 'sign.step.seal.title' },
  { id: 'signature', title: 'sign.step.signature.title' },
];

/** What the merchant sees while they have the device: one step of their part, or a word to hand it back. */
export function MerchantTurn() {
  const { stored, update } = useSigningDraft();
  if (stored === null) return null;
  const { draft, id } = stored;
  // Forward past the pad hands the device back (confirm is the agent's); nothing leads back to the operator's details.
  const save = async (change: Partial<SigningDraft>) => {
    await update(change.step === 'operator' ? { ...change, step: draft.step } : change);
  };
  const index = merchantSteps.findIndex((step) => step.id === draft.step);
  if (index === -1) {
    return (
      <section className="card card-next" data-testid="merchant-turn-done">
        <h1>{t(draft.step === 'confirm' ? 'presentation.done.title' : 'presentation.waiting.title')}</h1>
        <p>{t(draft.step === 'confirm' ? 'presentation.done.body' : 'presentation.waiting.body')}</p>
      </section>
    );
  }
  return (
    <article className="page" data-testid="merchant-turn">
      <h1>{t('presentation.turn.title')}</h1>
      <ol className="stepper" aria-label={t('presentation.turn.title')}>
        {merchantSteps.map((step, position) => (
          <li key={step.id} className={position === index ? 'current' : position < index ? 'done' : ''} aria-current={position === index ? 'step' : undefined}>
            <span>{t(step.title)}</span>
          </li>
        ))}
      </ol>
      <section className="card">
        <h2>{t(merchantSteps[index]!.title)}</h2>
        {draft.step === 'read' && <ReadStep draftId={id} draft={draft} onSave={save} nextStep="mark" canGoBack={false} />}
        {draft.step === 'mark' && <MarkStep draftId={id} draft={draft} onSave={save} />}
        {draft.step === 'signature' && <SignatureStep draft={draft} onSave={save} previousStep="mark" />}
      </section>
    </article>
  );
}
