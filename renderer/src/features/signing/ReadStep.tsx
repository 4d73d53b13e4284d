import { useCallback, useState } from 'react';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { t } from '@renderer/i18n/t';
import { currentLetterTemplate } from '@renderer/signing/letter-template-source';
import type { StoredObjection } from '@renderer/signing/signing-repository';
import { LetterReader } from './LetterReader';
import { ObjectionPanel } from './ObjectionPanel';

type ReadStepProps = Readonly<{ draftId: string; draft: SigningDraft; onSave: (change: Partial<SigningDraft>) => Promise<void>; nextStep: SigningDraft['step']; canGoBack?: boolean }>;

/** Step 2: read the whole letter; objections block signing until withdrawn or resolved. */
export function ReadStep({ draftId, draft, onSave, nextStep, canGoBack = true }: ReadStepProps) {
  const [openObjections, setOpenObjections] = useState(0);
  const onObjections = useCallback((list: StoredObjection[]) => setOpenObjections(list.filter((item) => item.status === 'open').length), []);
  const reachedEnd = useCallback(() => {
    if (!draft.readToEnd) void onSave({ readToEnd: true });
  }, [draft.readToEnd, onSave]);

  return (
    <div>
      <p className="lead">{t('read.intro')}</p>
      <LetterReader template={currentLetterTemplate} onReachedEnd={reachedEnd} />
      <p role="status" className={draft.readToEnd ? 'status ok' : 'status'} data-testid="read-status">
        {draft.readToEnd ? t('read.reachedEnd') : t('read.reachEnd')}
      </p>
      <ObjectionPanel draftId={draftId} operator={draft.operator} onChange={onObjections} />
      {openObjections > 0 && (
        <p className="notice" role="alert">
          {t('read.blockedByObjection')}
        </p>
      )}
      <div className="actions">
        {canGoBack && (
          <button type="button" className="button" onClick={() => void onSave({ step: 'operator' })}>
            {t('signing.back')}
          </button>
        )}
        <button type="button" className="button primary" disabled={!draft.readToEnd || openObjections > 0} onClick={() => void onSave({ step: nextStep })}>
          {t('signing.next')}
        </button>
      </div>
    </div>
  );
}
